#include "CliRunner.h"
#include "TestSupport.h"

#include "records/RecordTable.h"
#include "session/Session.h"
#include "store/Database.h"

#include <QDate>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;

// After a committed `sinergi-cli import` the problems of the imported rows are listed in record_problems
// (what the problems panel and `validate` read), and the datasets whose rules look values up in the
// imported one are re-checked too; a dry run writes no problem rows. Checked on the store itself, not
// through `validate`, which would recompute them and hide a missing hook.
class TestCliValidate : public QObject, private CliStoreFixture
{
    Q_OBJECT

    // "rule|natural key" of every problem row of a dataset, read straight from the store.
    QStringList problems(const QString &dataset, const QString &keyField) const
    {
        auto session = Session::login(StoreLocation{m_store}, u"admin"_qs, QString::fromLatin1(kPassword));
        auto s = session->db().prepare(("SELECT p.rule, r." + recordtable::quoted(keyField) +
                                        " FROM record_problems p JOIN " +
                                        recordtable::quoted(recordtable::tableName(dataset)) +
                                        " r ON r._id = p.record_id WHERE p.dataset = ?1 ORDER BY 1, 2")
                                           .constData());
        s.bind(1, dataset);
        QStringList out;
        while (s.step())
            out << s.text(0) + u'|' + s.text(1);
        return out;
    }

private slots:
    void initTestCase() { QCOMPARE(runner().init().code, 0); }

    void importListsTheProblemsOfTheImportedRows()
    {
        // Synthetic job seekers; AK-003 has an education code that is not in the IPK list.
        // Registered a month ago: no AK/I report due yet, so the code is the only problem.
        const QDate registered = QDate::currentDate().addDays(-30);
        QByteArray csv = "no_pendaftaran,nik,nama,tanggal_lahir,jenis_kelamin,kode_kecamatan,pendidikan,"
                         "tanggal_daftar,berlaku_sampai,status\n";
        for (int i = 1; i <= 3; ++i)
            csv += QStringLiteral(
                       "AK-00%1,337401120395000%1,Warga %1,1995-03-12,L,33.74.01,%2,%3,%4,terdaftar\n")
                       .arg(i)
                       .arg(i == 3 ? u"7777"_qs : u"5000"_qs)
                       .arg(registered.toString(Qt::ISODate), registered.addYears(2).toString(Qt::ISODate))
                       .toUtf8();
        test::writeAll(m_tmp.filePath(u"seekers.csv"_qs), csv);

        // A dry run validates in memory only: no problem rows.
        Result r =
            asAdmin({u"import"_qs, u"pencari_kerja"_qs, m_tmp.filePath(u"seekers.csv"_qs), u"--dry-run"_qs});
        QVERIFY2(r.code == 0 || r.code == 5, qPrintable(r.err));
        QVERIFY(!r.out.contains(u"validated"));
        QVERIFY(problems(u"pencari_kerja"_qs, u"no_pendaftaran"_qs).isEmpty());

        r = asAdmin({u"import"_qs, u"pencari_kerja"_qs, m_tmp.filePath(u"seekers.csv"_qs)});
        QVERIFY2(r.code == 0 || r.code == 5, qPrintable(r.err));
        QVERIFY(r.out.contains(u"inserted 3"));
        // The seekers and the datasets that look seekers up (placements, training participants).
        QVERIFY2(r.out.contains(u"validated pencari_kerja, "), qPrintable(r.out));
        QVERIFY(r.out.contains(u"penempatan"));
        QVERIFY(r.out.contains(u"1 of 3 pencari_kerja record(s) have errors"));
        const QStringList found = problems(u"pencari_kerja"_qs, u"no_pendaftaran"_qs);
        QCOMPARE(found, QStringList{u"code|AK-003"_qs});
    }

    // --no-validate skips the job (big files): the new row's problem is listed only after `validate`.
    void noValidateLeavesItForLater()
    {
        const QDate registered = QDate::currentDate().addDays(-30);
        test::writeAll(m_tmp.filePath(u"late.csv"_qs),
                       "no_pendaftaran,nik,nama,tanggal_lahir,jenis_kelamin,kode_kecamatan,pendidikan,"
                       "tanggal_daftar,berlaku_sampai,status\n"
                       "AK-009,3374011203950009,Warga 9,1995-03-12,L,33.74.01,8888," +
                           registered.toString(Qt::ISODate).toUtf8() + "," +
                           registered.addYears(2).toString(Qt::ISODate).toUtf8() + ",terdaftar\n");
        Result r =
            asAdmin({u"import"_qs, u"pencari_kerja"_qs, m_tmp.filePath(u"late.csv"_qs), u"--no-validate"_qs});
        QVERIFY2(r.code == 0 || r.code == 5, qPrintable(r.err));
        QVERIFY(r.out.contains(u"not validated"));
        QVERIFY(!problems(u"pencari_kerja"_qs, u"no_pendaftaran"_qs).contains(u"code|AK-009"_qs));
        r = asAdmin({u"validate"_qs, u"--dataset"_qs, u"pencari_kerja"_qs});
        QCOMPARE(r.code, 5); // problems found
        QVERIFY(problems(u"pencari_kerja"_qs, u"no_pendaftaran"_qs).contains(u"code|AK-009"_qs));
    }

    void importingPlacementsRechecksTheJobSeekers()
    {
        // AK-001 is placed but still "terdaftar": a problem of the job seeker, visible only when the job
        // seekers are validated again after the placements came in.
        QVERIFY(!problems(u"pencari_kerja"_qs, u"no_pendaftaran"_qs).join(u' ').contains(u"AK-001"));
        test::writeAll(m_tmp.filePath(u"placements.csv"_qs),
                       "no_pendaftaran,jenis_penempatan,tanggal_penempatan,nama_pemberi_kerja\n"
                       "AK-001,AKL," +
                           QDate::currentDate().toString(Qt::ISODate).toUtf8() + ",PT Contoh Sejahtera\n");
        const Result r = asAdmin({u"import"_qs, u"penempatan"_qs, m_tmp.filePath(u"placements.csv"_qs)});
        QVERIFY2(r.code == 0 || r.code == 5, qPrintable(r.err));
        QVERIFY(r.out.contains(u"validated penempatan, pencari_kerja"));
        QCOMPARE(problems(u"pencari_kerja"_qs, u"no_pendaftaran"_qs),
                 (QStringList{u"code|AK-003"_qs, u"code|AK-009"_qs, u"ditempatkan_masih_aktif|AK-001"_qs}));
        QVERIFY(problems(u"penempatan"_qs, u"no_pendaftaran"_qs).isEmpty()); // AK-001 exists
    }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
