// The pure helpers behind the readers and the importer: Excel dates and numbers, number-format
// classification, cell references, and the Excel pitfalls (scientific notation, apostrophes, dates).
#include "importing/ExcelDate.h"
#include "importing/ExcelNumber.h"
#include "importing/ExcelPitfalls.h"
#include "importing/XlsxCellRef.h"
#include "importing/XlsxStyles.h"
#include "importing/XlsxWorkbook.h"

#include <QTest>

using namespace sinergi;
using DateOrder = ExcelPitfalls::DateOrder;
using Verdict = ExcelPitfalls::DateColumnAnalysis::Verdict;

class TestExcelPitfalls : public QObject
{
    Q_OBJECT

private slots:
    void serialDates1900()
    {
        QCOMPARE(ExcelDate::fromSerial(1)->date, QDate(1900, 1, 1));
        QCOMPARE(ExcelDate::fromSerial(59)->date, QDate(1900, 2, 28));
        QVERIFY(!ExcelDate::fromSerial(60)); // Lotus' 1900-02-29
        QCOMPARE(ExcelDate::fromSerial(61)->date, QDate(1900, 3, 1));
        QCOMPARE(ExcelDate::fromSerial(45750)->date, QDate(2025, 4, 3));
        QCOMPARE(ExcelDate::fromSerial(2958465)->date, QDate(9999, 12, 31));
        QVERIFY(!ExcelDate::fromSerial(2958466));
        QVERIFY(!ExcelDate::fromSerial(-1));
        QVERIFY(!ExcelDate::fromSerial(std::numeric_limits<double>::quiet_NaN()));
        for (const QDate d : {QDate(1900, 1, 1), QDate(1900, 3, 1), QDate(1990, 2, 1), QDate(2025, 4, 3)})
            QCOMPARE(ExcelDate::fromSerial(ExcelDate::toSerial(d))->date, d);
    }

    void serialDates1904AndTime()
    {
        QCOMPARE(ExcelDate::fromSerial(0, true)->date, QDate(1904, 1, 1));
        QCOMPARE(ExcelDate::fromSerial(44288, true)->date, QDate(2025, 4, 3));
        QCOMPARE(ExcelDate::toSerial(QDate(2025, 4, 3), true), 44288.0);
        const auto v = ExcelDate::fromSerial(45750.604166666664);
        QVERIFY(v->hasTime);
        QCOMPARE(ExcelDate::toIso(*v), u"2025-04-03T14:30:00"_qs);
        QCOMPARE(ExcelDate::toIso(*ExcelDate::fromSerial(45750)), u"2025-04-03"_qs);
        // 23:59:59.9 rounds into the next day rather than to "24:00:00".
        QCOMPARE(ExcelDate::toIso(*ExcelDate::fromSerial(45750.999999)), u"2025-04-04"_qs);
    }

    void plainNumbers_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("plain");
        QTest::newRow("integer") << u"3299990000000001"_qs << u"3299990000000001"_qs;
        QTest::newRow("exponent integer") << u"3.2999912345678E+15"_qs << u"3299991234567800"_qs;
        QTest::newRow("float noise") << u"0.30000000000000004"_qs << u"0.3"_qs;
        QTest::newRow("small") << u"1E-5"_qs << u"0.00001"_qs;
        QTest::newRow("negative") << u"-1.25E-3"_qs << u"-0.00125"_qs;
        QTest::newRow("big") << u"1.5E+20"_qs << u"150000000000000000000"_qs;
        QTest::newRow("zero") << u"0.0"_qs << u"0"_qs;
        QTest::newRow("text") << u"abc"_qs << QString();
        QTest::newRow("inf") << u"inf"_qs << QString();
    }
    void plainNumbers()
    {
        QFETCH(QString, raw);
        QFETCH(QString, plain);
        QCOMPARE(ExcelNumber::toPlain(raw), plain);
    }

    void numberFormats_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("format");
        const int num = int(XlsxStyles::Format::Number), date = int(XlsxStyles::Format::Date),
                  time = int(XlsxStyles::Format::Time);
        QTest::newRow("dmy") << u"dd/mm/yyyy"_qs << date;
        QTest::newRow("locale prefix") << u"[$-421]dd mmmm yyyy"_qs << date;
        QTest::newRow("date time") << u"yyyy-mm-dd hh:mm"_qs << date;
        QTest::newRow("month only") << u"mmm"_qs << date;
        QTest::newRow("time") << u"hh:mm"_qs << time;
        QTest::newRow("minutes") << u"mm:ss"_qs << time;
        QTest::newRow("general") << u"General"_qs << num;
        QTest::newRow("decimal") << u"#,##0.00"_qs << num;
        QTest::newRow("colour") << u"[Red]0.00"_qs << num;
        QTest::newRow("quoted text") << u"0 \"days\""_qs << num;
        QTest::newRow("escaped") << u"0\\d"_qs << num;
        QTest::newRow("scientific") << u"0.00E+00"_qs << num;
        QTest::newRow("second section ignored") << u"0;[Red]dd"_qs << num;
    }
    void numberFormats()
    {
        QFETCH(QString, code);
        QFETCH(int, format);
        QCOMPARE(int(XlsxStyles::classify(code)), format);
    }

    void builtinFormats()
    {
        for (int id : {14, 15, 16, 17, 22})
            QCOMPARE(XlsxStyles::builtinFormat(id), XlsxStyles::Format::Date);
        for (int id : {18, 19, 20, 21, 45, 46, 47})
            QCOMPARE(XlsxStyles::builtinFormat(id), XlsxStyles::Format::Time);
        for (int id : {0, 1, 2, 11, 13, 23, 44, 49})
            QCOMPARE(XlsxStyles::builtinFormat(id), XlsxStyles::Format::Number);
    }

    void cellRefs()
    {
        QCOMPARE(XlsxCellRef::parse(u"A1")->column, 0);
        QCOMPARE(XlsxCellRef::parse(u"AB12")->column, 27);
        QCOMPARE(XlsxCellRef::parse(u"AB12")->row, 12);
        QCOMPARE(XlsxCellRef::parse(u"XFD1048576")->column, 16383);
        QVERIFY(!XlsxCellRef::parse(u"XFE1"));
        QVERIFY(!XlsxCellRef::parse(u"A1048577"));
        QVERIFY(!XlsxCellRef::parse(u"1A"));
        QVERIFY(!XlsxCellRef::parse(u""));
        QVERIFY(!XlsxCellRef::parse(u"A1:B2"));
        QCOMPARE(XlsxCellRef::parse(u"C")->row, 0);
    }

    void relationshipTargets()
    {
        QCOMPARE(XlsxWorkbook::resolve(u"xl/workbook.xml"_qs, u"worksheets/sheet1.xml"_qs), u"xl/worksheets/sheet1.xml"_qs);
        QCOMPARE(XlsxWorkbook::resolve(u"xl/workbook.xml"_qs, u"/xl/sharedStrings.xml"_qs), u"xl/sharedStrings.xml"_qs);
        QCOMPARE(XlsxWorkbook::resolve(u"xl/workbook.xml"_qs, u"../custom/s.xml"_qs), u"custom/s.xml"_qs);
        QCOMPARE(XlsxWorkbook::resolve(QString(), u"xl/workbook.xml"_qs), u"xl/workbook.xml"_qs);
    }

    void scientificNotation()
    {
        for (const QString &s : {u"3.20101E+15"_qs, u"3,2E+15"_qs, u" 3.29999E+15 "_qs, u"1e5"_qs})
            QVERIFY2(ExcelPitfalls::isScientificNotation(s), qPrintable(s));
        for (const QString &s : {u"3299990000000001"_qs, u"E+15"_qs, u"3.2"_qs, u"Jl. 3E"_qs})
            QVERIFY2(!ExcelPitfalls::isScientificNotation(s), qPrintable(s));
        const QString why = ExcelPitfalls::digitsLostReason(u"3,2E+15"_qs);
        QVERIFY(why.contains(u"scientific notation"));
        QVERIFY(ExcelPitfalls::digitsLostReason(u"3299990000000001"_qs).isEmpty()); // text: fine
        QVERIFY(!ExcelPitfalls::digitsLostReason(u"3299990000000001"_qs, true).isEmpty()); // number: 16 digits
        QVERIFY(ExcelPitfalls::digitsLostReason(u"081234567890"_qs, true).isEmpty()); // 12 digits survive
    }

    void apostrophe()
    {
        QCOMPARE(ExcelPitfalls::stripLeadingApostrophe(u"'3299990000000001"_qs), u"3299990000000001"_qs);
        QCOMPARE(ExcelPitfalls::stripLeadingApostrophe(u"Jum'at"_qs), u"Jum'at"_qs);
        QCOMPARE(ExcelPitfalls::stripLeadingApostrophe(QString()), QString());
    }

    void parseDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dayFirst");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("iso") << u"2025-04-03"_qs << true << QDate(2025, 4, 3);
        QTest::newRow("iso time") << u"2025-04-03T14:30:00"_qs << true << QDate(2025, 4, 3);
        QTest::newRow("iso slashes") << u"2025/4/3"_qs << true << QDate(2025, 4, 3);
        QTest::newRow("dd/mm/yyyy") << u"03/04/2025"_qs << true << QDate(2025, 4, 3);
        QTest::newRow("mm/dd/yyyy") << u"03/04/2025"_qs << false << QDate(2025, 3, 4);
        QTest::newRow("dd-mm-yyyy") << u"3-4-2025"_qs << true << QDate(2025, 4, 3);
        QTest::newRow("dd.mm.yyyy") << u"03.04.2025"_qs << true << QDate(2025, 4, 3);
        QTest::newRow("apostrophe") << u"'03/04/2025"_qs << true << QDate(2025, 4, 3);
        QTest::newRow("serial") << u"45750"_qs << true << QDate(2025, 4, 3);
        QTest::newRow("serial with time") << u"45750.5"_qs << true << QDate(2025, 4, 3);
        QTest::newRow("invalid day") << u"31/02/2025"_qs << true << QDate();
        QTest::newRow("mixed separators") << u"03/04-2025"_qs << true << QDate();
        QTest::newRow("two-digit year") << u"03/04/25"_qs << true << QDate();
        QTest::newRow("text") << u"kemarin"_qs << true << QDate();
        QTest::newRow("serial 60") << u"60"_qs << true << QDate();
        QTest::newRow("zero") << u"0"_qs << true << QDate();
    }
    void parseDates()
    {
        QFETCH(QString, text);
        QFETCH(bool, dayFirst);
        QFETCH(QDate, expected);
        const auto d = ExcelPitfalls::parseDate(text, dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst);
        QCOMPARE(d.value_or(QDate()), expected);
    }

    void serialsCanBeRefused()
    {
        QVERIFY(!ExcelPitfalls::parseDate(u"45750"_qs, DateOrder::DayFirst, false));
        QCOMPARE(*ExcelPitfalls::parseDate(u"44288"_qs, DateOrder::DayFirst, true, true), QDate(2025, 4, 3));
    }

    void dateColumns()
    {
        auto a = ExcelPitfalls::analyzeDateColumn({u"03/04/2025"_qs, u"25/12/1990"_qs, QString(), u"2025-01-01"_qs});
        QCOMPARE(a.verdict, Verdict::DayFirst);
        QCOMPARE(a.order(), DateOrder::DayFirst);
        QVERIFY(a.message(u"tgl_lahir"_qs).isEmpty());

        a = ExcelPitfalls::analyzeDateColumn({u"03/04/2025"_qs, u"12/25/1990"_qs});
        QCOMPARE(a.verdict, Verdict::MonthFirst);
        QCOMPARE(a.order(), DateOrder::MonthFirst);

        a = ExcelPitfalls::analyzeDateColumn({u"03/04/2025"_qs, u"01/02/1990"_qs, u"12/11/2000"_qs});
        QCOMPARE(a.verdict, Verdict::Ambiguous);
        QCOMPARE(a.ambiguous, 3);
        QCOMPARE(a.order(), DateOrder::DayFirst);
        QVERIFY(a.message(u"tgl_lahir"_qs).contains(u"tgl_lahir"));

        a = ExcelPitfalls::analyzeDateColumn({u"25/12/1990"_qs, u"12/25/1990"_qs});
        QCOMPARE(a.verdict, Verdict::Inconsistent);
        QVERIFY(a.message(u"x"_qs).contains(u"mixes"));

        a = ExcelPitfalls::analyzeDateColumn({u"2025-04-03"_qs, u"45750"_qs});
        QCOMPARE(a.verdict, Verdict::NoSlashDates);
    }
};

QTEST_GUILESS_MAIN(TestExcelPitfalls)
#include "tst_excelpitfalls.moc"
