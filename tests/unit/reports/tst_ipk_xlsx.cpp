// The IPK exports of the core (issue 5): the XLSX workbook read back with our own XlsxReader (sheet names,
// every cell equal to the IpkTable it came from, the total row, the "other" row only when used, the checks
// sheet), and IpkExport's audited, all-or-nothing save.
#include "MarchFixture.h"
#include "RecordsFixture.h"
#include "TestSupport.h"
#include "importing/XlsxReader.h"
#include "reports/IpkCalculator.h"
#include "reports/IpkCsv.h"
#include "reports/IpkDocumentInfo.h"
#include "reports/IpkExport.h"
#include "reports/IpkXlsx.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace sinergi;

namespace {

struct Sheet
{
    QString title;                // A1
    QList<QStringList> rows;      // every non-empty row after A1, as text
    QList<QList<CellKind>> kinds; // and the kind of each cell
};

Sheet readSheet(XlsxReader &reader, const QString &name)
{
    reader.selectSheet(name);
    Sheet s;
    s.title = reader.header().value(0);
    QList<TabularCell> cells;
    while (reader.nextCells(cells)) {
        QStringList texts;
        QList<CellKind> kinds;
        for (const TabularCell &c : cells) {
            texts << c.value;
            kinds << c.kind;
        }
        s.rows << texts;
        s.kinds << kinds;
    }
    return s;
}

int rowStartingWith(const Sheet &s, const QString &first)
{
    for (int i = 0; i < s.rows.size(); ++i)
        if (s.rows.at(i).value(0) == first)
            return i;
    return -1;
}

IpkDocumentInfo info()
{
    IpkDocumentInfo i;
    i.regencyCode = u"33.10"_qs;
    i.regencyName = u"KABUPATEN KLATEN"_qs;
    i.madeBy = u"siti"_qs;
    i.madeAt = QDateTime(QDate(2025, 4, 2), QTime(9, 30));
    return i;
}

} // namespace

class TestIpkXlsx : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT

    IpkFormSet m_forms = IpkFormSet::loadDefault(m_codes);
    LabourSnapshot m_snapshot = test::marchFixture();
    IpkReport m_report = IpkCalculator(m_snapshot, {}).compute(m_forms, ReportPeriod::month(2025, 3));

private slots:
    void sheetNamesAreSanitised()
    {
        QCOMPARE(IpkXlsx::sheetName(u"III/1-AK"_qs), u"III-1-AK"_qs);
        QCOMPARE(IpkXlsx::sheetName(u"a[b]:c*d?e\\f"_qs), u"a-b--c-d-e-f"_qs);
        QCOMPARE(IpkXlsx::sheetName(QString(40, u'x')).size(), 31);
        QVERIFY(IpkXlsx::sheetName(u"Pemeriksaan"_qs) != IpkXlsx::checksSheetName());
    }

    void workbookHoldsEveryTableCellForCell()
    {
        QVERIFY(m_report.tables.size() >= 8);
        const QString path = m_tmp.filePath(u"ipk.xlsx"_qs);
        IpkXlsx::write(m_report, info(), path);

        XlsxReader reader(path);
        QStringList expectedSheets;
        for (const IpkTable &t : m_report.tables)
            expectedSheets << IpkXlsx::sheetName(t.formId);
        expectedSheets << u"Pemeriksaan"_qs;
        QCOMPARE(reader.sheetNames(), expectedSheets);

        bool sawOtherRow = false;
        for (const IpkTable &t : m_report.tables) {
            const Sheet s = readSheet(reader, IpkXlsx::sheetName(t.formId));
            QVERIFY2(s.title.contains(t.formId) && s.title.contains(t.title.text(u"id"_qs)),
                     qPrintable(s.title));
            // The title block names the regency and the period.
            QVERIFY(s.rows.at(0).value(0).contains(u"KABUPATEN KLATEN (33.10)"_qs));
            QVERIFY(s.rows.at(1).value(0).contains(m_report.period.label()));

            const int header = rowStartingWith(s, u"Row"_qs);
            QVERIFY(header >= 0);
            QStringList labels;
            for (const QString &c : t.columns)
                labels << IpkColumns::label(c);
            QCOMPARE(s.rows.at(header).mid(1, labels.size()), labels);

            const int shown = int(t.rows.size()) - (t.otherRowUsed() ? 0 : 1);
            sawOtherRow = sawOtherRow || t.otherRowUsed();
            for (int r = 0; r < shown; ++r) {
                const QStringList &row = s.rows.at(header + 1 + r);
                QCOMPARE(row.value(0), t.rows.at(r).text(u"id"_qs));
                for (int c = 0; c < t.columns.size(); ++c) {
                    QCOMPARE(s.kinds.at(header + 1 + r).at(c + 1), CellKind::Number); // numbers as numbers
                    QCOMPARE(row.at(c + 1).toLongLong(), t.cells.at(r).at(c));
                }
            }
            const QStringList &total = s.rows.at(header + 1 + shown);
            QCOMPARE(total.value(0), u"Total"_qs);
            for (int c = 0; c < t.columns.size(); ++c)
                QCOMPARE(total.at(c + 1).toLongLong(), t.total(t.columns.at(c)));
            QCOMPARE(s.rows.size(), header + 2 + shown); // nothing after the total row
        }
        QVERIFY(sawOtherRow); // the fixture uses the "other" row somewhere (#6 has no KBJI)
    }

    void checksSheetListsTheBreaks()
    {
        QVERIFY(!m_report.breaks.isEmpty());
        const QString path = m_tmp.filePath(u"checks.xlsx"_qs);
        IpkXlsx::write(m_report, info(), path);
        XlsxReader reader(path);
        const Sheet s = readSheet(reader, u"Pemeriksaan"_qs);
        const int header = rowStartingWith(s, u"Form"_qs);
        QVERIFY(header >= 0);
        QCOMPARE(s.rows.size() - header - 1, m_report.breaks.size());
        for (int i = 0; i < m_report.breaks.size(); ++i) {
            const IpkBreak &b = m_report.breaks.at(i);
            const QStringList &row = s.rows.at(header + 1 + i);
            QCOMPARE(row.value(0), b.formId);
            QCOMPARE(row.value(1), b.dataset);
            QCOMPARE(row.value(2).toLongLong(), b.recordCount);
            QCOMPARE(row.value(3), b.message);
            for (qint64 id : b.recordIds)
                QVERIFY(row.value(4).split(u", "_qs).contains(QString::number(id)));
        }
    }

    void noBreaksSaysSo()
    {
        IpkReport clean = m_report;
        clean.breaks.clear();
        const QString path = m_tmp.filePath(u"clean.xlsx"_qs);
        IpkXlsx::write(clean, info(), path);
        XlsxReader reader(path);
        const Sheet s = readSheet(reader, u"Pemeriksaan"_qs);
        QCOMPARE(s.rows.constLast().value(0), u"All checks hold."_qs);
    }

    void unwritableFolderLeavesNothing()
    {
        const QString dir = m_tmp.filePath(u"ro"_qs);
        QVERIFY(QDir().mkpath(dir));
        test::ReadOnlyDir guard(dir);
        if (!guard.active())
            QSKIP("cannot make a folder read-only here");
        QVERIFY(test::codeOf([&] { IpkXlsx::write(m_report, info(), dir + u"/x.xlsx"_qs); }) ==
                ErrorCode::ReadOnly);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void exportIsAuditedAndAllOrNothing()
    {
        auto session = newStore();
        const QString path = m_tmp.filePath(u"audited.csv"_qs);
        const qint64 before = session->audit().count();
        IpkExport::save(*session, m_report, u"csv"_qs, path, [&](const QString &temp) {
            test::writeAll(temp, IpkExport::csvFile(m_report, u"id"_qs));
        });
        QCOMPARE(test::readAll(path), QByteArray("\xEF\xBB\xBF") + IpkCsv::write(m_report, u"id"_qs));
        QCOMPARE(session->audit().count(), before + 1);
        AuditFilter filter;
        filter.actionPrefix = u"report.export"_qs;
        const QList<AuditEntry> entries = session->queryAudit(filter);
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().details.contains(u"\"period\":\"2025-03\""_qs));
        QVERIFY(entries.first().details.contains(u"\"format\":\"csv\""_qs));

        // A writer that fails: the old file stays as it was, nothing is logged, no temporary file is left.
        const QByteArray old = test::readAll(path);
        QCOMPARE(test::codeOf([&] {
                     IpkExport::save(*session, m_report, u"xlsx"_qs, path, [](const QString &temp) {
                         test::writeAll(temp, "half");
                         throw Error(ErrorCode::DiskFull, temp);
                     });
                 }),
                 ErrorCode::DiskFull);
        QCOMPARE(test::readAll(path), old);
        QCOMPARE(session->audit().count(), before + 1);
        QCOMPARE(QDir(m_tmp.path()).entryList({u".audited.csv*"_qs}, QDir::Files | QDir::Hidden).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIpkXlsx)
#include "tst_ipk_xlsx.moc"
