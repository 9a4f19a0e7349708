// The outbox sender worker (models/smdata/OutboxSenderThread, OutboxWorker) against the real reference server
// on loopback: a queued batch goes to accepted on the worker's own thread and store connection with its
// progress in order; a stop during an upload leaves the batch for the next start, which resumes; a server
// that is away for hours of (injected) time keeps the batch queued and gets it when it is back; a wrong CA
// is a clear error; the SMData password is in no file outside the encrypted store.
#include "SandboxProcess.h"
#include "TestBatch.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "session/Session.h"
#include "smdata/Outbox.h"
#include "smdata/OutboxSenderThread.h"
#include "smdata/SmdataClient.h"
#include "smdata/SmdataSettings.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;
using namespace sinergi::smdata;
using namespace sinergi::test;

namespace {

// A manual clock the worker thread may read while the test moves it.
class SharedClock : public Clock
{
public:
    explicit SharedClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advanceSeconds(qint64 s)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addSecs(s);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

const QString kUser = u"admin.3373"_qs;
const QString kPassword = u"sandbox-password"_qs;

} // namespace

class TestSmdataSender : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_datagenDir;
    TestBatch m_batch;
    QByteArray m_marker; // the SMData password of a second sandbox user, made at run time

    struct Office
    {
        QTemporaryDir dir;
        StoreLocation where{dir.path() + u"/store"_qs};
        std::unique_ptr<sinergi::Session> session;
    };
    std::unique_ptr<Office> office(const QString &url, const QByteArray &ca, const QString &user = kUser,
                                   const QString &password = kPassword, const QByteArray &receiptKey = {})
    {
        auto o = std::make_unique<Office>();
        o->session =
            sinergi::Session::initialize(o->where, u"admin"_qs, u"Admin"_qs, u"Kantor-Disnaker-2024"_qs)
                .session;
        SmdataSettings s;
        s.url = url;
        s.username = user;
        s.password = password;
        s.caBundlePem = ca;
        s.receiptKeys = {receiptKey.isEmpty() ? m_sandbox.publicKey() : receiptKey};
        SmdataSettings::save(*o->session, s);
        return o;
    }
    TestBatch freshBatch(qint64 partSize = 8192)
    {
        TestBatch b = m_batch;
        b.rebuild(partSize);
        return b;
    }
    static SenderConfig fastConfig()
    {
        SenderConfig c;
        c.policy = {1.0, 900.0};
        c.pollMs = 50;
        c.maxPolls = 200;
        return c;
    }
    int serverCopies(const QString &batchId, const QString &period)
    {
        SmdataClient client(ClientConfig{m_sandbox.baseUrl(), m_sandbox.caPem(), 10000});
        client.login(kUser, kPassword);
        int n = 0;
        for (const BatchState &s : client.batches(period))
            n += s.json.value(u"batch_id"_qs).toString() == batchId ? 1 : 0;
        return n;
    }
    static bool waitForState(Outbox &outbox, const QString &id, OutboxState state, int ms = 30000)
    {
        return QTest::qWaitFor([&] { return outbox.find(id)->state == state; }, ms);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_marker = uniqueMarker();
        QVERIFY2(m_sandbox.start({u"--user"_qs, kUser + u":"_qs + kPassword + u":33.73:Kota Salatiga"_qs,
                                  u"--user"_qs,
                                  u"admin.marker:"_qs + QString::fromLatin1(m_marker) + u":33.73"_qs}),
                 qPrintable(m_sandbox.error()));
        QVERIFY(m_datagenDir.isValid());
        m_batch = TestBatch::fromDatagen(m_datagenDir.path(), 300, 8192, u"2025"_qs);
        QVERIFY(m_batch.parts.size() >= 5);
    }

    void init()
    {
        SandboxClient admin(m_sandbox.baseUrl(), m_sandbox.caPem());
        QCOMPARE(admin.setFaults({{u"clear"_qs, true}}).status, 200);
    }

    void queuedBatchIsAcceptedWithProgressInOrder()
    {
        auto o = office(m_sandbox.baseUrl(), m_sandbox.caPem());
        Outbox outbox(o->session->db());
        const TestBatch b = freshBatch();
        outbox.enqueue(b.manifestBytes, b.parts, u"Juni"_qs, QDateTime::currentDateTimeUtc());

        OutboxSenderThread sender(o->session->vault().openWorkerConnection(), fastConfig(), Clock::system());
        QList<SendProgress> progress;
        connect(&sender, &OutboxSenderThread::progress, this, [&](const SendProgress &p) { progress << p; });
        QSignalSpy updated(&sender, &OutboxSenderThread::batchUpdated);
        sender.start();
        QVERIFY(updated.wait(30000));
        QCOMPARE(updated.first().at(0).toString(), b.id);
        QCOMPARE(updated.first().at(1).toInt(), int(OutboxSender::Outcome::Accepted));
        sender.shutDown();

        // Sending 0/n, 1/n, ... n/n, then sent, then accepted; bytes grow to the total.
        QCOMPARE(progress.size(), int(b.parts.size()) + 3);
        for (int i = 0; i <= int(b.parts.size()); ++i) {
            QCOMPARE(progress.at(i).state, OutboxState::Sending);
            QCOMPARE(progress.at(i).partsAcknowledged, i);
            QCOMPARE(progress.at(i).partCount, int(b.parts.size()));
            if (i > 0)
                QVERIFY(progress.at(i).bytesAcknowledged > progress.at(i - 1).bytesAcknowledged);
        }
        QCOMPARE(progress.at(int(b.parts.size())).bytesAcknowledged, qint64(b.content.size()));
        QCOMPARE(progress.at(progress.size() - 2).state, OutboxState::Sent);
        QCOMPARE(progress.last().state, OutboxState::Accepted);
        QCOMPARE(progress.last().totalBytes, qint64(b.content.size()));
        const OutboxBatch stored = *outbox.find(b.id);
        QCOMPARE(stored.state, OutboxState::Accepted);
        QVERIFY(!stored.receipt.isEmpty());
        QCOMPARE(serverCopies(b.id, b.period), 1);
    }

    void wakeSendsABatchQueuedLater()
    {
        auto o = office(m_sandbox.baseUrl(), m_sandbox.caPem());
        OutboxSenderThread sender(o->session->vault().openWorkerConnection(), fastConfig(), Clock::system());
        QSignalSpy idle(&sender, &OutboxSenderThread::idle);
        sender.start();
        QVERIFY(idle.wait(10000));
        QVERIFY(!idle.first().at(0).toDateTime().isValid()); // nothing waits
        Outbox outbox(o->session->db());
        const TestBatch b = freshBatch();
        outbox.enqueue(b.manifestBytes, b.parts, {}, QDateTime::currentDateTimeUtc());
        sender.wake();
        QVERIFY(waitForState(outbox, b.id, OutboxState::Accepted));
    }

    void stopDuringUploadLeavesTheBatchForTheNextStart()
    {
        auto o = office(m_sandbox.baseUrl(), m_sandbox.caPem());
        Outbox outbox(o->session->db());
        const TestBatch b = freshBatch();
        outbox.enqueue(b.manifestBytes, b.parts, {}, QDateTime::currentDateTimeUtc());
        SandboxClient admin(m_sandbox.baseUrl(), m_sandbox.caPem());
        QCOMPARE(admin.setFaults({{u"latency_ms"_qs, 400}}).status, 200);
        {
            OutboxSenderThread sender(o->session->vault().openWorkerConnection(), fastConfig(),
                                      Clock::system());
            int acked = 0;
            connect(&sender, &OutboxSenderThread::progress, this,
                    [&](const SendProgress &p) { acked = p.partsAcknowledged; });
            sender.start();
            QVERIFY(QTest::qWaitFor([&] { return acked >= 2; }, 30000));
            QElapsedTimer t;
            t.start();
            sender.shutDown(); // a request is in flight (400 ms latency): aborted, not waited for
            QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        }
        const OutboxBatch stopped = *outbox.find(b.id);
        QCOMPARE(stopped.state, OutboxState::Sending);
        QCOMPARE(stopped.attempts, 0); // a stop is not a failure
        QVERIFY(stopped.lastError.isEmpty());
        QVERIFY(stopped.partsAcknowledged >= 2 && stopped.partsAcknowledged < stopped.partCount);
        QCOMPARE(admin.setFaults({{u"clear"_qs, true}}).status, 200);

        OutboxSenderThread again(o->session->vault().openWorkerConnection(), fastConfig(), Clock::system());
        QList<SendProgress> progress;
        connect(&again, &OutboxSenderThread::progress, this, [&](const SendProgress &p) { progress << p; });
        again.start();
        QVERIFY(waitForState(outbox, b.id, OutboxState::Accepted));
        // Resumed where the server stood: the first report already counts the parts sent before the stop.
        QVERIFY(!progress.isEmpty());
        QVERIFY(progress.first().partsAcknowledged >= stopped.partsAcknowledged);
        QCOMPARE(serverCopies(b.id, b.period), 1);
    }

    void serverAwayForHoursKeepsTheBatchThenSendsIt()
    {
        SandboxProcess away;
        QVERIFY2(away.start(), qPrintable(away.error()));
        const quint16 port = away.port();
        const QString url = away.baseUrl();
        const QByteArray ca = away.caPem();
        const QByteArray key = away.publicKey();
        away.stop(); // the port is closed now

        SharedClock clock(QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC));
        auto o = office(url, ca, kUser, kPassword, key);
        Outbox outbox(o->session->db());
        const TestBatch b = freshBatch();
        outbox.enqueue(b.manifestBytes, b.parts, {}, clock.now());
        OutboxSenderThread sender(o->session->vault().openWorkerConnection(), fastConfig(), clock);
        QSignalSpy updated(&sender, &OutboxSenderThread::batchUpdated);
        sender.start();
        const int hours = 12;
        for (int h = 0; h < hours; ++h) {
            QVERIFY(QTest::qWaitFor([&] { return updated.size() == h + 1; }, 20000));
            QCOMPARE(updated.last().at(1).toInt(), int(OutboxSender::Outcome::RetryLater));
            const OutboxBatch s = *outbox.find(b.id);
            QCOMPARE(s.state, OutboxState::Queued);
            QVERIFY(s.nextAttemptAt > clock.now());
            QVERIFY(!s.lastError.isEmpty());
            clock.advanceSeconds(3600); // an hour later: past any backoff (cap 15 min)
            sender.wake();
        }
        QVERIFY(QTest::qWaitFor([&] { return updated.size() == hours + 1; }, 20000));
        QCOMPARE(outbox.find(b.id)->attempts, hours + 1);
        for (int i = 0; i < b.parts.size(); ++i)
            QCOMPARE(outbox.part(b.id, i), b.parts.at(i)); // nothing lost

        QVERIFY2(away.start({u"--port"_qs, QString::number(port)}), qPrintable(away.error()));
        QCOMPARE(away.port(), port);
        clock.advanceSeconds(3600);
        sender.wake();
        QVERIFY2(waitForState(outbox, b.id, OutboxState::Accepted), qPrintable(outbox.find(b.id)->lastError));
        QVERIFY(outbox.find(b.id)->lastError.isEmpty());
    }

    void wrongCaIsAClearErrorAndTheBatchStays()
    {
        SandboxProcess other;
        QVERIFY2(other.start(), qPrintable(other.error()));
        auto o = office(m_sandbox.baseUrl(), other.caPem());
        Outbox outbox(o->session->db());
        const TestBatch b = freshBatch();
        outbox.enqueue(b.manifestBytes, b.parts, {}, QDateTime::currentDateTimeUtc());
        OutboxSenderThread sender(o->session->vault().openWorkerConnection(), fastConfig(), Clock::system());
        QSignalSpy updated(&sender, &OutboxSenderThread::batchUpdated);
        sender.start();
        QVERIFY(updated.wait(20000));
        sender.shutDown();
        const OutboxBatch s = *outbox.find(b.id);
        QCOMPARE(s.state, OutboxState::Queued);
        const QString expected = SmdataError(FailureKind::Tls, {}).userMessage();
        QVERIFY2(s.lastError.startsWith(expected), qPrintable(s.lastError));
        QCOMPARE(serverCopies(b.id, b.period), 0);
    }

    void notConfiguredSaysSo()
    {
        auto o = office({}, {}, {}, {});
        Outbox outbox(o->session->db());
        const TestBatch b = freshBatch();
        outbox.enqueue(b.manifestBytes, b.parts, {}, QDateTime::currentDateTimeUtc());
        OutboxSenderThread sender(o->session->vault().openWorkerConnection(), fastConfig(), Clock::system());
        QSignalSpy updated(&sender, &OutboxSenderThread::batchUpdated);
        sender.start();
        QVERIFY(updated.wait(10000));
        const OutboxBatch s = *outbox.find(b.id);
        QCOMPARE(s.state, OutboxState::Queued);
        QVERIFY2(s.lastError.contains(u"not set up"_qs), qPrintable(s.lastError));
    }

    void credentialsAreInNoFileOutsideTheStore()
    {
        QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        const QString password = QString::fromLatin1(m_marker);
        {
            auto o = office(m_sandbox.baseUrl(), m_sandbox.caPem(), u"admin.marker"_qs, password);
            Outbox outbox(o->session->db());
            const TestBatch b = freshBatch();
            outbox.enqueue(b.manifestBytes, b.parts, {}, QDateTime::currentDateTimeUtc());
            {
                OutboxSenderThread sender(o->session->vault().openWorkerConnection(), fastConfig(),
                                          Clock::system());
                sender.start();
                QVERIFY(waitForState(outbox, b.id, OutboxState::Accepted)); // the password worked
            }
            QCOMPARE(SmdataSettings::load(*o->session).password, password);
            // The audit log says the password changed, never what it is.
            for (const AuditEntry &e : o->session->audit().query({}))
                QVERIFY(!e.details.contains(password));
            const QString dir = o->dir.path();
            o->session.reset();
            QVERIFY(!anyFileUnderContains(dir, m_marker));
        }
        QVERIFY(!anyFileUnderContains(home.path(), m_marker));
        QVERIFY(!anyFileUnderContains(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                      m_marker));
    }
};

QTEST_GUILESS_MAIN(TestSmdataSender)
#include "tst_smdata_sender.moc"
