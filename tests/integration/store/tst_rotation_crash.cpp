#include "TestSupport.h"
#include "store/Transaction.h"
#include "store/Vault.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace sinergi;

// kill -9 at random moments during repeated data-key rotations: after every kill the store must open
// with the key file as it is on disk (old or new key), pass both integrity checks, and keep its data.
class TestRotationCrash : public QObject
{
    Q_OBJECT

private slots:
    void killDuringRotation()
    {
        QTemporaryDir tmp;
        const StoreLocation where{tmp.filePath(u"store"_qs)};
        const QString password = u"Rotasi-Kunci-2026"_qs;
        {
            auto v = Vault::create(where, u"admin"_qs, SecureBuffer::fromString(password),
                                   KdfParams::minimal(), nullptr);
            Transaction tx(v->db());
            auto s = v->db().prepare("INSERT INTO settings(key, value, updated_at) VALUES (?1, ?2, 'now')");
            for (int i = 0; i < 5000; ++i) // a few hundred KiB, so an export takes long enough to be hit
                s.bindAll(QStringLiteral("row%1").arg(i), QStringLiteral("value-%1-").arg(i).repeated(8))
                    .exec();
            tx.commit();
        }
        auto *rng = QRandomGenerator::global();
        int rotationsSeen = 0;
        const int rounds = 20;
        for (int round = 0; round < rounds; ++round) {
            QProcess victim;
            victim.start(QStringLiteral(SINERGI_VICTIM_PATH), {where.dir, u"admin"_qs, password});
            QVERIFY(victim.waitForStarted());
            QVERIFY2(victim.waitForReadyRead(10000), victim.readAllStandardError().constData());
            QTest::qWait(static_cast<int>(rng->bounded(5, 500)));
            test::killIfRunning(victim);
            // waitForFinished() is false for a child that had already ended before the kill.
            QVERIFY(victim.state() == QProcess::NotRunning || victim.waitForFinished(5000));

            auto v = Vault::unlock(where, u"admin"_qs, SecureBuffer::fromString(password));
            QVERIFY(v->db().integrityCheck().isEmpty());
            QVERIFY(v->db().cipherIntegrityCheck().isEmpty());
            QCOMPARE(v->db().scalar("SELECT count(*) FROM settings WHERE key LIKE 'row%'").toInt(), 5000);
            rotationsSeen += v->db().scalar("SELECT value FROM settings WHERE key='rotations'").toInt();
        }
        qInfo("%d kills, rotations completed across runs (sum of counters): %d", rounds, rotationsSeen);
        QVERIFY2(rotationsSeen > 0,
                 "the victim never completed a rotation: the test did not exercise anything");
    }
};

QTEST_GUILESS_MAIN(TestRotationCrash)
#include "tst_rotation_crash.moc"
