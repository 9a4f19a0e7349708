#include "RecordsFixture.h"
#include "TestSupport.h"
#include "exporting/FormulaGuard.h"
#include "exporting/RecordExporter.h"
#include "importing/CsvReader.h"
#include "importing/XlsxReader.h"
#include "store/Transaction.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace sinergi;
using sinergi::test::codeOf;

namespace {

const QString kDataset = QStringLiteral("pencari_kerja");

struct Row
{
    qint64 id;
    QString noPendaftaran, nik, nama, tanggalDaftar, status, pendidikan;
    QVariant tahunLulus;
};

// Rows written with SQL directly: the exporter only reads, and here the values must be exactly known.
// NIKs start with 32 (would become 3.2E+15 in a careless spreadsheet); some names carry the CSV specials
// and formula triggers; every 9th row is deleted (must not be exported).
QList<Row> fill(Database &db, int rows)
{
    QList<Row> out;
    Transaction tx(db);
    auto s =
        db.prepare("INSERT INTO rec_pencari_kerja(_id, no_pendaftaran, nik, nama, tanggal_daftar, status, "
                   "pendidikan, tahun_lulus, _deleted, _created_at, _updated_at, _updated_by) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2025-01-01', '2025-01-01', 'test')");
    const QStringList names{
        u"Budi Santoso"_qs, u"Siti; \"Ani\""_qs, u"Dewi\nLestari"_qs, u"=HYPERLINK(\"x\")"_qs,
        u"+62 Agus"_qs,     u"Ni Luh Ayu"_qs,    u"@Made"_qs};
    for (int i = 1; i <= rows; ++i) {
        Row r;
        r.id = i;
        r.noPendaftaran = QStringLiteral("AK-%1").arg(i, 5, 10, QLatin1Char('0'));
        r.nik = QStringLiteral("3201%1").arg(qint64(i) * 7919 % 1000000000000LL, 12, 10, QLatin1Char('0'));
        r.nama = names.at(i % names.size()) + u' ' + QString::number(i);
        r.tanggalDaftar = QDate(2024, 1, 1).addDays(i % 40).toString(Qt::ISODate);
        r.status = i % 3 ? u"terdaftar"_qs : u"ditempatkan"_qs;
        r.pendidikan = i % 2 ? u"1000"_qs : u"2000"_qs;
        r.tahunLulus = i % 5 ? QVariant(qint64(2000 + i % 20)) : QVariant();
        s.bindAll(std::int64_t(r.id), r.noPendaftaran, r.nik, r.nama, r.tanggalDaftar, r.status,
                  r.pendidikan);
        s.bind(8, r.tahunLulus);
        s.bind(9, std::int64_t(i % 9 == 0 ? 1 : 0));
        s.exec();
        s.reset();
        if (i % 9 != 0)
            out << r;
    }
    tx.commit();
    return out;
}

// The rows of the grid view "status = terdaftar, newest registration first" (ties by _id descending).
QList<Row> expectedView(QList<Row> rows)
{
    rows.removeIf([](const Row &r) { return r.status != u"terdaftar"; });
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.tanggalDaftar != b.tanggalDaftar ? a.tanggalDaftar > b.tanggalDaftar : a.id > b.id;
    });
    return rows;
}

RecordQuery terdaftarNewestFirst()
{
    RecordQuery q;
    q.dataset = kDataset;
    q.sortColumn = u"tanggal_daftar"_qs;
    q.order = Qt::DescendingOrder;
    q.filters << ColumnFilter{u"status"_qs, ColumnFilter::Kind::Equals, u"terdaftar"_qs, {}};
    return q;
}

QList<QList<TabularCell>> readAllCells(TabularReader &reader)
{
    QList<QList<TabularCell>> rows;
    QList<TabularCell> cells;
    while (reader.nextCells(cells))
        rows << cells;
    return rows;
}

qsizetype col(const QStringList &header, const QString &label)
{
    return header.indexOf(label);
}

QStringList partFiles(const QString &dir)
{
    return QDir(dir).entryList({u"*.part"_qs}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestRecordExporter : public QObject
{
    Q_OBJECT

    test::RecordsFixture m_fx;

    RecordExporter exporter(Session &s)
    {
        return RecordExporter(s, m_fx.m_templates, &m_fx.m_codes, &m_fx.m_regions);
    }

    ExportOptions piiOptions(const QString &path)
    {
        ExportOptions o;
        o.query = terdaftarNewestFirst();
        o.path = path;
        o.format = ExportOptions::formatForPath(path);
        o.includePii = true;
        o.piiConfirmed = true;
        return o;
    }

    QList<AuditEntry> exportEntries(Session &s)
    {
        AuditFilter f;
        f.actionPrefix = u"records.export"_qs;
        return s.audit().query(f);
    }

private slots:
    void csvRoundTripOfTheFilteredSortedView()
    {
        auto s = m_fx.newStore();
        const QList<Row> want = expectedView(fill(s->db(), 400));
        const QString path = m_fx.m_tmp.filePath(u"view.csv"_qs);
        const ExportReport r = exporter(*s).run(piiOptions(path));
        QCOMPARE(r.rows, want.size());
        QVERIFY(r.piiIncluded);
        QVERIFY(test::readAll(path).startsWith("\xEF\xBB\xBF")); // BOM for Excel on Windows

        CsvReader reader(path);
        const QStringList h = reader.header();
        const DatasetTemplate &tpl = *m_fx.m_templates.find(kDataset);
        QCOMPARE(h.first(), tpl.fields().first().label(u"id"_qs));
        const auto nik = col(h, tpl.field(u"nik"_qs)->label(u"id"_qs));
        const auto nama = col(h, tpl.field(u"nama"_qs)->label(u"id"_qs));
        const auto date = col(h, tpl.field(u"tanggal_daftar"_qs)->label(u"id"_qs));
        const auto status = col(h, tpl.field(u"status"_qs)->label(u"id"_qs));
        QVERIFY(nik >= 0 && nama >= 0 && date >= 0 && status >= 0);
        QCOMPARE(h.at(status + 1), tpl.field(u"status"_qs)->label(u"id"_qs) + u" (label)"_qs);
        const auto rows = readAllCells(reader);
        QCOMPARE(rows.size(), want.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).at(nik).value, want.at(i).nik); // all 16 digits, as text
            QCOMPARE(rows.at(i).at(nama).value, guardFormula(want.at(i).nama));
            QCOMPARE(rows.at(i).at(date).value, want.at(i).tanggalDaftar);
            QCOMPARE(rows.at(i).at(status).value, u"terdaftar"_qs);
            QCOMPARE(rows.at(i).at(status + 1).value, u"Terdaftar (belum ditempatkan)"_qs);
        }
        QVERIFY(partFiles(m_fx.m_tmp.path()).isEmpty());
    }

    void xlsxRoundTripKeepsTypes()
    {
        auto s = m_fx.newStore();
        const QList<Row> want = expectedView(fill(s->db(), 300));
        const QString path = m_fx.m_tmp.filePath(u"view.xlsx"_qs);
        const ExportReport r = exporter(*s).run(piiOptions(path));
        QCOMPARE(r.rows, want.size());

        XlsxReader reader(path);
        const QStringList h = reader.header();
        const DatasetTemplate &tpl = *m_fx.m_templates.find(kDataset);
        const auto nik = col(h, tpl.field(u"nik"_qs)->label(u"id"_qs));
        const auto nama = col(h, tpl.field(u"nama"_qs)->label(u"id"_qs));
        const auto date = col(h, tpl.field(u"tanggal_daftar"_qs)->label(u"id"_qs));
        const auto year = col(h, tpl.field(u"tahun_lulus"_qs)->label(u"id"_qs));
        const auto edu = col(h, tpl.field(u"pendidikan"_qs)->label(u"id"_qs));
        QVERIFY(nik >= 0 && nama >= 0 && date >= 0 && year >= 0 && edu >= 0);
        const auto rows = readAllCells(reader);
        QCOMPARE(rows.size(), want.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const auto &cells = rows.at(i);
            QCOMPARE(cells.at(nik).kind, CellKind::Text);
            QCOMPARE(cells.at(nik).value, want.at(i).nik);
            // String cells are never formulas: the name comes back exactly, without a guard.
            QCOMPARE(cells.at(nama).kind, CellKind::Text);
            QCOMPARE(cells.at(nama).value, want.at(i).nama);
            QCOMPARE(cells.at(date).kind, CellKind::Date);
            QCOMPARE(cells.at(date).value, want.at(i).tanggalDaftar);
            if (want.at(i).tahunLulus.isNull()) {
                QVERIFY(cells.size() <= year || cells.at(year).kind == CellKind::Empty);
            } else {
                QCOMPARE(cells.at(year).kind, CellKind::Number);
                QCOMPARE(cells.at(year).value, want.at(i).tahunLulus.toString());
            }
            QCOMPARE(cells.at(edu).kind, CellKind::Text); // a code stays text ("1000", not 1000)
            QCOMPARE(cells.at(edu).value, want.at(i).pendidikan);
            QVERIFY(cells.at(edu + 1).value.startsWith(want.at(i).pendidikan == u"1000" ? u"SD" : u"SMP"));
        }
    }

    void quickSearchAndCodeOnly()
    {
        auto s = m_fx.newStore();
        fill(s->db(), 200);
        ExportOptions o = piiOptions(m_fx.m_tmp.filePath(u"search.csv"_qs));
        o.query = RecordQuery{};
        o.query.dataset = kDataset;
        o.query.quickSearch = u"AK-0001"_qs;
        o.codeLabels = false;
        o.csvDelimiter = u',';
        const ExportReport r = exporter(*s).run(o);
        CsvReader reader(o.path);
        const auto rows = readAllCells(reader);
        QCOMPARE(r.rows, rows.size());
        int expected = 0; // AK-00010 .. AK-00019, minus the deleted AK-00018
        for (int i = 10; i <= 19; ++i)
            expected += i % 9 != 0;
        QCOMPARE(rows.size(), expected);
        for (const auto &row : rows)
            QVERIFY(row.first().value.startsWith(u"AK-0001"));
        QVERIFY(!reader.header().join(u'|').contains(u" (label)"));
    }

    void piiLeftOutWithoutPermissionOrChoice()
    {
        auto s = m_fx.newStore();
        const QList<Row> all = fill(s->db(), 100);
        s->createUser(u"siti"_qs, u"Siti"_qs, Role::Operator, u"Melati-Pagi-01"_qs);
        s->createUser(u"tamu"_qs, u"Tamu"_qs, Role::Viewer, u"Kenanga-Sore-02"_qs);
        const StoreLocation where = s->location();
        s.reset(); // one session per store at a time (store lock)
        auto op = Session::login(where, u"siti"_qs, u"Melati-Pagi-01"_qs);
        ExportOptions o = piiOptions(m_fx.m_tmp.filePath(u"op.csv"_qs));
        // Operators see PII on screen but may not carry it out of the office.
        QCOMPARE(codeOf([&] { exporter(*op).run(o); }), ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(o.path));
        o.includePii = false;
        const ExportReport r = exporter(*op).run(o);
        QVERIFY(!r.piiIncluded);
        const QByteArray bytes = test::readAll(o.path);
        const DatasetTemplate &tpl = *m_fx.m_templates.find(kDataset);
        const QStringList header = CsvReader(o.path).header();
        for (const FieldDef &f : tpl.fields())
            QCOMPARE(header.contains(f.label(u"id"_qs)), !f.pii);
        for (const Row &row : all) {
            QVERIFY(!bytes.contains(row.nik.toUtf8()));
            QVERIFY(!bytes.contains(row.noPendaftaran.toUtf8()));
        }
        QCOMPARE(r.rows, expectedView(all).size());

        // A viewer may not export at all.
        op.reset();
        auto viewer = Session::login(where, u"tamu"_qs, u"Kenanga-Sore-02"_qs);
        o.path = m_fx.m_tmp.filePath(u"viewer.csv"_qs);
        QCOMPARE(codeOf([&] { exporter(*viewer).run(o); }), ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(o.path));
    }

    void piiWithoutConfirmationIsRefused()
    {
        auto s = m_fx.newStore();
        fill(s->db(), 20);
        ExportOptions o = piiOptions(m_fx.m_tmp.filePath(u"unconfirmed.csv"_qs));
        o.piiConfirmed = false;
        QString message;
        QCOMPARE(codeOf([&] { exporter(*s).run(o); }, &message), ErrorCode::PolicyViolation);
        QVERIFY(message.contains(u"confirmation"));
        QVERIFY(!QFile::exists(o.path));
        QVERIFY(exportEntries(*s).isEmpty());
    }

    void auditEntryWithoutPersonalData()
    {
        auto s = m_fx.newStore();
        const QList<Row> all = fill(s->db(), 120);
        ExportOptions o = piiOptions(m_fx.m_tmp.filePath(u"audited.xlsx"_qs));
        o.query.filters << ColumnFilter{u"nik"_qs, ColumnFilter::Kind::Prefix, all.at(3).nik.left(10), {}};
        o.query.quickSearch = all.at(3).nama.left(6);
        const ExportReport r = exporter(*s).run(o);
        const QList<AuditEntry> entries = exportEntries(*s);
        QCOMPARE(entries.size(), 1);
        const AuditEntry &e = entries.first();
        QCOMPARE(e.target, kDataset);
        const QJsonObject d = QJsonDocument::fromJson(e.details.toUtf8()).object();
        QCOMPARE(d.value(u"rows").toInteger(), r.rows);
        QCOMPARE(d.value(u"pii").toBool(), true);
        QCOMPARE(d.value(u"file").toString(), QFileInfo(o.path).absoluteFilePath());
        QCOMPARE(d.value(u"dataset").toString(), kDataset);
        QVERIFY(e.details.contains(u"status = terdaftar"));
        QVERIFY(e.details.contains(u"nik prefix (hidden)"));
        QVERIFY(!e.details.contains(all.at(3).nik.left(10)));
        QVERIFY(!e.details.contains(all.at(3).nama.left(6)));
        for (const Row &row : all)
            QVERIFY(!e.details.contains(row.nik) && !e.details.contains(row.nama));
        QVERIFY(s->verifyAudit().isEmpty());

        // Exports without PII are audited too.
        o.includePii = false;
        o.query = terdaftarNewestFirst();
        o.path = m_fx.m_tmp.filePath(u"audited2.csv"_qs);
        exporter(*s).run(o);
        QCOMPARE(exportEntries(*s).size(), 2);
        QCOMPARE(QJsonDocument::fromJson(exportEntries(*s).first().details.toUtf8())
                     .object()
                     .value(u"pii")
                     .toBool(),
                 false);
    }

    void formulaGuard()
    {
        QCOMPARE(guardFormula(u"=1+1"_qs), u"'=1+1"_qs);
        QCOMPARE(guardFormula(u"+62812"_qs), u"'+62812"_qs);
        QCOMPARE(guardFormula(u"-x"_qs), u"'-x"_qs);
        QCOMPARE(guardFormula(u"@SUM(A1)"_qs), u"'@SUM(A1)"_qs);
        QCOMPARE(guardFormula(u"\tx"_qs), u"'\tx"_qs);
        QCOMPARE(guardFormula(u"Budi = Ani"_qs), u"Budi = Ani"_qs);
        QCOMPARE(guardFormula(QString()), QString());

        auto s = m_fx.newStore();
        fill(s->db(), 30);
        const QString path = m_fx.m_tmp.filePath(u"guard.csv"_qs);
        exporter(*s).run(piiOptions(path));
        const QByteArray bytes = test::readAll(path);
        QVERIFY(bytes.contains(";\"'=HYPERLINK(\"\"x\"\") "));
        QVERIFY(bytes.contains(";'+62 Agus "));
        QVERIFY(bytes.contains(";'@Made "));
        QVERIFY(!bytes.contains(";=") && !bytes.contains(";+") && !bytes.contains(";@"));
    }

    void diskFullLeavesNoPartialFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << u"full.csv"_qs;
        QTest::newRow("xlsx") << u"full.xlsx"_qs;
    }

    void diskFullLeavesNoPartialFile()
    {
        QFETCH(QString, name);
        auto s = m_fx.newStore();
        fill(s->db(), 3000);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        test::writeAll(path, "previous export"); // replaced only by a complete file
        // A file-size limit makes the export's writes fail like a full disk (EFBIG), as in tst_database.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit lim = old;
        lim.rlim_cur = 16 * 1024;
        setrlimit(RLIMIT_FSIZE, &lim);
        ExportOptions o = piiOptions(path);
        o.query = RecordQuery{};
        o.query.dataset = kDataset;
        QString message;
        const ErrorCode code = codeOf([&] { exporter(*s).run(o); }, &message);
        setrlimit(RLIMIT_FSIZE, &old);
        QCOMPARE(code, ErrorCode::DiskFull);
        QCOMPARE(test::readAll(path), QByteArray("previous export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
        QVERIFY(exportEntries(*s).isEmpty());
    }

    void cancelLeavesNoFile()
    {
        auto s = m_fx.newStore();
        fill(s->db(), 6000);
        std::atomic_bool cancel{false};
        ExportOptions o = piiOptions(m_fx.m_tmp.filePath(u"cancelled.xlsx"_qs));
        o.query = RecordQuery{};
        o.query.dataset = kDataset;
        o.cancel = &cancel;
        qint64 seenTotal = 0;
        o.progress = [&](const ExportProgress &p) {
            seenTotal = p.rowsTotal;
            if (p.rowsWritten >= 2000)
                cancel = true;
        };
        const ExportReport r = exporter(*s).run(o);
        QVERIFY(r.cancelled);
        QCOMPARE(seenTotal, qint64(6000 - 6000 / 9));
        QVERIFY(r.rows >= 2000 && r.rows < seenTotal);
        QVERIFY(!QFile::exists(o.path));
        QVERIFY(partFiles(m_fx.m_tmp.path()).isEmpty());
        QVERIFY(exportEntries(*s).isEmpty());
    }

    void badInput()
    {
        auto s = m_fx.newStore();
        ExportOptions o = piiOptions(m_fx.m_tmp.filePath(u"bad.csv"_qs));
        o.query.dataset = u"tidak_ada"_qs;
        QCOMPARE(codeOf([&] { exporter(*s).run(o); }), ErrorCode::InvalidArgument);
        o = piiOptions(m_fx.m_tmp.path()); // a folder, not a file
        QCOMPARE(codeOf([&] { exporter(*s).run(o); }), ErrorCode::InvalidArgument);
        o = piiOptions(m_fx.m_tmp.filePath(u"no/such/folder/x.csv"_qs));
        QCOMPARE(codeOf([&] { exporter(*s).run(o); }), ErrorCode::ReadOnly);
        o = piiOptions(m_fx.m_tmp.filePath(u"badfilter.csv"_qs));
        o.query.filters << ColumnFilter{u"no_such_field"_qs, ColumnFilter::Kind::Equals, 1, {}};
        QCOMPARE(codeOf([&] { exporter(*s).run(o); }), ErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(o.path));
    }
};

QTEST_GUILESS_MAIN(TestRecordExporter)
#include "tst_recordexporter.moc"
