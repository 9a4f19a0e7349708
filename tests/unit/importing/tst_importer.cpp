// Importer on real stores: CSV and XLSX, insert-only and upsert, dry run, cancel, bad files, Excel
// pitfalls, duplicate keys, mapping profiles. All data is synthetic.
#include "RecordsFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "importing/ExcelDate.h"
#include "importing/HeaderMatcher.h"
#include "importing/Importer.h"
#include "importing/MappingProfileStore.h"
#include "importing/PreparedRowQueue.h"
#include "quality/ValidationJob.h"
#include "records/DatasetSchema.h"
#include "records/SecondaryIndexes.h"
#include "session/Session.h"
#include "store/Vault.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include <xlsxwriter.h>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace sinergi;

namespace {

const QString kDataset = u"pencari_kerja"_qs;
const QByteArray kHeader = "no_pendaftaran,nik,nama,tanggal_lahir,jenis_kelamin,kode_kecamatan,pendidikan,"
                           "tanggal_daftar,berlaku_sampai,status";

// A valid AK/I card (kecamatan 33.73.01, male born 17-05-1998) with the given number, name and birth date
// spelling.
QByteArray row(const QString &number, const QString &name = u"Contoh Satu"_qs,
               const QString &born = u"1998-05-17"_qs, const QString &nik = u"3373011705980001"_qs)
{
    return QStringLiteral("%1,%2,%3,%4,L,33.73.01,3000,2025-01-10,2027-01-10,terdaftar")
        .arg(number, nik, name, born)
        .toUtf8();
}

ErrorCode codeOf(const std::function<void()> &f, QString *message = nullptr)
{
    try {
        f();
    } catch (const Error &e) {
        if (message)
            *message = e.userMessage() + u' ' + e.detail();
        return e.code();
    }
    return ErrorCode::Internal;
}

} // namespace

class TestImporter : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString p = m_tmp.filePath(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(p));
        f.write(content);
        return p;
    }

    QString csv(const QString &name, const QList<QByteArray> &rows, const QByteArray &header = kHeader)
    {
        QByteArray content = header + "\r\n";
        for (const QByteArray &r : rows)
            content += r + "\r\n";
        return writeFile(name, content);
    }

    ImportReport import(Session &s, const QString &path, ImportOptions options = {})
    {
        options.dataset = kDataset;
        options.path = path;
        Importer importer(s, m_templates, m_validator, &m_codes, &m_regions);
        return importer.run(options);
    }

    static int count(Session &s, const char *sql) { return s.db().scalar(sql).toInt(); }
    static int records(Session &s) { return count(s, "SELECT count(*) FROM rec_pencari_kerja"); }
    static int importCommits(Session &s)
    {
        return count(s, "SELECT count(*) FROM audit WHERE action = 'import.commit'");
    }

    // The store is exactly as before: no records, no imports row, no audit entry, indexes intact.
    static void verifyUnchanged(Session &s)
    {
        QCOMPARE(records(s), 0);
        QCOMPARE(count(s, "SELECT count(*) FROM imports"), 0);
        QCOMPARE(importCommits(s), 0);
        QCOMPARE(
            count(
                s,
                "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rec_pencari_kerja'"),
            8);
    }

private slots:
    void happyPathCsv()
    {
        auto s = newStore();
        const QString file =
            csv(u"ok.csv"_qs, {row(u"AK1-0001"_qs), row(u"AK1-0002"_qs), row(u"AK1-0003"_qs)});
        const ImportReport r = import(*s, file);
        QVERIFY(r.committed);
        QCOMPARE(r.rowsRead, 3);
        QCOMPARE(r.inserted, 3);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.withErrors, 0);
        QCOMPARE(records(*s), 3);
        QCOMPARE(count(*s, "SELECT rows FROM imports"), 3);
        QCOMPARE(
            count(*s, "SELECT count(*) FROM rec_pencari_kerja WHERE _import_id = (SELECT id FROM imports)"),
            3);
        QCOMPARE(count(*s, "SELECT count(*) FROM record_history"), 0); // provenance is the imports row
        QCOMPARE(importCommits(*s), 1);
        const QString details =
            s->db().scalar("SELECT details FROM audit WHERE action = 'import.commit'").toString();
        QVERIFY(details.contains(u"\"inserted\":3"));
        QVERIFY(!details.contains(u"AK1-0001")); // counts, no personal data
        QVERIFY(!details.contains(u"3373011705980001"));
        QVERIFY(s->audit().verify().isEmpty());
        QVERIFY(r.rejectsPath.isEmpty());
    }

    // Past the rows sampled for date order, CSV records are cut into cells on the worker threads: quoted
    // line breaks, doubled and stray quotes and a ragged row come out as the reader gives them, and the
    // line numbers of rejected rows still count the line breaks inside quotes.
    void csvRecordsAreCutOnTheWorkers()
    {
        auto s = newStore();
        const QByteArray content = kHeader + ",alamat\r\n" +                                  // line 1
                                   row(u"AK1-0001"_qs) + ",\"Jl. Contoh 1\r\nRT 01\"\r\n" +   // 2-3
                                   row(u"AK1-0002"_qs) + ",\"Toko \"\"Maju\"\", Jaya\"\r\n" + // 4
                                   row(u"AK1-0003"_qs) + ",Gang 5\" x\r\n" +                  // 5
                                   row(u"AK1-0004"_qs) + "\r\n" +                             // 6: no alamat
                                   row(QString()) + ",\"a\r\nb\"\r\n";                        // 7-8
        const QString file = writeFile(u"cut.csv"_qs, content);
        ImportOptions options;
        options.dateSampleRows = 1; // every row after the first goes through the workers' cutting
        options.rejectsPath = m_tmp.filePath(u"cut-rejects.csv"_qs);
        const ImportReport r = import(*s, file, options);
        QVERIFY(r.committed);
        QCOMPARE(r.rowsRead, 5);
        QCOMPARE(r.inserted, 4);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.firstRejected.value(0).row, 7); // the header, two lines of the first row, three rows
        QVERIFY2(r.notes.join(u'\n').contains(u"line 6"), qPrintable(r.notes.join(u'\n')));
        const auto alamat = [&](const char *number) {
            auto q = s->db().prepare("SELECT alamat FROM rec_pencari_kerja WHERE no_pendaftaran = ?1");
            q.bindAll(QString::fromLatin1(number));
            return q.step() ? q.text(0) : u"(no row)"_qs;
        };
        QCOMPARE(alamat("AK1-0001"), u"Jl. Contoh 1\r\nRT 01"_qs);
        QCOMPARE(alamat("AK1-0002"), u"Toko \"Maju\", Jaya"_qs);
        QCOMPARE(alamat("AK1-0003"), u"Gang 5\" x"_qs);
        QCOMPARE(alamat("AK1-0004"), QString());
        // The rejects file holds the rejected record's own cells, its quoted line break included.
        QFile rejects(options.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QByteArray written = rejects.readAll();
        QVERIFY2(written.contains("\r\n7,") && written.contains(",terdaftar,\"a\r\nb\"\r\n"),
                 written.constData());
    }

    void happyPathXlsx()
    {
        auto s = newStore();
        const QString book = m_tmp.filePath(u"pencaker.xlsx"_qs);
        lxw_workbook *wb = workbook_new(QFile::encodeName(book).constData());
        workbook_add_worksheet(wb, "Catatan");
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Pencaker");
        lxw_format *dmy = workbook_add_format(wb);
        format_set_num_format(dmy, "dd/mm/yyyy");
        const char *head[] = {"No. Pendaftaran", "NIK",        "Nama",           "Tgl Lahir",      "JK",
                              "Kode Kecamatan",  "Pendidikan", "Tanggal Daftar", "Berlaku Sampai", "Status"};
        for (int c = 0; c < 10; ++c)
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), head[c], nullptr);
        for (int r = 1; r <= 2; ++r) {
            worksheet_write_string(ws, static_cast<lxw_row_t>(r), 0, r == 1 ? "AK1-X1" : "AK1-X2", nullptr);
            worksheet_write_string(ws, static_cast<lxw_row_t>(r), 1, "'3373011705980001", nullptr);
            worksheet_write_string(ws, static_cast<lxw_row_t>(r), 2, "Contoh Xlsx", nullptr);
            lxw_datetime born = {1998, 5, 17, 0, 0, 0};
            worksheet_write_datetime(ws, static_cast<lxw_row_t>(r), 3, &born, dmy);
            worksheet_write_string(ws, static_cast<lxw_row_t>(r), 4, "Laki-laki", nullptr);
            worksheet_write_string(ws, static_cast<lxw_row_t>(r), 5, "33.73.01", nullptr);
            worksheet_write_number(ws, static_cast<lxw_row_t>(r), 6, 3000, nullptr);
            // An unformatted serial, as a sheet often has after a copy and paste.
            worksheet_write_number(ws, static_cast<lxw_row_t>(r), 7, ExcelDate::toSerial(QDate(2025, 1, 10)),
                                   nullptr);
            worksheet_write_string(ws, static_cast<lxw_row_t>(r), 8, "10/01/2027", nullptr);
            worksheet_write_string(ws, static_cast<lxw_row_t>(r), 9, "Terdaftar", nullptr);
        }
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        ImportOptions o;
        o.sheet = u"Pencaker"_qs;
        const ImportReport r = import(*s, book, o);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.inserted, 2);
        auto q = s->db().prepare(
            "SELECT nik, tanggal_lahir, jenis_kelamin, pendidikan, tanggal_daftar, berlaku_sampai, "
            "status FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-X1'");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), u"3373011705980001"_qs); // apostrophe stripped
        QCOMPARE(q.text(1), u"1998-05-17"_qs);
        QCOMPARE(q.text(2), u"L"_qs); // label mapped to the code
        QCOMPARE(q.text(3), u"3000"_qs);
        QCOMPARE(q.text(4), u"2025-01-10"_qs); // Excel serial
        QCOMPARE(q.text(5), u"2027-01-10"_qs); // dd/mm/yyyy
        QCOMPARE(q.text(6), u"terdaftar"_qs);
        QCOMPARE(r.withErrors, 0);

        ImportOptions missingSheet;
        missingSheet.sheet = u"Tidak Ada"_qs;
        QCOMPARE(codeOf([&] { import(*s, book, missingSheet); }), ErrorCode::InvalidArgument);
    }

    void upsertUpdatesExisting()
    {
        auto s = newStore();
        import(*s, csv(u"u1.csv"_qs, {row(u"AK1-0001"_qs), row(u"AK1-0002"_qs)}));
        ImportOptions o;
        o.mode = ImportOptions::Mode::Upsert;
        const ImportReport r =
            import(*s, csv(u"u2.csv"_qs, {row(u"AK1-0001"_qs, u"Nama Baru"_qs), row(u"AK1-0003"_qs)}), o);
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(records(*s), 3);
        QCOMPARE(
            s->db().scalar("SELECT nama FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-0001'").toString(),
            u"Nama Baru"_qs);
        QCOMPARE(count(*s, "SELECT _version FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-0001'"), 2);
        QCOMPARE(count(*s, "SELECT _version FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-0002'"), 1);
        QCOMPARE(count(*s, "SELECT count(DISTINCT _import_id) FROM rec_pencari_kerja"), 2);
        QCOMPARE(importCommits(*s), 2);
    }

    void insertOnlyRejectsExisting()
    {
        auto s = newStore();
        import(*s, csv(u"i1.csv"_qs, {row(u"AK1-0001"_qs)}));
        ImportOptions o;
        o.rejectsPath = m_tmp.filePath(u"i2.rejects.csv"_qs);
        const ImportReport r =
            import(*s, csv(u"i2.csv"_qs, {row(u"AK1-0001"_qs, u"Lain"_qs), row(u"AK1-0002"_qs)}), o);
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.firstRejected.value(0).row, 2);
        QVERIFY(r.firstRejected.value(0).reason.contains(u"already in the store"));
        QCOMPARE(
            s->db().scalar("SELECT nama FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-0001'").toString(),
            u"Contoh Satu"_qs);
    }

    void dryRunWritesNothing()
    {
        auto s = newStore();
        ImportOptions o;
        o.dryRun = true;
        const ImportReport r = import(*s, csv(u"d.csv"_qs, {row(u"AK1-0001"_qs), row(u"AK1-0001"_qs)}), o);
        QVERIFY(!r.committed);
        QCOMPARE(r.inserted, 1); // what would happen
        QCOMPARE(r.rejected, 1); // the repeat is found in a dry run too
        verifyUnchanged(*s);
    }

    void cancelHalfway()
    {
        auto s = newStore();
        QList<QByteArray> rows;
        for (int i = 0; i < 20000; ++i)
            rows << row(QStringLiteral("AK1-%1").arg(i, 6, 10, QLatin1Char('0')));
        const QString file = csv(u"big.csv"_qs, rows);
        std::atomic_bool cancel = false;
        qint64 rowsAtCancel = 0;
        ImportOptions o;
        o.cancel = &cancel;
        o.dateSampleRows = 10;
        o.rejectsPath = m_tmp.filePath(u"cancel.rejects.csv"_qs);
        o.progress = [&](const ImportProgress &p) {
            if (!cancel && p.bytesRead * 2 >= p.bytesTotal) {
                rowsAtCancel = p.rowsRead;
                cancel = true;
            }
        };
        const ImportReport r = import(*s, file, o);
        QVERIFY(r.cancelled);
        QVERIFY(!r.committed);
        QVERIFY(rowsAtCancel > 5000 && rowsAtCancel < 15000);
        QVERIFY(r.inserted >= rowsAtCancel); // rows were written before the cancel ...
        verifyUnchanged(*s);                 // ... and rolled back
        QVERIFY(!QFile::exists(o.rejectsPath));
    }

    void malformedFileLeavesStoreUnchanged()
    {
        auto s = newStore();
        // Rows are written before the reader meets the bad record; the whole import must roll back.
        QList<QByteArray> rows;
        for (int i = 0; i < 3000; ++i)
            rows << row(QStringLiteral("AK1-%1").arg(i));
        rows << row(u"AK1-LONG"_qs, QString(200, u'x'));
        ImportOptions o;
        o.limits.maxFieldChars = 100;
        o.dateSampleRows = 10;
        QString message;
        QCOMPARE(codeOf([&] { import(*s, csv(u"long.csv"_qs, rows), o); }, &message),
                 ErrorCode::InvalidArgument);
        verifyUnchanged(*s);

        const QString garbage =
            writeFile(u"garbage.xlsx"_qs, QByteArray("PK\x03\x04", 4) + QByteArray(500, '\x7f'));
        QVERIFY(codeOf([&] { import(*s, garbage); }) != ErrorCode::Internal);
        verifyUnchanged(*s);
    }

    void zeroByteFile()
    {
        auto s = newStore();
        QString message;
        QCOMPARE(codeOf([&] { import(*s, writeFile(u"empty.csv"_qs, {})); }, &message),
                 ErrorCode::InvalidArgument);
        QVERIFY2(message.contains(u"0 bytes"), qPrintable(message));
        verifyUnchanged(*s);
    }

    void requiredFieldUnmapped()
    {
        auto s = newStore();
        const QByteArray header = "no_pendaftaran,nama,tanggal_lahir,jenis_kelamin,kode_kecamatan,pendidikan,"
                                  "tanggal_daftar,berlaku_sampai,status";
        const QString file =
            csv(u"nonik.csv"_qs, {"AK1-1,Nama,1998-05-17,L,33.73.01,3000,2025-01-10,2027-01-10,terdaftar"},
                header);
        QString message;
        QCOMPARE(codeOf([&] { import(*s, file); }, &message), ErrorCode::InvalidArgument);
        QVERIFY2(message.contains(u"nik"), qPrintable(message));
        verifyUnchanged(*s);
    }

    void duplicateKeysInFile()
    {
        for (const auto mode : {ImportOptions::Mode::InsertOnly, ImportOptions::Mode::Upsert}) {
            auto store = newStore();
            ImportOptions o;
            o.mode = mode;
            o.rejectsPath = m_tmp.filePath(QStringLiteral("dup%1.rejects.csv").arg(m_n));
            const ImportReport r =
                import(*store,
                       csv(u"dup.csv"_qs, {row(u"AK1-1"_qs, u"Pertama"_qs), row(u"AK1-2"_qs),
                                           row(u"AK1-1"_qs, u"Kedua"_qs)}),
                       o);
            QCOMPARE(r.inserted, 2);
            QCOMPARE(r.updated, 0);
            QCOMPARE(r.rejected, 1);
            QCOMPARE(r.firstRejected.value(0).row, 4); // line 4: header + 3 rows
            QVERIFY(r.firstRejected.value(0).reason.contains(u"repeats an earlier row"));
            QCOMPARE(store->db()
                         .scalar("SELECT nama FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-1'")
                         .toString(),
                     u"Pertama"_qs);
            QFile f(r.rejectsPath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = f.readAll().split('\n');
            QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFrow,reason,no_pendaftaran"));
            QVERIFY(lines.at(1).startsWith("4,"));
            QVERIFY(lines.at(1).contains("Kedua"));
        }
    }

    // A file big enough for the bulk path (secondary indexes dropped and rebuilt, several conversion workers,
    // batches delivered out of order by the workers): repeated keys far apart, in different batches, still
    // keep the FIRST row in file order, and every index exists again afterwards.
    void bigImportKeepsFirstDuplicateAndRebuildsIndexes()
    {
        auto s = newStore();
        QList<QByteArray> rows;
        for (int i = 0; i < 25000; ++i)
            rows << row(QStringLiteral("AK1-%1").arg(i, 6, 10, QLatin1Char('0')),
                        QStringLiteral("Nama %1").arg(i));
        rows[21000] = row(u"AK1-000003"_qs, u"Ulangan Akhir"_qs); // repeats line 5, 21000 rows later
        rows[600] =
            row(u"AK1-024999"_qs, u"Pertama Kali"_qs); // first of a key that the file repeats at its end
        ImportOptions o;
        o.rejectsPath = m_tmp.filePath(u"big-dup.rejects.csv"_qs);
        const ImportReport r = import(*s, csv(u"big-dup.csv"_qs, rows), o);
        QVERIFY(r.committed);
        QCOMPARE(r.rowsRead, 25000);
        QCOMPARE(r.inserted, 24998);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(r.firstRejected.value(0).row, 21002); // header is line 1, rows[i] is line i + 2
        QCOMPARE(r.firstRejected.value(1).row, 25001);
        QCOMPARE(s->db()
                     .scalar("SELECT nama FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-000003'")
                     .toString(),
                 u"Nama 3"_qs);
        QCOMPARE(s->db()
                     .scalar("SELECT nama FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-024999'")
                     .toString(),
                 u"Pertama Kali"_qs);
        QCOMPARE(records(*s), 24998);
        // Every row carries the values of its own line (no row mixed up with another of its batch).
        QCOMPARE(count(*s, "SELECT count(*) FROM rec_pencari_kerja WHERE no_pendaftaran <> 'AK1-024999' AND "
                           "nama <> 'Nama ' || CAST(substr(no_pendaftaran, 5) AS INTEGER)"),
                 0);
        QCOMPARE(
            count(
                *s,
                "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rec_pencari_kerja'"),
            8);
        QCOMPARE(s->db().scalar("PRAGMA integrity_check").toString(), u"ok"_qs);
        // The rebuilt indexes answer: a lookup by NIK uses its index and finds every row.
        QCOMPARE(count(*s, "SELECT count(*) FROM rec_pencari_kerja INDEXED BY rec_pencari_kerja_ix_nik "
                           "WHERE nik = '3373011705980001'"),
                 24998);
    }

    // With deferSecondaryIndexes a big import commits without the secondary indexes (the natural key's
    // unique index stays: it decides duplicates) and queries give the same answers. buildMissing builds
    // them one transaction each; a cancel stops the index being built (rolled back) and keeps the ones
    // before it; the validation job that follows every import builds what is still missing first.
    void deferredIndexesAreBuiltAfterTheImport()
    {
        auto s = newStore();
        QList<QByteArray> rows;
        for (int i = 0; i < 25000; ++i)
            rows << row(QStringLiteral("AK1-%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("Nama %1").arg(i));
        rows[20000] = row(u"AK1-000007"_qs); // still refused without the secondary indexes
        ImportOptions o;
        o.deferSecondaryIndexes = true;
        const ImportReport r = import(*s, csv(u"deferred.csv"_qs, rows), o);
        QVERIFY(r.committed);
        QVERIFY(r.indexesPending);
        QCOMPARE(r.inserted, 24999);
        QCOMPARE(r.rejected, 1);
        const DatasetTemplate &tpl = *m_templates.find(u"pencari_kerja"_qs);
        const int secondary = static_cast<int>(tpl.indexes().size());
        QVERIFY(secondary >= 2);
        QCOMPARE(secondaryindexes::missing(s->db(), tpl).size(), secondary);
        QCOMPARE(count(*s, "SELECT count(*) FROM sqlite_master WHERE name = 'rec_pencari_kerja_nk'"), 1);
        QCOMPARE(count(*s, "SELECT count(*) FROM rec_pencari_kerja WHERE nik = '3373011705980001'"), 24999);

        // Cancelled once the first index is in: the second is interrupted while it is being built.
        std::atomic_bool cancel{false};
        QStringList built;
        const secondaryindexes::BuildResult b =
            secondaryindexes::buildMissing(s->db(), tpl, &cancel, [&](const QString &name) {
                built << name;
                cancel.store(true);
            });
        QVERIFY(b.cancelled);
        QCOMPARE(b.built, 1);
        QCOMPARE(built.size(), 1);
        QCOMPARE(secondaryindexes::missing(s->db(), tpl).size(), secondary - 1);
        QVERIFY(!secondaryindexes::missing(s->db(), tpl).contains(built.first()));
        QCOMPARE(count(*s, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                           "'rec_pencari_kerja'"),
                 2);

        // A cancel set before anything starts builds nothing and changes nothing.
        const secondaryindexes::BuildResult none = secondaryindexes::buildMissing(s->db(), tpl, &cancel);
        QVERIFY(none.cancelled);
        QCOMPARE(none.built, 0);
        QCOMPARE(secondaryindexes::missing(s->db(), tpl).size(), secondary - 1);

        Database worker = s->vault().openWorkerConnection();
        ValidationJob::Options vo;
        vo.datasets = {u"pencari_kerja"_qs};
        const ValidationResult v = ValidationJob(m_templates, m_validator, &m_regions).run(worker, vo);
        QVERIFY(!v.cancelled);
        QCOMPARE(v.indexesBuilt, secondary - 1);
        QCOMPARE(v.rows, 24999);
        worker.close();
        QVERIFY(secondaryindexes::missing(s->db(), tpl).isEmpty());
        QCOMPARE(count(*s, "SELECT count(*) FROM rec_pencari_kerja INDEXED BY rec_pencari_kerja_ix_nik "
                           "WHERE nik = '3373011705980001'"),
                 24999);
        QCOMPARE(s->db().scalar("PRAGMA integrity_check").toString(), u"ok"_qs);
        // Nothing left: a second run builds nothing.
        QCOMPARE(secondaryindexes::buildMissing(s->db(), tpl).built, 0);

        // A small import into a filled table never leaves them out, deferred or not.
        ImportOptions small;
        small.deferSecondaryIndexes = true;
        const ImportReport r2 = import(*s, csv(u"small.csv"_qs, {row(u"AK1-900001"_qs)}), small);
        QCOMPARE(r2.inserted, 1);
        QVERIFY(!r2.indexesPending);
        QVERIFY(secondaryindexes::missing(s->db(), tpl).isEmpty());
    }

    // Rules that look at other datasets ask the store, also when a dataset is empty at the start of the
    // import (the importer then answers from one question per dataset) and once it has records.
    void referenceRulesSeeTheStore()
    {
        auto s = newStore();
        Importer importer(*s, m_templates, m_validator, &m_codes, &m_regions);
        ImportOptions placement;
        placement.dataset = u"penempatan"_qs;
        const QByteArray header = "no_pendaftaran,jenis_penempatan,tanggal_penempatan,provinsi_tujuan,"
                                  "nama_pemberi_kerja\r\n";
        // No job seeker yet: the placement's registration number refers to nothing (stored with an error).
        placement.path =
            writeFile(u"penempatan-1.csv"_qs, header + "AK1-000001,AKL,2025-03-01,33,UD Contoh\r\n");
        ImportReport p = importer.run(placement);
        QCOMPARE(p.inserted, 1);
        QCOMPARE(p.withErrors, 1);
        // The placed job seeker is still registered as active: placed_still_active flags that row only.
        const ImportReport r =
            import(*s, csv(u"seekers.csv"_qs, {row(u"AK1-000001"_qs), row(u"AK1-000002"_qs)}));
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.withErrors, 1);
        // Now the job seeker exists: a placement for them is clean.
        placement.path =
            writeFile(u"penempatan-2.csv"_qs, header + "AK1-000002,AKL,2025-03-02,33,UD Contoh\r\n");
        p = importer.run(placement);
        QCOMPARE(p.inserted, 1);
        QCOMPARE(p.withErrors, 0);
    }

#ifdef Q_OS_LINUX
    // The reader and the converters run below the consuming thread's priority, so that on two cores they
    // do not take turns with the one thread that writes (threadpriority::lowerCurrentThread).
    void preparedRowQueueThreadsRunBelowTheConsumer()
    {
        const auto niceOfThisThread = [] { return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())); };
        const int consumer = niceOfThisThread();
        if (consumer >= 19)
            QSKIP("this test runs at the lowest priority already: there is no room below it");
        std::atomic<int> readerNice{-100}, workerNice{-100};
        qint64 n = 0;
        PreparedRowQueue queue(
            [&](PreparedRow &r) {
                readerNice = niceOfThisThread();
                r.line = ++n;
                return n <= 10;
            },
            [&](PreparedRow &) { workerNice = niceOfThisThread(); });
        std::vector<PreparedRow> batch;
        while (queue.next(batch)) {
        }
        QCOMPARE(niceOfThisThread(), consumer); // the consumer itself is left as it was
        QVERIFY2(readerNice > consumer,
                 qPrintable(QStringLiteral("reader %1, consumer %2").arg(readerNice.load()).arg(consumer)));
        QVERIFY2(workerNice > consumer,
                 qPrintable(QStringLiteral("worker %1, consumer %2").arg(workerNice.load()).arg(consumer)));
    }
#endif

    // The queue behind the importer: batches come out in file order whatever order the workers finish
    // them in, and a failure surfaces after every row before it.
    void preparedRowQueueKeepsOrder()
    {
        for (const int workers : {1, 2, 4}) {
            const qint64 total = 5000;
            qint64 readCount = 0;
            auto read = [&](PreparedRow &r) {
                if (readCount == total)
                    return false;
                r.line = ++readCount;
                return true;
            };
            auto prepare = [](PreparedRow &r) {
                if (QRandomGenerator::global()->bounded(50) == 0)
                    std::this_thread::sleep_for(std::chrono::microseconds(300));
                r.errors = static_cast<int>(r.line % 7); // a result computed from the row itself
            };
            PreparedRowQueue queue(read, prepare, workers);
            std::vector<PreparedRow> batch;
            qint64 expected = 1;
            while (queue.next(batch)) {
                for (const PreparedRow &r : batch) {
                    QCOMPARE(r.line, expected);
                    QCOMPARE(r.errors, static_cast<int>(expected % 7));
                    ++expected;
                }
            }
            QCOMPARE(expected, total + 1);
        }
        // A worker fails on line 1500 (third batch): the two batches before it are delivered, then the error.
        qint64 n = 0;
        PreparedRowQueue failing(
            [&](PreparedRow &r) {
                r.line = ++n;
                return n <= 4000;
            },
            [](PreparedRow &r) {
                if (r.line == 1500)
                    throw std::runtime_error("bad row");
            });
        std::vector<PreparedRow> batch;
        qint64 delivered = 0;
        bool threw = false;
        try {
            while (failing.next(batch))
                delivered += static_cast<qint64>(batch.size());
        } catch (const std::runtime_error &) {
            threw = true;
        }
        QVERIFY(threw);
        QCOMPARE(delivered, 1024); // batches of 512: lines 1-512 and 513-1024; line 1500 is in the third
    }

    void nikInScientificNotationRejected()
    {
        auto s = newStore();
        ImportOptions o;
        o.rejectsPath = m_tmp.filePath(u"sci.rejects.csv"_qs);
        const ImportReport r =
            import(*s,
                   csv(u"sci.csv"_qs,
                       {row(u"AK1-1"_qs), row(u"AK1-2"_qs, u"Dua"_qs, u"1998-05-17"_qs, u"3.37301E+15"_qs)}),
                   o);
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.rejected, 1);
        QFile f(o.rejectsPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(u"3,\"nik: The value 3.37301E+15 is in scientific notation"));
        QVERIFY(text.contains(u"Format the column as Text in Excel"));
    }

    void datesDayFirstAndSerial()
    {
        auto s = newStore();
        const int serial = static_cast<int>(ExcelDate::toSerial(QDate(1998, 5, 17)));
        const ImportReport r =
            import(*s, csv(u"dates.csv"_qs, {row(u"AK1-1"_qs, u"A"_qs, u"17/05/1998"_qs),
                                             row(u"AK1-2"_qs, u"B"_qs, QString::number(serial)),
                                             row(u"AK1-3"_qs, u"C"_qs, u"bukan tanggal"_qs)}));
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.rejected, 1);
        QVERIFY(r.firstRejected.value(0).reason.contains(u"not a date"));
        QCOMPARE(count(*s, "SELECT count(*) FROM rec_pencari_kerja WHERE tanggal_lahir = '1998-05-17'"), 2);
    }

    void ambiguousDateColumnReported()
    {
        auto s = newStore();
        const ImportReport r = import(*s, csv(u"amb.csv"_qs, {row(u"AK1-1"_qs, u"A"_qs, u"01/02/1998"_qs),
                                                              row(u"AK1-2"_qs, u"B"_qs, u"03/04/1998"_qs)}));
        QCOMPARE(r.inserted, 2);
        QVERIFY(r.notes.join(u'\n').contains(u"tanggal_lahir: every date could be day/month or month/day"));
        QCOMPARE(s->db()
                     .scalar("SELECT tanggal_lahir FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-1'")
                     .toString(),
                 u"1998-02-01"_qs); // day first, the Indonesian convention
    }

    void invalidRowsStoredOrRejected()
    {
        auto s = newStore();
        const QByteArray bad =
            "AK1-9,3373011705980001,Salah,1998-05-17,P,33.73.01,3000,2025-01-10,2027-01-10,terdaftar";
        const ImportReport kept = import(*s, csv(u"inv.csv"_qs, {bad}));
        QCOMPARE(kept.inserted, 1); // NIK says male: stored, flagged
        QCOMPARE(kept.withErrors, 1);
        QVERIFY(count(*s, "SELECT errors FROM counts_pencari_kerja") > 0);

        auto s2 = newStore();
        ImportOptions o;
        o.rejectInvalid = true;
        const ImportReport refused = import(*s2, csv(u"inv2.csv"_qs, {bad}), o);
        QCOMPARE(refused.inserted, 0);
        QCOMPARE(refused.rejected, 1);
    }

    // A record's validation counts follow its upserts: the corrected row (no finding left: registered a
    // month ago, so no report is due yet) leaves no counts row behind.
    void upsertOfACorrectedRowDropsItsCounts()
    {
        auto s = newStore();
        const QDate registered = QDate::currentDate().addDays(-30);
        const auto line = [&](const char *sex) {
            return QStringLiteral("AK1-9,3373011705980001,Benar,1998-05-17,%1,33.73.01,3000,%2,%3,terdaftar")
                .arg(QLatin1String(sex), registered.toString(Qt::ISODate),
                     registered.addYears(2).toString(Qt::ISODate))
                .toUtf8();
        };
        QCOMPARE(import(*s, csv(u"salah.csv"_qs, {line("P")})).withErrors, 1); // the NIK says male
        QCOMPARE(count(*s, "SELECT count(*) FROM counts_pencari_kerja WHERE errors > 0"), 1);
        ImportOptions o;
        o.mode = ImportOptions::Mode::Upsert;
        const ImportReport fixed = import(*s, csv(u"benar.csv"_qs, {line("L")}), o);
        QCOMPARE(fixed.updated, 1);
        QCOMPARE(fixed.withErrors, 0);
        QCOMPARE(count(*s, "SELECT count(*) FROM counts_pencari_kerja"), 0);
    }

    void strictCommitsNothingOnRejects()
    {
        auto s = newStore();
        ImportOptions o;
        o.strict = true;
        const ImportReport r = import(*s, csv(u"strict.csv"_qs, {row(u"AK1-1"_qs), row(u"AK1-1"_qs)}), o);
        QVERIFY(!r.committed);
        verifyUnchanged(*s);
    }

    void permissionChecked()
    {
        auto s = newStore();
        s->createUser(u"tamu"_qs, u"Tamu"_qs, Role::Viewer, u"Pengunjung-Kantor-2026"_qs);
        const StoreLocation where = s->location();
        const QString file = csv(u"perm.csv"_qs, {row(u"AK1-1"_qs)});
        s.reset();
        auto viewer = Session::login(where, u"tamu"_qs, u"Pengunjung-Kantor-2026"_qs);
        QCOMPARE(codeOf([&] { import(*viewer, file); }), ErrorCode::PermissionDenied);
    }

    void headerSynonyms()
    {
        const HeaderMatcher m(*m_templates.find(kDataset));
        QCOMPARE(m.match(u"No. Pendaftaran"_qs), u"no_pendaftaran"_qs);
        QCOMPARE(m.match(u"nomor_pendaftaran"_qs), u"no_pendaftaran"_qs);
        QCOMPARE(m.match(u"No AK1"_qs), u"no_pendaftaran"_qs);
        QCOMPARE(m.match(u"Jenis Kelamin"_qs), u"jenis_kelamin"_qs);
        QCOMPARE(m.match(u"JK"_qs), u"jenis_kelamin"_qs);
        QCOMPARE(m.match(u"L/P"_qs), u"jenis_kelamin"_qs);
        QCOMPARE(m.match(u"Tgl Lahir"_qs), u"tanggal_lahir"_qs);
        QCOMPARE(m.match(u"TGL. LAHIR"_qs), u"tanggal_lahir"_qs);
        QCOMPARE(m.match(u"Kolom Asing"_qs), QString());
    }

    void profilesShippedAndSaved()
    {
        const QList<MappingProfile> shipped = MappingProfileStore::embedded();
        QStringList ids;
        for (const MappingProfile &p : shipped) {
            ids << p.id();
            QVERIFY2(!p.note().isEmpty(), qPrintable(p.id()));
            for (const QString &ds : p.datasets())
                QVERIFY2(m_templates.find(ds), qPrintable(p.id() + u": "_qs + ds));
        }
        for (const char *id :
             {"batang_career", "generic", "si_pinker", "siapkerja_export", "sijoker", "sikas"})
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);

        auto s = newStore();
        MappingProfileStore store(s->db());
        MappingProfile edited = store.find(u"sikas"_qs);
        edited.setColumn(kDataset, u"Nomor Kartu Kuning"_qs, u"no_pendaftaran"_qs);
        ColumnTransform t;
        t.dateFormat = ColumnTransform::DateFormat::ExcelSerial;
        edited.setTransform(kDataset, u"tanggal_daftar"_qs, t);
        store.save(edited);
        const MappingProfile back = store.find(u"sikas"_qs);
        QCOMPARE(back.fieldFor(kDataset, u"nomor kartu kuning"_qs).value_or(QString()), u"no_pendaftaran"_qs);
        QCOMPARE(back.transformFor(kDataset, u"tanggal_daftar"_qs).dateFormat,
                 ColumnTransform::DateFormat::ExcelSerial);
        QCOMPARE(back.transformFor(kDataset, u"jenis_kelamin"_qs).mapValue(u"PEREMPUAN"_qs), u"P"_qs);
        QCOMPARE(store.all().size(), shipped.size()); // replaced, not added
        QCOMPARE(codeOf([&] { store.find(u"tidak-ada"_qs); }), ErrorCode::NotFound);
    }

    void profileMapsColumnsAndValues()
    {
        auto s = newStore();
        const QByteArray header =
            "No AK1,NIK,Nama,Tgl Lahir,JK,Kode Kecamatan,Pendidikan,Tgl Daftar,Berlaku Sampai,Status";
        const QString file = csv(
            u"sikas.csv"_qs,
            {"AK1-S1,3373011705980001,Contoh,17/05/1998,Laki-laki,33.73.01,3000,10/01/2025,10/01/2027,Aktif"},
            header);
        ImportOptions o;
        o.profile = MappingProfileStore(s->db()).find(u"sikas"_qs);
        const ImportReport r = import(*s, file, o);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.withErrors, 0);
        QCOMPARE(s->db().scalar("SELECT status FROM rec_pencari_kerja").toString(), u"terdaftar"_qs);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
