// The IPK report as PDF (issue 5, render/IpkPdf) for the hand fixture: pdftotext finds the cover's regency
// and period, every form title, a table's numbers in the order the form lays them out, the checks page,
// and "page n of m" agreeing with pdfinfo's page count.
#include "IpkPdf.h"
#include "MarchFixture.h"
#include "RecordsFixture.h"
#include "reports/IpkCalculator.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace sinergi;

namespace {

QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestIpkPdf : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT

    IpkFormSet m_forms = IpkFormSet::loadDefault(m_codes);
    LabourSnapshot m_snapshot = test::marchFixture();
    IpkCalculator m_calculator{m_snapshot, {}};
    ReportPeriod m_period = ReportPeriod::month(2025, 3);
    IpkReport m_report = m_calculator.compute(m_forms, m_period);
    QString m_text;
    int m_pages = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
                 "pdftotext (poppler-utils, installer/deps-debian.sh) is needed");
        IpkDocumentInfo info;
        info.regencyCode = u"33.10"_qs;
        info.regencyName = u"KABUPATEN KLATEN"_qs;
        info.madeBy = u"siti"_qs;
        info.madeAt = QDateTime(QDate(2025, 4, 2), QTime(9, 30));
        const QList<IpkChartData> charts{IpkCharts::monthlyTrend(m_calculator, m_forms, m_period, -1),
                                         IpkCharts::seekersByEducation(m_report, m_forms, u"id"_qs),
                                         IpkCharts::placementsByKind(m_report)};
        const QString path = m_tmp.filePath(u"ipk.pdf"_qs);
        IpkPdf::write(m_report, info, charts, path);
        m_text = run(u"pdftotext"_qs, {u"-layout"_qs, path, u"-"_qs});
        QVERIFY(!m_text.isEmpty());
        const QRegularExpressionMatch pages =
            QRegularExpression(u"Pages:\\s+(\\d+)"_qs).match(run(u"pdfinfo"_qs, {path}));
        QVERIFY(pages.hasMatch());
        m_pages = pages.captured(1).toInt();
        if (qEnvironmentVariableIsSet("SINERGI_KEEP_PDF"))
            QFile::copy(path, qEnvironmentVariable("SINERGI_KEEP_PDF"));
    }

    void coverAndTitles()
    {
        QVERIFY(m_text.contains(u"KABUPATEN KLATEN (33.10)"_qs));
        QVERIFY(m_text.contains(m_period.label()));
        QVERIFY(m_text.contains(u"siti"_qs));
        for (const IpkTable &t : m_report.tables)
            QVERIFY2(m_text.contains(u"Form "_qs + t.formId + u": "_qs + t.title.text(u"id"_qs)),
                     qPrintable(t.formId));
    }

    void pagesAreNumbered()
    {
        // Cover, at least a page per table, two chart pages, the checks.
        QVERIFY2(m_pages >= 1 + m_report.tables.size() + 2 + 1, qPrintable(QString::number(m_pages)));
        QVERIFY(m_pages < 40);
        for (int n = 1; n <= m_pages; ++n)
            QVERIFY2(m_text.contains(u"Page %1 of %2"_qs.arg(n).arg(m_pages)),
                     qPrintable(QString::number(n)));
    }

    void tableNumbersInFormOrder()
    {
        // The total line of III/1-AK: every column's total, left to right, as the form lays them out.
        const IpkTable *t = m_report.table(u"III/1-AK"_qs);
        QVERIFY(t);
        QStringList totals;
        for (const QString &c : t->columns)
            totals << QLocale().toString(t->total(c));
        const QRegularExpression totalLine(u"^\\s*Total\\s+"_qs + totals.join(u"\\s+"_qs) + u"\\s*$"_qs,
                                           QRegularExpression::MultilineOption);
        QVERIFY2(m_text.contains(totalLine), qPrintable(totalLine.pattern()));
        // And one row: 30–44 (row 2).
        QStringList row;
        for (qint64 v : t->cells.at(2))
            row << QString::number(v);
        QVERIFY(m_text.contains(QRegularExpression(u"30–44\\s+"_qs + row.join(u"\\s+"_qs))));
    }

    void checksPage()
    {
        QVERIFY(!m_report.breaks.isEmpty());
        QVERIFY(m_text.contains(u"Checks"_qs));
        for (const IpkBreak &b : m_report.breaks)
            QVERIFY2(m_text.simplified().contains(b.message.simplified().left(40)), qPrintable(b.message));
    }
};

QTEST_MAIN(TestIpkPdf)
#include "tst_ipk_pdf.moc"
