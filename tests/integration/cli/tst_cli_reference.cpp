#include "CliRunner.h"
#include "RegionEditionFiles.h"
#include "TestSupport.h"

#include "records/RecordTable.h"
#include "session/Session.h"
#include "store/Database.h"

#include <QDate>
#include <QTest>

using namespace sinergi;
using sinergi::test::RegionEditionFiles;

// `sinergi-cli reference load-regions` and the region editions in `reference list`; and that the commands
// that build a region catalogue for the store (import, validate) use the loaded edition.
class TestCliReference : public QObject, private CliStoreFixture
{
    Q_OBJECT

    QStringList problems() const
    {
        auto session = Session::login(StoreLocation{m_store}, u"admin"_qs, QString::fromLatin1(kPassword));
        auto s = session->db().prepare(
            "SELECT p.rule || '|' || p.severity || '|' || r.no_pendaftaran FROM record_problems p JOIN "
            "rec_pencari_kerja r ON r._id = p.record_id WHERE p.dataset = 'pencari_kerja' ORDER BY 1");
        QStringList out;
        while (s.step())
            out << s.text(0);
        return out;
    }

    QStringList wilayahLines(const QString &out) const
    {
        QStringList lines;
        for (const QString &line : out.split(u'\n'))
            if (line.startsWith(u"wilayah\t"))
                lines << line;
        return lines;
    }

private slots:
    void initTestCase() { QCOMPARE(runner().init().code, 0); }

    void listShowsTheShippedEdition()
    {
        const Result r = asAdmin({u"reference"_qs, u"list"_qs});
        QCOMPARE(r.code, 0);
        const QStringList lines = wilayahLines(r.out);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(u"wilayah\tidn-area-data 4.0.1\t"), qPrintable(lines.first()));
        QVERIFY(lines.first().contains(u"7285"_qs));
        QVERIFY(lines.first().contains(u"ODbL"_qs));
    }

    void refusedEditionsChangeNothing()
    {
        const QString older =
            RegionEditionFiles::write(m_tmp.filePath(u"older"_qs), u"idn-area-data 4.0.0"_qs);
        Result r = asAdmin({u"reference"_qs, u"load-regions"_qs, older});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"4.0.0"_qs), qPrintable(r.err));
        QList<QByteArray> csv = RegionEditionFiles::files();
        csv[2].append("33.99.01,33.99,Kecamatan Tanpa Kabupaten\n");
        r = asAdmin({u"reference"_qs, u"load-regions"_qs,
                     RegionEditionFiles::write(m_tmp.filePath(u"dangling"_qs),
                                               QString::fromLatin1(RegionEditionFiles::kVersion), csv)});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"districts.csv"_qs), qPrintable(r.err));
        r = asAdmin({u"reference"_qs, u"load-regions"_qs, m_tmp.filePath(u"nowhere"_qs)});
        QVERIFY(r.code != 0);
        QCOMPARE(wilayahLines(asAdmin({u"reference"_qs, u"list"_qs}).out).size(), 1);
    }

    void loadedEditionIsListedAndUsedByImportAndValidate()
    {
        const QString dir = RegionEditionFiles::write(m_tmp.filePath(u"edition"_qs));
        Result r = asAdmin({u"reference"_qs, u"load-regions"_qs, dir});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"idn-area-data 4.1.0"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"1 kecamatan"_qs), qPrintable(r.out));

        r = asAdmin({u"reference"_qs, u"list"_qs});
        const QStringList lines = wilayahLines(r.out);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(u"wilayah\tidn-area-data 4.1.0\tin use\t"), qPrintable(lines[0]));
        QVERIFY(lines[0].contains(u"7286"_qs));
        QVERIFY(lines[0].contains(u"by admin"_qs));
        QVERIFY(lines[0].contains(QString::fromLatin1(RegionEditionFiles::kCredit)));
        QVERIFY(lines[1].startsWith(u"wilayah\tidn-area-data 4.0.1\tolder"_qs));

        // The same version again is refused.
        QVERIFY(asAdmin({u"reference"_qs, u"load-regions"_qs, dir}).code != 0);

        // Job seekers in the new kecamatan (no problem), the removed one (a warning), and an unknown one.
        const QDate registered = QDate::currentDate().addDays(-30);
        QByteArray csv = "no_pendaftaran,nik,nama,tanggal_lahir,jenis_kelamin,kode_kecamatan,pendidikan,"
                         "tanggal_daftar,berlaku_sampai,status\n";
        const char *kecamatan[3] = {"33.73.05", "33.73.04", "33.73.09"};
        for (int i = 0; i < 3; ++i)
            csv += QStringLiteral("AK-10%1,337301120395000%1,Warga %1,1995-03-12,L,%2,5000,%3,%4,terdaftar\n")
                       .arg(i + 1)
                       .arg(QLatin1String(kecamatan[i]))
                       .arg(registered.toString(Qt::ISODate), registered.addYears(2).toString(Qt::ISODate))
                       .toUtf8();
        test::writeAll(m_tmp.filePath(u"seekers.csv"_qs), csv);
        r = asAdmin({u"import"_qs, u"pencari_kerja"_qs, m_tmp.filePath(u"seekers.csv"_qs)});
        QVERIFY2(r.code == 0 || r.code == 5, qPrintable(r.err));
        QCOMPARE(problems(), (QStringList{u"code_retired|1|AK-102"_qs, u"code|0|AK-103"_qs}));
        r = asAdmin({u"validate"_qs, u"--dataset"_qs, u"pencari_kerja"_qs});
        QCOMPARE(r.code, 5); // AK-103's unknown code
        QCOMPARE(problems(), (QStringList{u"code_retired|1|AK-102"_qs, u"code|0|AK-103"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestCliReference)
#include "tst_cli_reference.moc"
