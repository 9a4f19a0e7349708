#include "RecordsFixture.h"
#include "TestSupport.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "records/DatasetSchema.h"
#include "records/RecordService.h"
#include "session/Session.h"
#include "store/Schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;
using sinergi::test::codeOf;

namespace {


// A complete, valid AK/I card (synthetic: kecamatan 33.73.01, male born 17-05-1998).
QVariantMap jobSeeker(const QString &number = u"AK1-0001"_qs)
{
    return {{u"no_pendaftaran"_qs, number},
            {u"nik"_qs, u"3373011705980001"_qs},
            {u"nama"_qs, u"Contoh Satu"_qs},
            {u"tanggal_lahir"_qs, u"1998-05-17"_qs},
            {u"jenis_kelamin"_qs, u"L"_qs},
            {u"kode_kecamatan"_qs, u"33.73.01"_qs},
            {u"pendidikan"_qs, u"3000"_qs},
            {u"tanggal_daftar"_qs, u"2025-01-10"_qs},
            {u"berlaku_sampai"_qs, u"2027-01-10"_qs},
            {u"status"_qs, u"terdaftar"_qs}};
}

} // namespace

class TestRecordService : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT


private slots:
    void schemaForEveryTemplate()
    {
        auto s = newStore();
        for (const QString &id : m_templates.ids())
            QCOMPARE(s->db().scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'rec_%1'")
                                         .arg(id)
                                         .toUtf8()
                                         .constData())
                         .toInt(),
                     1);
        QVERIFY(DatasetSchema::sync(s->db(), m_templates).isEmpty()); // second sync: nothing to do
    }

    void createValidAndInvalid()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        Problems problems;
        const qint64 id = records.create(u"pencari_kerja"_qs, jobSeeker(), &problems);
        // Warnings (e.g. a report overdue by today's date) are allowed; errors are not.
        for (const Problem &p : problems)
            QVERIFY2(p.severity == Problem::Severity::Warning, qPrintable(p.ruleId + u": "_qs + p.message));
        const QVariantMap row = *records.get(u"pencari_kerja"_qs, id);
        QCOMPARE(row.value(u"nama"_qs).toString(), u"Contoh Satu"_qs);
        QCOMPARE(row.value(u"_errors"_qs).toInt(), 0);

        QVariantMap bad = jobSeeker(u"AK1-0002"_qs);
        bad[u"jenis_kelamin"_qs] = u"P"_qs; // the NIK says male
        const qint64 badId = records.create(u"pencari_kerja"_qs, bad, &problems);
        QVERIFY(!problems.isEmpty()); // saved anyway, flagged
        QVERIFY(records.get(u"pencari_kerja"_qs, badId)->value(u"_errors"_qs).toInt() > 0);
        // Fixed (and registered a month ago, so no report is due): no finding left, and the record's counts
        // row goes (a record without findings has none).
        const QDate registered = QDate::currentDate().addDays(-30);
        records.update(u"pencari_kerja"_qs, badId,
                       {{u"jenis_kelamin"_qs, u"L"_qs},
                        {u"tanggal_daftar"_qs, registered.toString(Qt::ISODate)},
                        {u"berlaku_sampai"_qs, registered.addYears(2).toString(Qt::ISODate)}},
                       -1, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(records.get(u"pencari_kerja"_qs, badId)->value(u"_errors"_qs).toInt(), 0);
        QCOMPARE(records.get(u"pencari_kerja"_qs, badId)->value(u"_warnings"_qs).toInt(), 0);
        auto countsRow = s->db().prepare("SELECT count(*) FROM counts_pencari_kerja WHERE _id = ?1");
        countsRow.bind(1, static_cast<std::int64_t>(badId));
        QVERIFY(countsRow.step());
        QCOMPARE(countsRow.int64(0), 0);
        QCOMPARE(codeOf([&] { records.create(u"pencari_kerja"_qs, {{u"no_such_field"_qs, 1}}); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { records.create(u"nope"_qs, {}); }), ErrorCode::InvalidArgument);
    }

    void naturalKeyIsUniqueAmongLiveRecords()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        const qint64 id = records.create(u"pencari_kerja"_qs, jobSeeker());
        QCOMPARE(codeOf([&] { records.create(u"pencari_kerja"_qs, jobSeeker()); }), ErrorCode::Conflict);
        records.remove(u"pencari_kerja"_qs, id);
        const qint64 again = records.create(u"pencari_kerja"_qs, jobSeeker()); // key free after soft delete
        QVERIFY(again != id);
        QCOMPARE(codeOf([&] { records.restore(u"pencari_kerja"_qs, id); }), ErrorCode::Conflict);
        QCOMPARE(records.get(u"pencari_kerja"_qs, id)->value(u"_deleted"_qs).toInt(), 1); // unchanged
    }

    void updateWritesHistoryAndAudit()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        const qint64 id = records.create(u"pencari_kerja"_qs, jobSeeker());
        records.update(u"pencari_kerja"_qs, id, {{u"nama"_qs, u"Contoh Dua"_qs}, {u"alamat"_qs, u"Jalan Contoh 1"_qs}});
        records.update(u"pencari_kerja"_qs, id, {{u"nama"_qs, u"Contoh Dua"_qs}}); // no change: no history
        const QList<HistoryEntry> h = records.history(u"pencari_kerja"_qs, id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[1].action, u"update"_qs);
        QCOMPARE(h[1].actor, u"admin"_qs);
        QCOMPARE(h[1].changes.value(u"nama"_qs).first.toString(), u"Contoh Satu"_qs);
        QCOMPARE(h[1].changes.value(u"nama"_qs).second.toString(), u"Contoh Dua"_qs);
        QVERIFY(h[1].changes.value(u"alamat"_qs).first.isNull());

        AuditFilter f;
        f.actionPrefix = u"record."_qs;
        const QList<AuditEntry> audit = s->audit().query(f);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.first().target, u"pencari_kerja#%1"_qs.arg(id));
        // The audit log names fields only: no personal data in it.
        for (const AuditEntry &e : audit) {
            QVERIFY(!e.details.contains(u"Contoh"_qs));
            QVERIFY(!e.details.contains(u"3373011705980001"_qs));
        }
        QVERIFY(s->audit().verify().isEmpty());
    }

    void optimisticLocking()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        const qint64 id = records.create(u"pencari_kerja"_qs, jobSeeker());
        const qint64 v = records.get(u"pencari_kerja"_qs, id)->value(u"_version"_qs).toLongLong();
        records.update(u"pencari_kerja"_qs, id, {{u"alamat"_qs, u"A"_qs}}, v);
        QCOMPARE(codeOf([&] { records.update(u"pencari_kerja"_qs, id, {{u"alamat"_qs, u"B"_qs}}, v); }),
                 ErrorCode::Conflict);
        QCOMPARE(records.get(u"pencari_kerja"_qs, id)->value(u"alamat"_qs).toString(), u"A"_qs);
    }

    void undoAnEdit()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        const qint64 id = records.create(u"pencari_kerja"_qs, jobSeeker());
        records.update(u"pencari_kerja"_qs, id, {{u"nama"_qs, u"Salah Ketik"_qs}});
        records.update(u"pencari_kerja"_qs, id, {{u"alamat"_qs, u"Jalan Baru"_qs}});
        QList<HistoryEntry> h = records.history(u"pencari_kerja"_qs, id);
        records.undo(u"pencari_kerja"_qs, id, h[1].seq); // the name edit, although a later edit exists
        QVariantMap row = *records.get(u"pencari_kerja"_qs, id);
        QCOMPARE(row.value(u"nama"_qs).toString(), u"Contoh Satu"_qs);
        QCOMPARE(row.value(u"alamat"_qs).toString(), u"Jalan Baru"_qs);
        h = records.history(u"pencari_kerja"_qs, id);
        QCOMPARE(h.last().action, u"undo"_qs);
        QCOMPARE(h.last().undoOf, h[1].seq);
        QCOMPARE(h[1].undoneBy, h.last().seq);
        QCOMPARE(codeOf([&] { records.undo(u"pencari_kerja"_qs, id, h[1].seq); }), ErrorCode::InvalidArgument);

        // A field changed again after the edit blocks its undo, and nothing changes.
        records.update(u"pencari_kerja"_qs, id, {{u"alamat"_qs, u"Jalan Ketiga"_qs}});
        h = records.history(u"pencari_kerja"_qs, id);
        const qint64 secondAlamat = h[2].seq;
        QCOMPARE(codeOf([&] { records.undo(u"pencari_kerja"_qs, id, secondAlamat); }), ErrorCode::InvalidArgument);
        QCOMPARE(records.get(u"pencari_kerja"_qs, id)->value(u"alamat"_qs).toString(), u"Jalan Ketiga"_qs);
    }

    void softDeleteRestoreAndUndo()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        const qint64 id = records.create(u"pencari_kerja"_qs, jobSeeker());
        records.remove(u"pencari_kerja"_qs, id);
        QCOMPARE(codeOf([&] { records.update(u"pencari_kerja"_qs, id, {{u"alamat"_qs, u"x"_qs}}); }),
                 ErrorCode::InvalidArgument);
        QVERIFY(!records.exists(u"pencari_kerja"_qs, u"no_pendaftaran"_qs, u"AK1-0001"_qs));
        const QList<HistoryEntry> h = records.history(u"pencari_kerja"_qs, id);
        records.undo(u"pencari_kerja"_qs, id, h.last().seq); // undo the delete
        QCOMPARE(records.get(u"pencari_kerja"_qs, id)->value(u"_deleted"_qs).toInt(), 0);
        QVERIFY(records.exists(u"pencari_kerja"_qs, u"no_pendaftaran"_qs, u"AK1-0001"_qs));
    }

    void crossDatasetReference()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        records.create(u"pencari_kerja"_qs, jobSeeker());
        const RuleContext ctx = records.ruleContext();
        QVERIFY(ctx.exists(u"pencari_kerja"_qs, u"no_pendaftaran"_qs, u"AK1-0001"_qs));
        QVERIFY(!ctx.exists(u"pencari_kerja"_qs, u"no_pendaftaran"_qs, u"AK1-9999"_qs));
    }

    void viewerCannotEdit()
    {
        auto s = newStore();
        s->createUser(u"tamu"_qs, {}, Role::Viewer, u"Kenanga-Sore-02"_qs);
        const StoreLocation where = s->location();
        s.reset();
        auto viewer = Session::login(where, u"tamu"_qs, u"Kenanga-Sore-02"_qs);
        RecordService records(*viewer, m_templates, m_validator, &m_regions);
        QCOMPARE(codeOf([&] { records.create(u"pencari_kerja"_qs, jobSeeker()); }), ErrorCode::PermissionDenied);
    }

    void templateUpgradeKeepsData()
    {
        auto s = newStore();
        auto v1 = DatasetTemplate::fromJson(R"({"id":"uji","version":1,"labels":{"id":"Uji","en":"Test"},
            "natural_key":["kode"],
            "fields":[{"name":"kode","type":"text","required":true,"pii":false,"share":"send","labels":{"id":"Kode","en":"Code"}},
                      {"name":"lama","type":"text","pii":false,"share":"send","labels":{"id":"Lama","en":"Old"}}]})",
                                            u"uji.json"_qs);
        DatasetSchema::syncOne(s->db(), v1);
        s->db().exec("INSERT INTO rec_uji(kode, lama, _created_at, _updated_at, _updated_by) VALUES ('K1','data lama','t','t','x')");
        auto v2 = DatasetTemplate::fromJson(R"({"id":"uji","version":2,"labels":{"id":"Uji","en":"Test"},
            "natural_key":["kode"],
            "fields":[{"name":"kode","type":"text","required":true,"pii":false,"share":"send","labels":{"id":"Kode","en":"Code"}},
                      {"name":"baru","type":"integer","pii":false,"share":"send","labels":{"id":"Baru","en":"New"}}],
            "indexes":[["baru"]]})",
                                            u"uji.json"_qs);
        const DatasetSchema::Change c = DatasetSchema::syncOne(s->db(), v2);
        QCOMPARE(c.fromVersion, 1);
        QCOMPARE(c.addedColumns, QStringList{u"baru"_qs});
        QCOMPARE(c.retiredColumns, QStringList{u"lama"_qs});
        QCOMPARE(s->db().scalar("SELECT lama FROM rec_uji WHERE kode='K1'").toString(), u"data lama"_qs);
        QCOMPARE(s->db().scalar("SELECT count(*) FROM sqlite_master WHERE name='rec_uji_ix_baru'").toInt(), 1);
        // A store made by a newer program is refused rather than downgraded.
        QCOMPARE(codeOf([&] { DatasetSchema::syncOne(s->db(), v1); }), ErrorCode::Unsupported);
    }

    // Stores made before the counts had a table of their own kept them in _errors/_warnings columns of the
    // record table: the store migration that follows (opening such a store) moves them, only the non-zero
    // ones, and drops the columns, before anything reads them.
    void countColumnsMoveToTheCountsTable()
    {
        auto s = newStore();
        const auto tpl =
            DatasetTemplate::fromJson(R"({"id":"uji","version":1,"labels":{"id":"Uji","en":"Test"},
            "natural_key":["kode"],
            "fields":[{"name":"kode","type":"text","required":true,"pii":false,"share":"send","labels":{"id":"Kode","en":"Code"}}]})",
                                      u"uji.json"_qs);
        DatasetSchema::syncOne(s->db(), tpl);
        Database &db = s->db();
        // The earlier layout, as schema version 10 had it.
        db.exec("DROP TABLE counts_uji");
        db.exec("ALTER TABLE rec_uji ADD COLUMN _errors INTEGER NOT NULL DEFAULT 0");
        db.exec("ALTER TABLE rec_uji ADD COLUMN _warnings INTEGER NOT NULL DEFAULT 0");
        db.exec(
            "INSERT INTO rec_uji(_id, kode, _created_at, _updated_at, _updated_by, _errors, _warnings) "
            "VALUES "
            "(1, 'K1', 't', 't', 'x', 2, 1), (2, 'K2', 't', 't', 'x', 0, 0), (3, 'K3', 't', 't', 'x', 0, 4)");
        db.exec("DROP TABLE counts_pencari_kerja"); // a dataset table without the old columns
        db.exec("PRAGMA user_version = 10");

        QCOMPARE(storeMigrations().migrate(db), 1);
        auto rows = db.prepare("SELECT group_concat(_id || ':' || errors || '/' || warnings, ' ') FROM "
                               "(SELECT * FROM counts_uji ORDER BY _id)");
        QVERIFY(rows.step());
        QCOMPARE(rows.text(0), u"1:2/1 3:0/4"_qs);
        rows.reset();
        QCOMPARE(db.scalar("SELECT count(*) FROM pragma_table_info('rec_uji') WHERE name IN ('_errors', "
                           "'_warnings')")
                     .toInt(),
                 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM rec_uji").toInt(), 3); // the records themselves untouched
        // Every other dataset table of the store got its counts table too.
        QCOMPARE(db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'counts_pencari_kerja'").toInt(),
                 1);
        QCOMPARE(storeMigrations().migrate(db), 0); // a second open changes nothing
    }
};

QTEST_GUILESS_MAIN(TestRecordService)
#include "tst_recordservice.moc"
