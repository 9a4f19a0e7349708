#include "TestSupport.h"
#include "datasets/TemplateRegistry.h"
#include "records/DatasetSchema.h"
#include "session/Session.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace sinergi;

// kill -9 at random moments of an import: afterwards the store opens, passes both integrity checks and
// holds either none of the file's rows or all of them, with the imports row and audit entry to match.
class TestImportCrash : public QObject
{
    Q_OBJECT

private slots:
    void killDuringImport()
    {
        QTemporaryDir tmp;
        const StoreLocation where{tmp.filePath(u"store"_qs)};
        const QString password = u"Impor-Kunci-2026"_qs;
        {
            auto created = Session::initialize(where, u"admin"_qs, {}, password, KdfParams::minimal());
            DatasetSchema::sync(created.session->db(), TemplateRegistry::loadEmbedded());
        }

        constexpr int kRows = 60000;
        const QString csv = tmp.filePath(u"pencaker.csv"_qs);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("no_pendaftaran,nik,nama,tanggal_lahir,jenis_kelamin,kode_kecamatan,pendidikan,tanggal_"
                    "daftar,"
                    "berlaku_sampai,status\n");
            for (int i = 0; i < kRows; ++i)
                f.write(QStringLiteral(
                            "AK1-%1,3373011705980001,Contoh,1998-05-17,L,33.73.01,3000,2025-01-10,2027-01-10,"
                            "terdaftar\n")
                            .arg(i, 7, 10, QLatin1Char('0'))
                            .toUtf8());
        }

        // One import without a kill tells how long an import runs on this machine, so the kills can land
        // anywhere in it (a fixed window missed the import entirely once it got faster than the window).
        qint64 importMs = 0;
        {
            QProcess victim;
            QElapsedTimer clock;
            victim.start(QStringLiteral(SINERGI_VICTIM_PATH), {where.dir, u"admin"_qs, password, csv});
            QVERIFY(victim.waitForStarted());
            QVERIFY2(victim.waitForReadyRead(60000), victim.readAllStandardError().constData());
            clock.start();
            QVERIFY(victim.waitForFinished(120000));
            importMs = clock.elapsed();
            QCOMPARE(victim.exitCode(), 0);
            auto s = Session::login(where, u"admin"_qs, password);
            QCOMPARE(s->db().scalar("SELECT count(*) FROM rec_pencari_kerja").toInt(), kRows);
            s->db().exec("DELETE FROM rec_pencari_kerja; DELETE FROM imports;");
        }

        auto *rng = QRandomGenerator::global();
        int committed = 1; // imports that completed before the kill, over all rounds (the timing run is one)
        int unchanged = 0;
        const int rounds = 6;
        for (int round = 0; round < rounds; ++round) {
            QProcess victim;
            victim.start(QStringLiteral(SINERGI_VICTIM_PATH), {where.dir, u"admin"_qs, password, csv});
            QVERIFY(victim.waitForStarted());
            QVERIFY2(victim.waitForReadyRead(60000), victim.readAllStandardError().constData());
            QTest::qWait(static_cast<int>(rng->bounded(qint64(0), importMs + importMs / 10 + 1)));
            test::killIfRunning(victim);
            // waitForFinished() is false for a child that had already ended before the kill.
            QVERIFY(victim.state() == QProcess::NotRunning || victim.waitForFinished(120000));

            auto s = Session::login(where, u"admin"_qs, password);
            QVERIFY(s->db().integrityCheck().isEmpty());
            QVERIFY(s->db().cipherIntegrityCheck().isEmpty());
            const int rows = s->db().scalar("SELECT count(*) FROM rec_pencari_kerja").toInt();
            const int imports = s->db().scalar("SELECT count(*) FROM imports").toInt();
            QVERIFY2(rows == 0 || rows == kRows,
                     qPrintable(QStringLiteral("round %1: %2 rows").arg(round).arg(rows)));
            QCOMPARE(imports, rows == kRows ? 1 : 0);
            committed += rows == kRows;
            unchanged += rows == 0;
            QCOMPARE(s->db().scalar("SELECT count(*) FROM audit WHERE action = 'import.commit'").toInt(),
                     committed);
            QVERIFY(s->verifyAudit().isEmpty());
            // Start the next round from an empty table (the audit log keeps its entries).
            s->db().exec("DELETE FROM rec_pencari_kerja; DELETE FROM imports;");
        }
        QVERIFY2(unchanged > 0, "no kill landed inside an import: the test exercised nothing");
        qInfo("import takes %lld ms; %d kills: %d after the commit, %d left the store unchanged", importMs,
              rounds, rounds - unchanged, unchanged);
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_import_crash.moc"
