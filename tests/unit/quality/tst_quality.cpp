#include "RecordsFixture.h"
#include "TestSupport.h"
#include "datasets/NikRule.h"
#include "datasets/PlacedStillActiveRule.h"
#include "quality/ProblemCounts.h"
#include "quality/ProblemRecordLabel.h"
#include "quality/ProblemTable.h"
#include "quality/ProblemsModel.h"
#include "quality/QualitySummary.h"
#include "quality/RowChunkReader.h"
#include "quality/ValidationJob.h"
#include "records/PiiViewAuditor.h"
#include "records/RecordService.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace sinergi;

namespace {

// A complete, valid AK/I card (synthetic: kecamatan 33.73.01, male born 17-05-1998).
QVariantMap jobSeeker(const QString &number, const QString &registered = u"2025-01-10"_qs)
{
    const QDate reg = QDate::fromString(registered, Qt::ISODate);
    return {{u"no_pendaftaran"_qs, number},
            {u"nik"_qs, u"3373011705980001"_qs},
            {u"nama"_qs, u"Contoh Satu"_qs},
            {u"tanggal_lahir"_qs, u"1998-05-17"_qs},
            {u"jenis_kelamin"_qs, u"L"_qs},
            {u"kode_kecamatan"_qs, u"33.73.01"_qs},
            {u"pendidikan"_qs, u"3000"_qs},
            {u"tanggal_daftar"_qs, registered},
            {u"berlaku_sampai"_qs, reg.addYears(2).toString(Qt::ISODate)},
            {u"status"_qs, u"terdaftar"_qs}};
}

QVariantMap placement(const QString &number)
{
    return {{u"no_pendaftaran"_qs, number},
            {u"jenis_penempatan"_qs, u"AKL"_qs},
            {u"tanggal_penempatan"_qs, u"2025-02-01"_qs},
            {u"nama_pemberi_kerja"_qs, u"PT Contoh"_qs}};
}

// Every record_problems row of a dataset and every live row's counts, as text: what two runs must agree on.
QStringList dump(Database &db, const QString &dataset)
{
    QStringList out;
    auto s =
        db.prepare("SELECT record_id, rule, field, severity, message FROM record_problems WHERE dataset = ?1 "
                   "ORDER BY record_id, rule, field, message");
    s.bind(1, dataset);
    while (s.step())
        out << QStringLiteral("%1|%2|%3|%4|%5").arg(s.text(0), s.text(1), s.text(2), s.text(3), s.text(4));
    auto c = db.prepare(
        ("SELECT _id, errors, warnings FROM counts_" + dataset.toUtf8() + " ORDER BY _id").constData());
    while (c.step())
        out << QStringLiteral("#%1 %2/%3").arg(c.text(0), c.text(1), c.text(2));
    return out;
}

QSet<QString> rulesOf(Database &db, const QString &dataset, qint64 id)
{
    QSet<QString> out;
    auto s = db.prepare("SELECT rule || ':' || field || ':' || severity FROM record_problems "
                        "WHERE dataset = ?1 AND record_id = ?2");
    s.bindAll(dataset, static_cast<std::int64_t>(id));
    while (s.step())
        out.insert(s.text(0));
    return out;
}

} // namespace

class TestQuality : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT

    const QString kJs = u"pencari_kerja"_qs;

    ValidationJob::Options at(const QDate &today) const
    {
        ValidationJob::Options o;
        o.today = today;
        o.chunkRows = 3; // several chunks even for a handful of rows: exercises the pipeline
        return o;
    }

private slots:
    // The validation job reads rows packed (RowChunk) and makes the values on its validating threads: each
    // must be what Statement::value gives for the same cell (type, null / empty text, numbers, UTF-8,
    // blobs), over several chunks.
    void rowChunksGiveTheStatementsValues()
    {
        auto s = newStore();
        Database &db = s->db();
        db.exec("CREATE TABLE t (_id INTEGER PRIMARY KEY, _errors INTEGER, _warnings INTEGER, a, b, c)");
        auto insert = db.prepare("INSERT INTO t (_errors, _warnings, a, b, c) VALUES (?1, ?2, ?3, ?4, ?5)");
        const QList<QVariant> samples{QVariant(),
                                      QVariant(QString()),
                                      QVariant(u""_qs),
                                      QVariant(u"Sri Rahayu — Kec. Tingkir"_qs),
                                      QVariant(qlonglong(-9007199254740993LL)),
                                      QVariant(3.25),
                                      QVariant(QByteArray("\x00\x01bin", 5)),
                                      QVariant(QByteArray())};
        for (int i = 0; i < 40; ++i) {
            insert.bindAll(i % 3, i % 5);
            for (int c = 0; c < 3; ++c)
                insert.bind(3 + c, samples.at((i + c * 3) % samples.size()));
            insert.exec();
            insert.reset();
        }
        RowChunkReader reader(
            db, "SELECT _id, _errors, _warnings, a, b, c FROM t WHERE _id > ?1 ORDER BY _id LIMIT ?2", 3, 7);
        auto expected = db.prepare("SELECT _id, _errors, _warnings, a, b, c FROM t ORDER BY _id");
        int rows = 0, chunks = 0;
        for (RowChunk c = reader.next(); !c.empty(); c = reader.next()) {
            ++chunks;
            for (size_t r = 0; r < c.ids.size(); ++r, ++rows) {
                QVERIFY(expected.step());
                QCOMPARE(c.ids[r], expected.int64(0));
                QCOMPARE(c.errors[r], expected.int32(1));
                QCOMPARE(c.warnings[r], expected.int32(2));
                for (int f = 0; f < 3; ++f) {
                    const QVariant want = expected.value(3 + f);
                    const QVariant got = c.value(r, f);
                    QCOMPARE(got.typeId(), want.typeId());
                    QCOMPARE(got.isNull(), want.isNull());
                    if (want.typeId() == QMetaType::QString) // an empty text is not a null string
                        QCOMPARE(got.toString().isNull(), want.toString().isNull());
                    QCOMPARE(got, want);
                }
            }
        }
        QVERIFY(!expected.step());
        QCOMPARE(rows, 40);
        QCOMPARE(chunks, 6);
    }

    void problemsKeptCurrentByRecordService()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        QVariantMap bad = jobSeeker(u"AK1-0001"_qs);
        bad.remove(u"nama"_qs);
        bad.insert(u"jenis_kelamin"_qs, u"P"_qs); // the NIK says male
        Problems found;
        const qint64 id = records.create(kJs, bad, &found);
        QSet<QString> expected;
        for (const Problem &p : found)
            expected.insert(p.ruleId + u':' + p.field + u':' +
                            QString::number(problemtable::severityCode(p.severity)));
        QVERIFY(expected.contains(u"required:nama:0"_qs));
        QVERIFY(expected.contains(u"nik:jenis_kelamin:0"_qs));
        QCOMPARE(rulesOf(s->db(), kJs, id), expected);

        // A fix removes the finding in the same write.
        records.update(kJs, id, {{u"nama"_qs, u"Nama Baru"_qs}});
        QVERIFY(!rulesOf(s->db(), kJs, id).contains(u"required:nama:0"_qs));
        QVERIFY(rulesOf(s->db(), kJs, id).contains(u"nik:jenis_kelamin:0"_qs));
        // Delete clears, restore validates again.
        records.remove(kJs, id);
        QVERIFY(rulesOf(s->db(), kJs, id).isEmpty());
        records.restore(kJs, id);
        QVERIFY(rulesOf(s->db(), kJs, id).contains(u"nik:jenis_kelamin:0"_qs));
        QCOMPARE(records.get(kJs, id)->value(u"_errors"_qs).toInt(), 1);
        // A failed write leaves the table as it was (same transaction).
        const QStringList before = dump(s->db(), kJs);
        QCOMPARE(test::codeOf([&] {
                     records.update(kJs, id, {{u"nama"_qs, QString()}}, 0);
                 }),
                 ErrorCode::Conflict);
        QCOMPARE(dump(s->db(), kJs), before);
    }

    void nikPrefixOutsideRegencyIsAWarning()
    {
        const NikRule rule;
        const RuleDef def{u"nik"_qs, rule.name(), QJsonObject{{u"nik"_qs, u"nik"_qs}}};
        RuleContext ctx;
        ctx.regions = &m_regions;
        ctx.officeRegency = u"33.73"_qs;
        const auto check = [&](const QString &nik) { return rule.check(def, {{u"nik"_qs, nik}}, ctx); };
        QVERIFY(check(u"3373011705980001"_qs).isEmpty());
        const Problems moved = check(u"3374011705980001"_qs); // Kota Semarang, a known province
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().severity, Problem::Severity::Warning);
        QCOMPARE(moved.first().field, u"nik"_qs);
        const Problems unknown = check(u"9901011705980001"_qs); // no province 99: an error, no extra warning
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().severity, Problem::Severity::Error);
        QCOMPARE(unknown.first().message, NikRule::message(NikRule::Issue::UnknownProvince));
        ctx.officeRegency.clear(); // not configured: no opinion
        QVERIFY(check(u"3374011705980001"_qs).isEmpty());

        // Through the record service, with the wizard's setting.
        auto s = newStore();
        s->setSetting(u"office.regency"_qs, u"33.73"_qs);
        RecordService records(*s, m_templates, m_validator, &m_regions);
        // Registered recently: no report due, so the NIK warning is the only finding.
        QVariantMap js = jobSeeker(u"AK1-0002"_qs, QDate::currentDate().addDays(-30).toString(Qt::ISODate));
        js.insert(u"nik"_qs, u"3374011705980001"_qs);
        const qint64 id = records.create(kJs, js);
        QCOMPARE(rulesOf(s->db(), kJs, id), QSet<QString>{u"nik:nik:1"_qs});
        QCOMPARE(records.get(kJs, id)->value(u"_errors"_qs).toInt(), 0);
    }

    void placedStillActiveRule()
    {
        const PlacedStillActiveRule rule;
        const RuleDef def{u"ditempatkan_masih_aktif"_qs, rule.name(),
                          QJsonObject{{u"key"_qs, u"no_pendaftaran"_qs},
                                      {u"status"_qs, u"status"_qs},
                                      {u"active_statuses"_qs, QJsonArray{u"terdaftar"_qs}},
                                      {u"placements"_qs, u"penempatan"_qs},
                                      {u"placement_field"_qs, u"no_pendaftaran"_qs}}};
        RuleContext ctx;
        QStringList asked;
        ctx.exists = [&](const QString &ds, const QString &field, const QVariant &v) {
            asked << ds + u'.' + field;
            return v.toString() == u"AK1-PLACED"_qs;
        };
        const auto check = [&](const QString &key, const QString &status) {
            return rule.check(def, {{u"no_pendaftaran"_qs, key}, {u"status"_qs, status}}, ctx);
        };
        const Problems p = check(u"AK1-PLACED"_qs, u"terdaftar"_qs);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().field, u"status"_qs);
        QCOMPARE(p.first().severity, Problem::Severity::Error);
        QVERIFY(check(u"AK1-PLACED"_qs, u"ditempatkan"_qs).isEmpty());
        QVERIFY(check(u"AK1-OTHER"_qs, u"terdaftar"_qs).isEmpty());
        QCOMPARE(asked.first(), u"penempatan.no_pendaftaran"_qs);
        QCOMPARE(rule.lookups(def),
                 (QList<QPair<QString, QString>>{{u"penempatan"_qs, u"no_pendaftaran"_qs}}));
        // The shipped template uses it.
        bool used = false;
        for (const RuleDef &r : m_templates.find(kJs)->rules())
            used = used || r.kind == rule.name();
        QVERIFY(used);
    }

    void jobFindsCrossDatasetProblemsAndCancelRollsBack()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        const qint64 placedActive = records.create(kJs, jobSeeker(u"AK1-0001"_qs));
        QVariantMap done = jobSeeker(u"AK1-0002"_qs);
        done.insert(u"status"_qs, u"ditempatkan"_qs);
        done.insert(u"tanggal_status"_qs, u"2025-02-01"_qs);
        const qint64 placedDone = records.create(kJs, done);
        for (int i = 3; i <= 9; ++i)
            records.create(kJs, jobSeeker(QStringLiteral("AK1-%1").arg(i, 4, 10, QLatin1Char('0'))));
        records.create(u"penempatan"_qs, placement(u"AK1-0001"_qs));
        records.create(u"penempatan"_qs, placement(u"AK1-0002"_qs));
        const qint64 orphan = records.create(u"penempatan"_qs, placement(u"AK1-9999"_qs));
        // The job seeker's own write could not know about the placement made after it.
        QVERIFY(!rulesOf(s->db(), kJs, placedActive).contains(u"ditempatkan_masih_aktif:status:0"_qs));

        const ValidationJob job(m_templates, m_validator, &m_regions);
        Database worker = s->vault().openWorkerConnection();
        // Cancel after the first chunk: nothing changes.
        const QStringList before = dump(s->db(), kJs) + dump(s->db(), u"penempatan"_qs);
        std::atomic_bool cancel = false;
        ValidationJob::Options o = at(QDate(2025, 3, 1));
        o.cancel = &cancel;
        int calls = 0;
        o.progress = [&](const ValidationProgress &p) {
            ++calls;
            QCOMPARE(p.total, 12);
            cancel = true;
        };
        const ValidationResult cancelled = job.run(worker, o);
        QVERIFY(cancelled.cancelled);
        QCOMPARE(calls, 1);
        QCOMPARE(dump(s->db(), kJs) + dump(s->db(), u"penempatan"_qs), before);

        // A full run finds both cross-dataset problems and agrees with itself when repeated.
        o.cancel = nullptr;
        qint64 lastDone = 0;
        o.progress = [&](const ValidationProgress &p) {
            QVERIFY(p.done > lastDone);
            lastDone = p.done;
        };
        const ValidationResult r1 = job.run(worker, o);
        QVERIFY(!r1.cancelled);
        QCOMPARE(r1.rows, 12);
        QCOMPARE(lastDone, 12);
        QVERIFY(rulesOf(s->db(), kJs, placedActive).contains(u"ditempatkan_masih_aktif:status:0"_qs));
        QVERIFY(!rulesOf(s->db(), kJs, placedDone).contains(u"ditempatkan_masih_aktif:status:0"_qs));
        QCOMPARE(rulesOf(s->db(), u"penempatan"_qs, orphan),
                 QSet<QString>{u"pencari_kerja_ada:no_pendaftaran:0"_qs});
        QCOMPARE(records.get(kJs, placedActive)->value(u"_errors"_qs).toInt(), 1);
        QCOMPARE(records.get(kJs, placedActive)->value(u"_version"_qs).toInt(), 1); // not an edit
        const QStringList first = dump(s->db(), kJs) + dump(s->db(), u"penempatan"_qs);
        lastDone = 0;
        const ValidationResult r2 = job.run(worker, o);
        QCOMPARE(r2.changedCounts, 0);
        QCOMPARE(dump(s->db(), kJs) + dump(s->db(), u"penempatan"_qs), first);
        QCOMPARE(r2.ruleCounts, r1.ruleCounts);
        QCOMPARE(r1.ruleCounts,
                 problemcounts::query(s->db(), kJs) + problemcounts::query(s->db(), u"penempatan"_qs));

        QCOMPARE(test::codeOf([&] {
                     ValidationJob::Options bad = o;
                     bad.datasets = {u"no_such"_qs};
                     job.run(worker, bad);
                 }),
                 ErrorCode::InvalidArgument);
    }

    // With a second connection (Options::openReader) the rows are read on a thread of their own while the
    // job's connection writes: the outcome must be what reading on one connection gives, over many small
    // chunks; a failure on the reading thread comes out of run() and rolls everything back, as a cancel does.
    void readingOnASecondConnectionAgrees()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        for (int i = 1; i <= 14; ++i) {
            QVariantMap r = jobSeeker(QStringLiteral("AK1-%1").arg(i, 4, 10, QLatin1Char('0')));
            if (i % 3 == 0)
                r.insert(u"nik"_qs, u"3373011705980"_qs); // too short: an error
            if (i % 4 == 0)
                r.insert(u"tanggal_lahir"_qs, u"1998-05-18"_qs); // does not match the NIK
            records.create(kJs, r);
        }
        records.create(u"penempatan"_qs, placement(u"AK1-0001"_qs));
        records.create(u"penempatan"_qs, placement(u"AK1-9999"_qs)); // no such job seeker
        Database &db = s->db();
        const auto forget = [&db] {
            db.exec("DELETE FROM record_problems");
            db.exec("DELETE FROM counts_pencari_kerja");
            db.exec("DELETE FROM counts_penempatan");
        };
        const auto state = [&] { return dump(db, kJs) + dump(db, u"penempatan"_qs); };
        const ValidationJob job(m_templates, m_validator, &m_regions);
        Database worker = s->vault().openWorkerConnection();
        ValidationJob::Options o = at(QDate(2025, 3, 1));
        o.datasets = QStringList{kJs, u"penempatan"_qs};
        forget();
        const ValidationResult alone = job.run(worker, o);
        const QStringList expected = state();
        QVERIFY(expected.filter(u"|0|"_qs).size() >= 6); // errors were found and written

        int opened = 0;
        o.openReader = [&] {
            ++opened;
            return s->vault().openWorkerConnection();
        };
        forget();
        const ValidationResult split = job.run(worker, o);
        QCOMPARE(opened, 1);
        QCOMPARE(split.rows, 16);
        QCOMPARE(split.changedCounts, alone.changedCounts);
        QVERIFY(split.changedCounts > 0);
        QCOMPARE(state(), expected);
        QCOMPARE(split.ruleCounts, alone.ruleCounts);
        const ValidationResult again = job.run(worker, o);
        QCOMPARE(again.changedCounts, 0);
        QCOMPARE(state(), expected);

        // Cancelled after the first chunk: nothing changes, and nothing waits for ever.
        forget();
        const QStringList cleared = state();
        std::atomic_bool cancel = false;
        ValidationJob::Options c = o;
        c.cancel = &cancel;
        c.progress = [&](const ValidationProgress &) { cancel = true; };
        QVERIFY(job.run(worker, c).cancelled);
        QCOMPARE(state(), cleared);

        // The reading thread fails (its connection is already inside a transaction, so its own BEGIN is
        // refused): run() throws and the job's transaction rolls back.
        o.openReader = [&] {
            Database d = s->vault().openWorkerConnection();
            d.exec("BEGIN");
            return d;
        };
        QCOMPARE(test::codeOf([&] { job.run(worker, o); }), ErrorCode::Internal);
        QCOMPARE(state(), cleared);
        QVERIFY(!worker.scalar("SELECT count(*) FROM record_problems").toLongLong());
    }

    // The validating threads pack what they found (PackedFindings) and the writing thread stores and
    // compares those bytes: stored rows must equal what Writer::add stores for the same problems (an empty
    // field is '', not NULL; UTF-8 intact), and a sync of the same findings must rewrite nothing, which only
    // holds if the packed form is exactly the form stored rows are compared in.
    void packedFindingsAreStoredAndComparedAsWritten()
    {
        auto s = newStore();
        Database &db = s->db();
        const Problems two{
            {u"nik"_qs, u"nik_struktur"_qs, u"NIK harus 16 digit — “3373…”"_qs, Problem::Severity::Error},
            {QString(), u"kartu_kedaluwarsa"_qs, u"Kartu AK/I kedaluwarsa"_qs, Problem::Severity::Warning}};
        const Problems one{{u"tanggal_lahir"_qs, u"nik_tanggal"_qs, u"Tanggal lahir tidak cocok"_qs,
                            Problem::Severity::Warning}};
        problemtable::PackedFindings packed, tail;
        packed.append(two);
        packed.append(Problems{});
        tail.append(one);
        packed.append(tail);
        QCOMPARE(packed.size(), size_t(3));
        QCOMPARE(packed.errors, (std::vector<int>{1, 0, 0}));
        QCOMPARE(packed.warnings, (std::vector<int>{1, 0, 1}));
        QVERIFY(packed.record(1).isEmpty());
        QVERIFY(!packed.record(2).isEmpty());

        problemtable::Writer(db).add(u"pencari_kerja"_qs, 100, two);
        problemtable::Writer(db).add(u"pencari_kerja"_qs, 102, one);
        const QStringList byAdd = dump(db, kJs).filter(u"|"_qs);
        db.exec("DELETE FROM record_problems");
        problemtable::DatasetSync sync(db, kJs);
        sync.sync({100, 101, 102}, packed);
        sync.finish();
        QCOMPARE(sync.recordsRewritten(), 2);
        QCOMPARE(dump(db, kJs).filter(u"|"_qs), byAdd);
        QCOMPARE(db.scalar("SELECT count(*) FROM record_problems WHERE field = ''").toInt(), 1);

        problemtable::DatasetSync same(db, kJs);
        same.sync({100, 101, 102}, packed);
        same.finish();
        QCOMPARE(same.recordsRewritten(), 0);
        QCOMPARE(dump(db, kJs).filter(u"|"_qs), byAdd);
    }

    // Hand-made: four live records and one deleted; numbers worked out in the comments.
    void qualitySummaryExact()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        records.create(kJs, jobSeeker(u"A"_qs)); // 10/10 filled, valid, timely
        QVariantMap b = jobSeeker(u"B"_qs);
        b.remove(u"nama"_qs); // 9/10, error, timely
        records.create(kJs, b);
        records.create(kJs, jobSeeker(u"C"_qs, u"2022-01-10"_qs)); // 10/10, valid, expired card: untimely
        const qint64 d = records.create(kJs, jobSeeker(u"D"_qs));  // deleted: not counted
        records.remove(kJs, d);
        QVariantMap e = jobSeeker(u"E"_qs, u"2024-01-10"_qs); // report 1 due 2024-07-10 not made: untimely
        e.remove(u"pendidikan"_qs);                           // 9/10, error
        records.create(kJs, e);
        Database worker = s->vault().openWorkerConnection();
        ValidationJob(m_templates, m_validator, &m_regions).run(worker, at(QDate(2025, 3, 1)));

        const QualitySummary q = QualitySummary::compute(s->db(), *m_templates.find(kJs));
        QCOMPARE(q.records, 4);
        QCOMPARE(q.expectedValues, 40);
        QCOMPARE(q.filledValues, 38);
        QCOMPARE(q.validRecords, 2);
        QCOMPARE(q.untimelyRecords, 2);
        QCOMPARE(*q.completeness(), 0.95);
        QCOMPARE(*q.validity(), 0.5);
        QCOMPARE(*q.timeliness(), 0.5);

        // No timeliness rule in the placements template; an empty dataset has no figures at all.
        const QualitySummary none = QualitySummary::compute(s->db(), *m_templates.find(u"penempatan"_qs));
        QCOMPARE(none.records, 0);
        QVERIFY(!none.completeness() && !none.validity() && !none.timeliness());

        // The problems model over the same store: groups by rule, children on demand.
        ProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(&s->db(), m_templates.find(kJs));
        QStringList groups;
        for (const RuleCount &c : model.groups())
            groups << QStringLiteral("%1/%2/%3").arg(c.rule).arg(c.severity).arg(c.records);
        QCOMPARE(groups, (QStringList{u"required/0/2"_qs, u"masa_berlaku/1/2"_qs}));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex required = model.index(0, 0);
        QCOMPARE(model.rowCount(required), 0); // nothing loaded until asked
        QVERIFY(model.canLoadMore(required));
        model.loadMore(required);
        QCOMPARE(model.rowCount(required), 2);
        QVERIFY(!model.canLoadMore(required));
        QCOMPARE(model.index(0, 0, required).data(ProblemsModel::FieldRole).toString(), u"nama"_qs);
        QCOMPARE(model.index(1, 0, required).data(ProblemsModel::FieldRole).toString(), u"pendidikan"_qs);
        const qint64 idB = model.index(0, 0, required).data(ProblemsModel::RecordIdRole).toLongLong();
        QCOMPARE(records.get(kJs, idB)->value(u"no_pendaftaran"_qs).toString(), u"B"_qs);
        model.loadMore(model.index(1, 0));
        model.reload();
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    // Records are named by natural key and name (read with the page), masked like the grid for users
    // without the PII permission; what an entitled user is shown is logged like the grid's pages.
    void problemsModelNamesRecords()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        QVariantMap incomplete = jobSeeker(u"AK1-0007"_qs);
        incomplete.remove(u"pendidikan"_qs);
        const qint64 id = records.create(kJs, incomplete);
        ProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto firstRequired = [&]() -> QString {
            for (int r = 0; r < model.rowCount(); ++r) {
                const QModelIndex g = model.index(r, 0);
                if (g.data(ProblemsModel::RuleIdRole).toString() != u"required")
                    continue;
                model.loadMore(g);
                return model.index(0, 0, g).data().toString();
            }
            return {};
        };
        model.setDataset(&s->db(), m_templates.find(kJs)); // masked until told otherwise
        // The registration number is PII whose mask keeps nothing: the id tells the record apart.
        QCOMPARE(firstRequired(),
                 QCoreApplication::translate("sinergi::ProblemRecordLabel", "Record %1").arg(id) +
                     u" — C***"_qs);

        PiiViewAuditor auditor(*s);
        model.setPiiAccess(true, &auditor);
        model.reload();
        QCOMPARE(firstRequired(), u"AK1-0007 — Contoh Satu"_qs);
        auditor.flush();
        auto views = s->db().prepare("SELECT target, details FROM audit WHERE action = 'pii.view'");
        QVERIFY(views.step());
        QCOMPARE(views.text(0), kJs);
        QCOMPARE(views.text(1), u"{\"fields\":[\"no_pendaftaran\",\"nama\"],\"ids\":[%1]}"_qs.arg(id));
        QVERIFY(!views.step());

        // A NIK in the key keeps its kecamatan digits when masked; a dataset without PII shows all.
        const DatasetTemplate &workers = *m_templates.find(u"penduduk_bekerja"_qs);
        const QVariantList values{u"3373011705980001"_qs, u"2025-08"_qs, u"Contoh Satu"_qs};
        const ProblemRecordLabel masked(workers, false), shown(workers, true);
        QCOMPARE(masked.format(5, values), u"337301********** / 2025-08 — C***"_qs);
        QVERIFY(!masked.disclosesPii(values));
        QCOMPARE(shown.format(5, values), u"3373011705980001 / 2025-08 — Contoh Satu"_qs);
        QVERIFY(shown.disclosesPii(values));
        const ProblemRecordLabel programme(*m_templates.find(u"pelatihan_program"_qs), false);
        QCOMPARE(programme.format(9, {u"PRG-01"_qs, u"Menjahit Dasar"_qs}), u"PRG-01 — Menjahit Dasar"_qs);
        QVERIFY(!programme.disclosesPii({u"PRG-01"_qs, u"Menjahit Dasar"_qs}));
        // A record without its key (or gone from the table) is named by its id.
        QCOMPARE(programme.format(9, {QVariant(), u"Menjahit Dasar"_qs}),
                 QCoreApplication::translate("sinergi::ProblemRecordLabel", "Record %1").arg(9) +
                     u" — Menjahit Dasar"_qs);
    }

    void problemsModelPagesLargeGroups()
    {
        auto s = newStore();
        // Findings written directly: 450 on one rule, two of them on the same record (ties on record_id).
        problemtable::Writer w(s->db());
        for (int i = 1; i <= 449; ++i)
            w.add(kJs, i, {{u"nama"_qs, u"required"_qs, u"x"_qs}});
        w.add(kJs, 7, {{u"nik"_qs, u"required"_qs, u"y"_qs}});
        ProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(&s->db(), m_templates.find(kJs));
        const QModelIndex g = model.index(0, 0);
        QCOMPARE(g.siblingAtColumn(ProblemsModel::CountColumn).data().toLongLong(), 449);
        QCOMPARE(model.rowCount(g), 0);
        model.loadMore(g);
        QCOMPARE(model.rowCount(g), ProblemsModel::kPageSize);
        model.loadMore(g);
        QCOMPARE(model.rowCount(g), 2 * ProblemsModel::kPageSize);
        QVERIFY(model.canLoadMore(g));
        model.loadMore(g);
        QCOMPARE(model.rowCount(g), 450);
        QVERIFY(!model.canLoadMore(g));
        QCOMPARE(model.index(7, 0, g).data(ProblemsModel::RecordIdRole).toLongLong(),
                 7); // nama then nik of #7
        QCOMPARE(model.index(7, 0, g).data(ProblemsModel::FieldRole).toString(), u"nik"_qs);
    }
};

QTEST_GUILESS_MAIN(TestQuality)
#include "tst_quality.moc"
