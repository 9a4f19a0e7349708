#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;

// sinergi-cli export (issue 4) through the real binary: records come in with "import", go out with
// "export"; the file, the exit codes and the audit trail are checked.
class TestCliExport : public QObject, private CliStoreFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(runner().init().code, 0);
        // Synthetic job seekers: NIKs beginning with 32 would turn into 3.2E+15 in a careless export.
        QByteArray csv = "no_pendaftaran,nik,nama,tanggal_lahir,jenis_kelamin,kode_kecamatan,pendidikan,"
                         "tanggal_daftar,berlaku_sampai,status\n";
        for (int i = 1; i <= 30; ++i) {
            csv += QStringLiteral(
                       "AK-%1,32010%2,Warga %1,1990-01-01,%3,33.73.01,1000,2025-01-%4,2027-01-%4,%5\n")
                       .arg(i, 3, 10, QLatin1Char('0'))
                       .arg(100000000 + i, 11, 10, QLatin1Char('0'))
                       .arg(i % 2 ? u"L"_qs : u"P"_qs)
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .arg(i % 3 ? u"terdaftar"_qs : u"ditempatkan"_qs)
                       .toUtf8();
        }
        test::writeAll(m_tmp.filePath(u"in.csv"_qs), csv);
        const Result r = asAdmin({u"import"_qs, u"pencari_kerja"_qs, m_tmp.filePath(u"in.csv"_qs)});
        QVERIFY2(r.code == 0 || r.code == 5, qPrintable(r.err));
        QVERIFY(r.out.contains(u"inserted 30"));
    }

    void exportsTheFilteredViewWithoutPii()
    {
        const QString out = m_tmp.filePath(u"terdaftar.csv"_qs);
        const Result r = asAdmin({u"export"_qs, u"--dataset"_qs, u"pencari_kerja"_qs, u"--filter"_qs,
                                  u"status=terdaftar"_qs, u"--out"_qs, out});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"exported 20 row(s)"));
        const QByteArray bytes = test::readAll(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 21);  // header + 20 rows
        QVERIFY(!bytes.contains("320100")); // no NIK without --include-pii
        QVERIFY(!bytes.contains("Warga"));
        QVERIFY(bytes.contains("Terdaftar (belum ditempatkan)"));
    }

    void piiNeedsYesAndIsAudited()
    {
        const QString out = m_tmp.filePath(u"pii.xlsx"_qs);
        const QStringList args{
            u"export"_qs,       u"--dataset"_qs,      u"pencari_kerja"_qs, u"--search"_qs, u"AK-00"_qs,
            u"--sort"_qs,       u"tanggal_daftar"_qs, u"--desc"_qs,        u"--out"_qs,    out,
            u"--include-pii"_qs};
        Result r = asAdmin(args);
        QCOMPARE(r.code, 4); // ExitPermission: not confirmed
        QVERIFY(r.err.contains(u"--yes"));
        QVERIFY(!QFile::exists(out));

        r = asAdmin(args + QStringList{u"--yes"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"exported 9 row(s)")); // AK-001 .. AK-009
        QVERIFY(QFile::exists(out));

        r = asAdmin({u"audit"_qs, u"verify"_qs});
        QCOMPARE(r.code, 0);
    }

    void badArguments()
    {
        const QString out = m_tmp.filePath(u"bad.csv"_qs);
        QCOMPARE(asAdmin({u"export"_qs, u"--dataset"_qs, u"nope"_qs, u"--out"_qs, out}).code, 1);
        QCOMPARE(asAdmin({u"export"_qs, u"--dataset"_qs, u"pencari_kerja"_qs, u"--filter"_qs, u"x=1"_qs,
                          u"--out"_qs, out})
                     .code,
                 1);
        QCOMPARE(asAdmin({u"export"_qs, u"--dataset"_qs, u"pencari_kerja"_qs, u"--sort"_qs, u"alamat"_qs,
                          u"--out"_qs, out})
                     .code,
                 1); // not an indexed column: InvalidArgument
        QCOMPARE(asAdmin({u"export"_qs, u"--dataset"_qs, u"pencari_kerja"_qs, u"--out"_qs,
                          m_tmp.filePath(u"no/such/dir/x.csv"_qs)})
                     .code,
                 3);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
