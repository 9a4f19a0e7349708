#include "TestSupport.h"
#include "accounts/LockoutTracker.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sinergi;
using namespace sinergi::test;

class TestLockoutTracker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A fresh file per test so the tests do not depend on each other's order.
    QString freshPath() { return m_dir.filePath(u"sinergi-%1.lockout"_qs.arg(++m_counter)); }
    static QDateTime start() { return QDateTime(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::utc()); }

    static void fail(LockoutTracker &t, const QString &name, int times)
    {
        for (int i = 0; i < times; ++i)
            t.recordFailure(name, u"wrong-password"_qs);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fiveFailuresLock()
    {
        ManualClock clock(start());
        LockoutTracker t(freshPath(), clock);
        for (int i = 1; i < LockoutTracker::kMaxFailures; ++i) {
            QVERIFY(!t.recordFailure(u"budi"_qs, u"wrong-password"_qs));
            QCOMPARE(t.secondsLocked(u"budi"_qs), 0);
        }
        QVERIFY(t.recordFailure(u"budi"_qs, u"wrong-password"_qs)); // the fifth locks
        QCOMPARE(t.secondsLocked(u"budi"_qs), LockoutTracker::kLockSeconds);
        QCOMPARE(t.secondsLocked(u"BUDI"_qs), LockoutTracker::kLockSeconds); // names are case-insensitive
        QCOMPARE(t.secondsLocked(u"siti"_qs), 0);                            // others are unaffected
    }

    void sixthAttemptIsRefusedAndDoesNotExtend()
    {
        ManualClock clock(start());
        LockoutTracker t(freshPath(), clock);
        fail(t, u"budi"_qs, 5);
        clock.advanceSeconds(60);
        QCOMPARE(t.secondsLocked(u"budi"_qs), LockoutTracker::kLockSeconds - 60);
        // The caller refuses the sixth attempt because secondsLocked() > 0 and records it as "locked".
        QVERIFY(!t.recordFailure(u"budi"_qs, u"locked"_qs));
        QCOMPARE(t.secondsLocked(u"budi"_qs), LockoutTracker::kLockSeconds - 60);
    }

    void unlocksAfterFiveMinutes()
    {
        ManualClock clock(start());
        LockoutTracker t(freshPath(), clock);
        fail(t, u"budi"_qs, 5);
        clock.advanceSeconds(LockoutTracker::kLockSeconds - 1);
        QCOMPARE(t.secondsLocked(u"budi"_qs), 1);
        clock.advanceSeconds(1);
        QCOMPARE(t.secondsLocked(u"budi"_qs), 0);
    }

    void partialSecondsRoundUp()
    {
        const QString path = freshPath();
        {
            ManualClock clock(start());
            LockoutTracker t(path, clock);
            fail(t, u"budi"_qs, 5);
        }
        // Half a second left is still locked: reporting 0 would let the UI offer a log-in that is refused.
        ManualClock later(start().addMSecs(LockoutTracker::kLockSeconds * 1000 - 500));
        LockoutTracker t(path, later);
        QCOMPARE(t.secondsLocked(u"budi"_qs), 1);
    }

    void failuresAfterExpiryCountAgain()
    {
        ManualClock clock(start());
        LockoutTracker t(freshPath(), clock);
        fail(t, u"budi"_qs, 5);
        clock.advanceSeconds(LockoutTracker::kLockSeconds);
        QCOMPARE(t.secondsLocked(u"budi"_qs), 0);
        // One more failure after expiry must not lock at once: the count starts over.
        QVERIFY(!t.recordFailure(u"budi"_qs, u"wrong-password"_qs));
        QCOMPARE(t.secondsLocked(u"budi"_qs), 0);
        fail(t, u"budi"_qs, 3);
        QCOMPARE(t.secondsLocked(u"budi"_qs), 0);
        QVERIFY(t.recordFailure(u"budi"_qs, u"wrong-password"_qs));
        QCOMPARE(t.secondsLocked(u"budi"_qs), LockoutTracker::kLockSeconds);
    }

    void successResets()
    {
        ManualClock clock(start());
        LockoutTracker t(freshPath(), clock);
        fail(t, u"budi"_qs, 4);
        t.recordSuccess(u"Budi"_qs);
        fail(t, u"budi"_qs, 4);
        QCOMPARE(t.secondsLocked(u"budi"_qs), 0);
        QVERIFY(t.recordFailure(u"budi"_qs, u"wrong-password"_qs));
    }

    void persistsAcrossInstances()
    {
        ManualClock clock(start());
        const QString path = freshPath();
        {
            LockoutTracker t(path, clock);
            fail(t, u"budi"_qs, 5);
            fail(t, u"siti"_qs, 4);
        }
        QVERIFY(QFile::exists(path));
        clock.advanceSeconds(10);
        {
            LockoutTracker t(path, clock);
            QCOMPARE(t.secondsLocked(u"budi"_qs), LockoutTracker::kLockSeconds - 10);
            QCOMPARE(t.secondsLocked(u"siti"_qs), 0);
            QVERIFY(t.recordFailure(u"siti"_qs, u"wrong-password"_qs)); // the 4 earlier failures were kept
            t.recordSuccess(u"budi"_qs);
        }
        LockoutTracker t(path, clock);
        QCOMPARE(t.secondsLocked(u"budi"_qs), 0);
        QCOMPARE(t.secondsLocked(u"siti"_qs), LockoutTracker::kLockSeconds);
    }

    void corruptFileIsTreatedAsEmpty_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("\x00\xff not json at all {{{", 25);
        QTest::newRow("truncated json") << QByteArray(R"({"version":1,"names":{"budi":{"failures":)");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("wrong types") << QByteArray(
            R"({"names":{"budi":"x","siti":{"failures":"many","lockedUntil":42}},"pending":{"a":1}})");
        QTest::newRow("empty") << QByteArray();
    }

    void corruptFileIsTreatedAsEmpty()
    {
        QFETCH(QByteArray, content);
        ManualClock clock(start());
        const QString path = freshPath();
        writeAll(path, content);
        LockoutTracker t(path, clock);
        QCOMPARE(t.secondsLocked(u"budi"_qs), 0);
        QCOMPARE(t.secondsLocked(u"siti"_qs), 0);
        QVERIFY(t.takePending().isEmpty());
        // And it keeps working, replacing the damaged file with a good one.
        fail(t, u"budi"_qs, 5);
        LockoutTracker again(path, clock);
        QCOMPARE(again.secondsLocked(u"budi"_qs), LockoutTracker::kLockSeconds);
    }

    void unwritableLocationDoesNotBlock()
    {
        ManualClock clock(start());
        LockoutTracker t(m_dir.filePath(u"no/such/dir/sinergi.lockout"_qs), clock);
        fail(t, u"budi"_qs, 4);
        QVERIFY(t.recordFailure(u"budi"_qs, u"wrong-password"_qs)); // still counts in memory
        QCOMPARE(t.secondsLocked(u"budi"_qs), LockoutTracker::kLockSeconds);
    }

    void pendingQueue()
    {
        ManualClock clock(start());
        const QString path = freshPath();
        {
            LockoutTracker t(path, clock);
            t.recordFailure(u"Budi"_qs, u"wrong-password"_qs);
            clock.advanceSeconds(3);
            t.recordFailure(u"siti"_qs, u"disabled"_qs);
        }
        LockoutTracker t(path, clock); // the queue survives a restart
        const QList<LockoutTracker::PendingFailure> pending = t.takePending();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).username, u"Budi"_qs); // as typed, for the audit log
        QCOMPARE(pending.at(0).reason, u"wrong-password"_qs);
        QCOMPARE(pending.at(0).at, start());
        QCOMPARE(pending.at(1).username, u"siti"_qs);
        QCOMPARE(pending.at(1).reason, u"disabled"_qs);
        QCOMPARE(pending.at(1).at, start().addSecs(3));

        QVERIFY(t.takePending().isEmpty()); // taken means gone ...
        LockoutTracker reopened(path, clock);
        QVERIFY(reopened.takePending().isEmpty()); // ... also from the file
    }

    void successKeepsPendingForTheAuditLog()
    {
        ManualClock clock(start());
        LockoutTracker t(freshPath(), clock);
        fail(t, u"budi"_qs, 2);
        t.recordSuccess(u"budi"_qs);
        QCOMPARE(t.takePending().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLockoutTracker)
#include "tst_lockouttracker.moc"
