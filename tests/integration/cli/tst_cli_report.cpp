#include "CliRunner.h"
#include "TestSupport.h"
#include "importing/XlsxReader.h"
#include "session/Session.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;

// sinergi-cli report ipk (issue 5) through the real binary: four job seekers come in with "import" and the
// IPK tables of March 2025 come out with the numbers worked out by hand.
class TestCliReport : public QObject, private CliStoreFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(runner().init().code, 0);
        // A: active since February (20–29 M); B: registered in March (15–19 F); C: placed 20 March (45–54 M);
        // D: registered 12 March, removed 25 March (30–44 F).
        const QByteArray csv =
            "no_pendaftaran,nik,nama,tanggal_lahir,jenis_kelamin,kode_kecamatan,pendidikan,"
            "tanggal_daftar,berlaku_sampai,status,tanggal_status\n"
            "AK-1,3201010101000001,Warga Satu,2000-01-01,L,33.73.01,3000,2025-02-10,2027-02-10,terdaftar,\n"
            "AK-2,3201014106050002,Warga Dua,2005-06-01,P,33.73.01,1000,2025-03-05,2027-03-05,terdaftar,\n"
            "AK-3,3201010101800003,Warga "
            "Tiga,1980-01-01,L,33.73.02,6000,2025-01-15,2027-01-15,ditempatkan,2025-03-20\n"
            "AK-4,3201014101900004,Warga "
            "Empat,1990-01-01,P,33.73.02,2000,2025-03-12,2027-03-12,dihapuskan,2025-03-25\n";
        test::writeAll(m_tmp.filePath(u"in.csv"_qs), csv);
        const Result r = asAdmin({u"import"_qs, u"pencari_kerja"_qs, m_tmp.filePath(u"in.csv"_qs)});
        QVERIFY2(r.code == 0 || r.code == 5, qPrintable(r.err));
        QVERIFY(r.out.contains(u"inserted 4"));
        // The office's regency, for the title block and the PDF cover (no CLI command sets it).
        Session::login(StoreLocation{m_store}, u"admin"_qs, QString::fromLatin1(kPassword))
            ->setSetting(u"office.regency"_qs, u"33.73"_qs);
    }

    void marchByHand()
    {
        const Result r = asAdmin({u"report"_qs, u"ipk"_qs, u"--period"_qs, u"2025-03"_qs});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n');
        const qsizetype title = lines.indexOf(lines.filter(u"III/1-AK;"_qs).value(0));
        QVERIFY(title >= 0);
        // opening 2 0 | registered 0 2 | A 2 2 | placed 1 0 | removed 0 1 | B 1 1 | closing 1 1
        QString total;
        for (qsizetype i = title + 2; i < lines.size() && !lines.at(i).isEmpty(); ++i)
            total = lines.at(i);
        QVERIFY2(total.endsWith(u";2;0;0;2;2;2;1;0;0;1;1;1;1;1"_qs), qPrintable(total));
        // The 15–19 row holds B alone: registered and closing, women.
        const QString young = lines.value(title + 2);
        QVERIFY2(young.startsWith(u"15–19;0;0;0;1;0;1;0;0;0;0;0;0;0;1"_qs), qPrintable(young));
    }

    void oneKecamatanToAFile()
    {
        const QString out = m_tmp.filePath(u"ipk.csv"_qs);
        const Result r = asAdmin({u"report"_qs, u"ipk"_qs, u"--period"_qs, u"2025-03"_qs, u"--kecamatan"_qs,
                                  u"33.73.02"_qs, u"--out"_qs, out});
        QCOMPARE(r.code, 0);
        const QByteArray bytes = test::readAll(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // Only C and D: opening M 1, registered F 1, placed M 1, removed F 1, closing 0.
        const QList<QByteArray> lines = bytes.split('\n');
        qsizetype title = -1;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines.at(i).contains("III/1-AK;"))
                title = i;
        QVERIFY(title >= 0);
        QByteArray total;
        for (qsizetype i = title + 2; i < lines.size() && !lines.at(i).isEmpty(); ++i)
            total = lines.at(i);
        QVERIFY2(total.endsWith(";1;0;0;1;1;1;1;0;0;1;1;1;0;0"), total.constData());
    }

    void xlsxHoldsTheCsvNumbers()
    {
        const QString csvPath = m_tmp.filePath(u"same.csv"_qs);
        const QString xlsxPath = m_tmp.filePath(u"same.xlsx"_qs);
        // English labels, so the header row and the title block can be found by their words.
        const QStringList args{u"report"_qs,     u"ipk"_qs, u"--period"_qs, u"2025-03"_qs,
                               u"--language"_qs, u"en"_qs,  u"--format"_qs};
        QCOMPARE(asAdmin(args + QStringList{u"csv"_qs, u"--out"_qs, csvPath}).code, 0);
        QCOMPARE(asAdmin(args + QStringList{u"xlsx"_qs, u"--out"_qs, xlsxPath}).code, 0);

        // The CSV: per table a title line "id;title;...", the header, rows, the total, a blank line.
        QMap<QString, QList<QStringList>> csvTables;
        QString current;
        const QString csv = QString::fromUtf8(test::readAll(csvPath)).remove(QChar(0xFEFF));
        bool header = false;
        for (const QString &line : csv.split(u'\n')) {
            if (line.isEmpty()) {
                current.clear();
            } else if (current.isEmpty()) {
                current = line.section(u';', 0, 0);
                header = true;
            } else if (header) {
                header = false;
            } else {
                csvTables[current] << line.split(u';');
            }
        }
        QVERIFY(csvTables.size() >= 8);

        XlsxReader reader(xlsxPath);
        QCOMPARE(reader.sheetNames().size(), csvTables.size() + 1);
        QCOMPARE(reader.sheetNames().constLast(), u"Pemeriksaan"_qs);
        for (auto it = csvTables.cbegin(); it != csvTables.cend(); ++it) {
            reader.selectSheet(QString(it.key()).replace(u'/', u'-'));
            QVERIFY2(reader.header().value(0).contains(it.key()), qPrintable(it.key()));
            QList<QStringList> rows;
            QList<TabularCell> cells;
            bool inTable = false;
            while (reader.nextCells(cells)) {
                if (inTable) {
                    QStringList row;
                    for (const TabularCell &c : cells)
                        row << c.value;
                    rows << row;
                } else if (cells.value(0).value == u"Row") {
                    inTable = true;
                } else if (cells.value(0).value.startsWith(u"Regency")) {
                    QVERIFY2(cells.value(0).value.contains(u"33.73"), qPrintable(cells.value(0).value));
                }
            }
            // Same rows, same numbers.
            QCOMPARE(rows.size(), it.value().size());
            for (int r = 0; r < rows.size(); ++r) {
                // The numbers are the last fields of the CSV line (a quoted label may hold a ';').
                const QStringList &csvRow = it.value().at(r);
                const qsizetype numbers = rows.at(r).size() - 1;
                QVERIFY(numbers > 0 && csvRow.size() > numbers);
                QCOMPARE(rows.at(r).mid(1), csvRow.mid(csvRow.size() - numbers));
            }
        }
    }

    void pdfWithoutADisplay()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(), "poppler-utils is needed");
        const QString out = m_tmp.filePath(u"ipk.pdf"_qs);
        // As on a server: no platform chosen, no display; the CLI must pick offscreen itself.
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        const QByteArray display = qgetenv("DISPLAY");
        qunsetenv("QT_QPA_PLATFORM");
        qunsetenv("DISPLAY");
        const Result r = asAdmin({u"report"_qs, u"ipk"_qs, u"--period"_qs, u"2025-03"_qs, u"--format"_qs,
                                  u"pdf"_qs, u"--out"_qs, out});
        qputenv("QT_QPA_PLATFORM", platform);
        if (!display.isEmpty())
            qputenv("DISPLAY", display);
        QCOMPARE(r.code, 0);
        QVERIFY(test::readAll(out).startsWith("%PDF-"));

        QProcess text;
        text.start(u"pdftotext"_qs, {u"-layout"_qs, out, u"-"_qs});
        QVERIFY(text.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdf.contains(u"Kota Salatiga (33.73)"_qs), qPrintable(pdf.left(600)));
        // Indonesian by default, from the catalogue embedded in the CLI: month names and the page footer.
        QVERIFY2(pdf.contains(u"Maret 2025"_qs), qPrintable(pdf.left(600)));
        // Every form title that the CSV names.
        const QString csv = asAdmin({u"report"_qs, u"ipk"_qs, u"--period"_qs, u"2025-03"_qs}).out;
        QVERIFY2(csv.contains(u"(1) Sisa awal"_qs), qPrintable(csv.left(400))); // column labels, Indonesian
        int titles = 0;
        for (const QString &line : csv.split(u'\n'))
            if (line.startsWith(u"III/")) {
                ++titles;
                QVERIFY2(pdf.contains(line.section(u';', 1, 1)), qPrintable(line));
            }
        QVERIFY(titles >= 8);

        QProcess info;
        info.start(u"pdfinfo"_qs, {out});
        QVERIFY(info.waitForFinished(30000));
        const auto pages =
            QRegularExpression(u"Pages:\\s+(\\d+)"_qs).match(QString::fromUtf8(info.readAllStandardOutput()));
        QVERIFY(pages.hasMatch());
        // Cover + a page per table + two chart pages + the checks; the tables are short.
        QVERIFY2(pages.captured(1).toInt() >= titles + 4 && pages.captured(1).toInt() <= 2 * titles + 6,
                 qPrintable(pages.captured(1)));
    }

    // The III/1-AK total line of a period, as printed.
    QString totalLine(const QString &period) const
    {
        const Result r = asAdmin({u"report"_qs, u"ipk"_qs, u"--period"_qs, period});
        const QStringList lines = r.out.split(u'\n');
        const qsizetype title = lines.indexOf(lines.filter(u"III/1-AK;"_qs).value(0));
        QString total;
        for (qsizetype i = title + 2; title >= 0 && i < lines.size() && !lines.at(i).isEmpty(); ++i)
            total = lines.at(i);
        return total;
    }

    // report rules shows the office's rules and changes them; the tables follow. AK-1 and AK-2 are still
    // "terdaftar" when their cards expire in February and March 2027.
    void rulesShowAndChange()
    {
        Result r = asAdmin({u"report"_qs, u"rules"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"remove-months: 0"_qs) && r.out.contains(u"age-reference: period-end"_qs),
                 qPrintable(r.out));
        // By default an expired card leaves the stock: nobody is left at the end of June 2027.
        QVERIFY2(totalLine(u"2027-06"_qs).endsWith(u";0;0"_qs), qPrintable(totalLine(u"2027-06"_qs)));

        r = asAdmin({u"report"_qs, u"rules"_qs, u"--remove-months"_qs, u"manual"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"remove-months: manual"_qs), qPrintable(r.out));
        // Only removal by hand counts: AK-1 (man) and AK-2 (woman) stay.
        QVERIFY2(totalLine(u"2027-06"_qs).endsWith(u";1;1"_qs), qPrintable(totalLine(u"2027-06"_qs)));

        QCOMPARE(asAdmin({u"report"_qs, u"rules"_qs, u"--remove-months"_qs, u"61"_qs}).code, 1);
        QCOMPARE(asAdmin({u"report"_qs, u"rules"_qs, u"--remove-months"_qs, u"soon"_qs}).code, 1);
        QCOMPARE(asAdmin({u"report"_qs, u"rules"_qs, u"--age-reference"_qs, u"birthday"_qs}).code, 1);
        r = asAdmin({u"report"_qs, u"rules"_qs, u"--remove-months"_qs, u"0"_qs, u"--age-reference"_qs,
                     u"registration"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"age-reference: registration"_qs), qPrintable(r.out));
        QCOMPARE(asAdmin({u"report"_qs, u"rules"_qs, u"--age-reference"_qs, u"period-end"_qs}).code, 0);
        QVERIFY(totalLine(u"2027-06"_qs).endsWith(u";0;0"_qs));
    }

    void badInput()
    {
        QCOMPARE(asAdmin({u"report"_qs, u"ipk"_qs, u"--period"_qs, u"2025-13"_qs}).code, 1);
        QCOMPARE(asAdmin({u"report"_qs, u"ipk"_qs}).code, 1);
        QCOMPARE(asAdmin({u"report"_qs, u"ipk"_qs, u"--period"_qs, u"2025-03"_qs, u"--kecamatan"_qs,
                          u"99.99.99"_qs})
                     .code,
                 1);
        QCOMPARE(
            asAdmin({u"report"_qs, u"ipk"_qs, u"--period"_qs, u"2025-03"_qs, u"--format"_qs, u"doc"_qs}).code,
            1);
        QCOMPARE(asAdmin({u"report"_qs, u"ipk"_qs, u"--period"_qs, u"2025-03"_qs, u"--language"_qs, u"fr"_qs})
                     .code,
                 1);
        // XLSX and PDF are files: without --out it is a usage error, and nothing is written anywhere.
        for (const QString &format : {u"xlsx"_qs, u"pdf"_qs}) {
            const Result r =
                asAdmin({u"report"_qs, u"ipk"_qs, u"--period"_qs, u"2025-03"_qs, u"--format"_qs, format});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(u"--out"_qs), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
