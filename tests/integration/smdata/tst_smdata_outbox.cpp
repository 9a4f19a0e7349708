// The durable outbox (models/smdata/Outbox, OutboxSender) against the real reference server on loopback:
// batches go from queued to accepted with a verified, stored receipt; faults keep them queued with a next
// attempt; a restart resumes from what the server acknowledged.
#include "SandboxProcess.h"
#include "TestBatch.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "smdata/Gzip.h"
#include "smdata/Outbox.h"
#include "smdata/OutboxSender.h"
#include "smdata/ReceiptVerifier.h"
#include "smdata/SmdataClient.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;
using namespace sinergi::smdata;
using namespace sinergi::test;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);

qint64 secondsUntil(const QDateTime &from, const QDateTime &to)
{
    return from.msecsTo(to) / 1000;
}

} // namespace

class TestSmdataOutbox : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_admin;
    QTemporaryDir m_datagenDir;
    QTemporaryDir m_storeDir;
    TestBatch m_batch;
    int m_storeNumber = 0;

    void setFaults(const QJsonObject &faults) { QCOMPARE(m_admin->setFaults(faults).status, 200); }
    QString newStorePath() { return m_storeDir.filePath(u"store%1.db"_qs.arg(++m_storeNumber)); }
    static Database openStore(const QString &path)
    {
        Database db = Database::open(
            path, fixedKey(), QFile::exists(path) ? Database::Mode::OpenExisting : Database::Mode::Create);
        storeMigrations().migrate(db);
        return db;
    }
    std::unique_ptr<SmdataClient> loggedIn(const QByteArray &ca = {}) const
    {
        auto client = std::make_unique<SmdataClient>(
            ClientConfig{m_sandbox.baseUrl(), ca.isEmpty() ? m_sandbox.caPem() : ca, 10000});
        client->login(u"admin.3373"_qs, u"sandbox-password"_qs);
        return client;
    }
    TestBatch freshBatch()
    {
        TestBatch b = m_batch;
        b.rebuild(8192);
        return b;
    }
    // The sender with a pinned random value (the top of the backoff window unless told) and a manual clock.
    struct Rig
    {
        Database db;
        std::unique_ptr<Outbox> outbox;
        std::unique_ptr<SmdataClient> client;
        ManualClock clock{kStart};
        double random = 0.999;
        std::unique_ptr<OutboxSender> sender;
    };
    std::unique_ptr<Rig> rig(const QString &storePath, std::unique_ptr<SmdataClient> client,
                             BackoffPolicy policy = {1.0, 60.0})
    {
        auto r = std::make_unique<Rig>();
        r->db = openStore(storePath);
        r->outbox = std::make_unique<Outbox>(r->db);
        r->client = std::move(client);
        Rig *raw = r.get();
        r->sender = std::make_unique<OutboxSender>(
            *r->outbox, *r->client, QList<QByteArray>{m_sandbox.publicKey()}, r->clock,
            [raw] { return raw->random; }, policy);
        r->sender->setDecisionWait(50, 200);
        return r;
    }
    int serverCopies(const QString &batchId, const QString &period)
    {
        int n = 0;
        for (const BatchState &s : loggedIn()->batches(period))
            n += s.json.value(u"batch_id"_qs).toString() == batchId ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
        m_admin = std::make_unique<SandboxClient>(m_sandbox.baseUrl(), m_sandbox.caPem());
        QVERIFY(m_datagenDir.isValid() && m_storeDir.isValid());
        m_batch = TestBatch::fromDatagen(m_datagenDir.path(), 300, 8192, u"2025"_qs);
        QVERIFY(m_batch.parts.size() >= 5);
    }

    void init() { setFaults({{u"clear"_qs, true}}); }

    void queuedToAcceptedWithVerifiedReceipt()
    {
        auto r = rig(newStorePath(), loggedIn());
        const TestBatch b = freshBatch();
        r->outbox->enqueue(b.manifestBytes, b.parts, u"test"_qs, r->clock.now());
        r->outbox->enqueue(b.manifestBytes, b.parts, u"test"_qs, r->clock.now()); // the same: no-op
        QCOMPARE(r->outbox->all().size(), 1);
        QCOMPARE(r->outbox->find(b.id)->state, OutboxState::Queued);

        QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::Accepted);
        const OutboxBatch stored = *r->outbox->find(b.id);
        QCOMPARE(stored.state, OutboxState::Accepted);
        QCOMPARE(stored.partsAcknowledged, int(b.parts.size()));
        const QJsonObject receipt = QJsonDocument::fromJson(stored.receipt).object();
        const QJsonObject payload = verifyReceipt(
            receipt, {m_sandbox.publicKey()},
            {b.id, u"33.73"_qs, b.period, stored.manifestSha256, stored.contentSha256, stored.totalBytes});
        QCOMPARE(payload.value(u"state"_qs).toString(), u"accepted"_qs);
        QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::Idle);
        QCOMPARE(serverCopies(b.id, b.period), 1);
    }

    void oneUuidNeverNamesTwoContents()
    {
        auto r = rig(newStorePath(), loggedIn());
        const TestBatch b = freshBatch();
        r->outbox->enqueue(b.manifestBytes, b.parts, {}, r->clock.now());
        TestBatch other = b;
        other.rebuild(16384, true);
        QCOMPARE(codeOf([&] { r->outbox->enqueue(other.manifestBytes, other.parts, {}, r->clock.now()); }),
                 ErrorCode::Conflict);
        QList<QByteArray> damaged = b.parts;
        damaged[1][0] = damaged[1][0] ^ 1;
        TestBatch third = freshBatch();
        QString message;
        QCOMPARE(
            codeOf([&] { r->outbox->enqueue(third.manifestBytes, damaged, {}, r->clock.now()); }, &message),
            ErrorCode::InvalidArgument);
        QVERIFY(!message.isEmpty());
        QCOMPARE(r->outbox->all().size(), 1);
    }

    void restartResumesFromTheServersAcknowledgement()
    {
        const QString path = newStorePath();
        const TestBatch b = freshBatch();
        const int k = 3;
        {
            auto r = rig(path, loggedIn());
            r->outbox->enqueue(b.manifestBytes, b.parts, {}, r->clock.now());
            // The first run "crashes" after parts 0..k-1 were acknowledged: they went out, the row says
            // sending.
            auto client = loggedIn();
            client->putManifest(b.id, b.manifestBytes);
            for (int i = 0; i < k; ++i)
                client->putPart(b.id, i, b.parts.at(i));
            r->outbox->markSending(b.id, k, r->clock.now());
        }
        auto r = rig(path, loggedIn()); // a new process: new store connection, new outbox, new client
        QCOMPARE(r->outbox->find(b.id)->state, OutboxState::Sending);
        const qint64 before = r->client->bytesSent();
        QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::Accepted);
        const qint64 sent = r->client->bytesSent() - before;
        qint64 missingWire = 0, allWire = 0;
        for (int i = 0; i < b.parts.size(); ++i) {
            const qint64 wire = gzip::compress(b.parts.at(i)).size();
            allWire += wire;
            missingWire += i >= k ? wire : 0;
        }
        qInfo("resume: %lld bytes sent (missing parts on the wire %lld, all parts %lld)", sent, missingWire,
              allWire);
        QVERIFY(sent >= missingWire);
        QVERIFY(sent < missingWire + 1024); // only requests without bodies besides the missing parts
        QCOMPARE(serverCopies(b.id, b.period), 1);
    }

    void sameBatchSentTwiceIsOneBatch()
    {
        const TestBatch b = freshBatch();
        auto first = rig(newStorePath(), loggedIn());
        first->outbox->enqueue(b.manifestBytes, b.parts, {}, first->clock.now());
        QCOMPARE(first->sender->runOnce(), OutboxSender::Outcome::Accepted);
        // A second outbox (e.g. restored from a backup taken before the receipt) sends it again.
        auto second = rig(newStorePath(), loggedIn());
        second->outbox->enqueue(b.manifestBytes, b.parts, {}, second->clock.now());
        const qint64 before = second->client->bytesSent();
        QCOMPARE(second->sender->runOnce(), OutboxSender::Outcome::Accepted);
        QVERIFY(second->client->bytesSent() - before < 2048); // GET (+ nothing): no part again
        QCOMPARE(serverCopies(b.id, b.period), 1);
        QCOMPARE(second->outbox->find(b.id)->receipt, first->outbox->find(b.id)->receipt);
    }

    void retryAfterIsHonoured()
    {
        auto r = rig(newStorePath(), loggedIn());
        const TestBatch b = freshBatch();
        r->outbox->enqueue(b.manifestBytes, b.parts, {}, r->clock.now());
        setFaults({{u"rate_limit"_qs, QJsonObject{{u"next"_qs, 1}}}, {u"retry_after_seconds"_qs, 30}});
        r->random = 0.0; // the backoff alone would retry at once
        QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::RetryLater);
        const OutboxBatch waiting = *r->outbox->find(b.id);
        QCOMPARE(waiting.state, OutboxState::Queued);
        QCOMPARE(waiting.attempts, 0); // 429 is neither success nor failure
        QVERIFY(secondsUntil(r->clock.now(), waiting.nextAttemptAt) >= 30);
        QVERIFY(!waiting.lastError.isEmpty());
        r->clock.advanceSeconds(29);
        QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::Idle);
        r->clock.advanceSeconds(1);
        QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::Accepted);
    }

    void serverErrorsBackOffThenSucceed()
    {
        auto r = rig(newStorePath(), loggedIn(), {1.0, 6.0});
        const TestBatch b = freshBatch();
        r->outbox->enqueue(b.manifestBytes, b.parts, {}, r->clock.now());
        setFaults({{u"server_error"_qs, QJsonObject{{u"rate"_qs, 1.0}}}});
        QList<qint64> delays;
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::RetryLater);
            const OutboxBatch s = *r->outbox->find(b.id);
            QCOMPARE(s.attempts, i + 1);
            delays.append(r->clock.now().msecsTo(s.nextAttemptAt));
            r->clock.advanceSeconds(60);
        }
        // random 0.999 of the window min(6, 1 * 2^n): ~1, 2, 4, 6, 6 seconds.
        QCOMPARE(delays, (QList<qint64>{999, 1998, 3996, 5994, 5994}));
        setFaults({{u"clear"_qs, true}});
        QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::Accepted);
        QCOMPARE(serverCopies(b.id, b.period), 1);
    }

    void tokenExpiryIsRefreshedBySender()
    {
        auto r = rig(newStorePath(), loggedIn());
        const TestBatch b = freshBatch();
        r->outbox->enqueue(b.manifestBytes, b.parts, {}, r->clock.now());
        setFaults({{u"expire_tokens_now"_qs, true}});
        QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::Accepted);
    }

    void garbageAndOversizedAnswersKeepTheBatch()
    {
        ClientConfig c{m_sandbox.baseUrl(), m_sandbox.caPem(), 10000, 256 * 1024};
        auto client = std::make_unique<SmdataClient>(c);
        client->login(u"admin.3373"_qs, u"sandbox-password"_qs);
        auto r = rig(newStorePath(), std::move(client));
        const TestBatch b = freshBatch();
        r->outbox->enqueue(b.manifestBytes, b.parts, {}, r->clock.now());
        for (const QJsonObject &fault : {QJsonObject{{u"malformed_json"_qs, QJsonObject{{u"next"_qs, 1}}}},
                                         QJsonObject{{u"oversized_body"_qs, QJsonObject{{u"next"_qs, 1}}},
                                                     {u"oversized_bytes"_qs, 4 << 20}}}) {
            setFaults(fault);
            QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::RetryLater);
            const OutboxBatch s = *r->outbox->find(b.id);
            QVERIFY(!s.finished());
            QVERIFY(!s.lastError.isEmpty());
            QCOMPARE(r->outbox->part(b.id, int(b.parts.size()) - 1), b.parts.last());
            r->clock.advanceSeconds(120);
        }
        QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::Accepted);
        QCOMPARE(serverCopies(b.id, b.period), 1);
    }

    void wrongCaSendsNothingAndKeepsTheBatch()
    {
        SandboxProcess other;
        QVERIFY2(other.start(), qPrintable(other.error()));
        auto r = rig(newStorePath(),
                     std::make_unique<SmdataClient>(ClientConfig{m_sandbox.baseUrl(), other.caPem(), 10000}));
        const TestBatch b = freshBatch();
        r->outbox->enqueue(b.manifestBytes, b.parts, {}, r->clock.now());
        QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::RetryLater);
        QCOMPARE(r->outbox->find(b.id)->state, OutboxState::Queued);
        QVERIFY(r->outbox->find(b.id)->lastError.contains(u"certificate"_qs));
        QVERIFY(!loggedIn()->batch(b.id)); // nothing reached the server
    }

    void unreachableServerKeepsTheBatchQueued()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        auto r = rig(newStorePath(), std::make_unique<SmdataClient>(ClientConfig{
                                         u"https://127.0.0.1:%1"_qs.arg(port), m_sandbox.caPem(), 5000}));
        const TestBatch b = freshBatch();
        r->outbox->enqueue(b.manifestBytes, b.parts, {}, r->clock.now());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r->sender->runOnce(), OutboxSender::Outcome::RetryLater);
            const OutboxBatch s = *r->outbox->find(b.id);
            QCOMPARE(s.state, OutboxState::Queued);
            QVERIFY(s.nextAttemptAt > r->clock.now());
            r->clock.advanceSeconds(3600);
        }
        QCOMPARE(r->outbox->find(b.id)->attempts, 3);
    }
    // 50 submissions under random faults (5xx, 429, reset mid-answer, garbage JSON), then faults off and the
    // outbox drained: every batch is at the server exactly once and the client's state equals the server's.
    void randomizedCampaign()
    {
        const int count = qEnvironmentVariableIntValue("SINERGI_SMDATA_CAMPAIGN") > 0
                              ? qEnvironmentVariableIntValue("SINERGI_SMDATA_CAMPAIGN")
                              : 50;
        auto r = rig(newStorePath(), loggedIn(), {1.0, 600.0});
        r->sender->setDecisionWait(20, 100);
        QRandomGenerator random(20261126);
        r->random = 0.5;
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            const TestBatch b = freshBatch();
            r->outbox->enqueue(b.manifestBytes, b.parts, u"campaign"_qs, r->clock.now());
            ids.append(b.id);
        }
        setFaults({{u"server_error"_qs, QJsonObject{{u"rate"_qs, 0.1}}},
                   {u"rate_limit"_qs, QJsonObject{{u"rate"_qs, 0.05}}},
                   {u"retry_after_seconds"_qs, 1},
                   {u"reset_mid_body"_qs, QJsonObject{{u"rate"_qs, 0.05}}},
                   {u"malformed_json"_qs, QJsonObject{{u"rate"_qs, 0.05}}}});
        QMap<OutboxSender::Outcome, int> outcomes;
        int runs = 0;
        for (int round = 0; round < 6; ++round) {
            for (int i = 0; i < count; ++i) {
                r->random = random.generateDouble();
                ++outcomes[r->sender->runOnce()];
                ++runs;
            }
            r->clock.advanceSeconds(3600);
        }
        setFaults({{u"clear"_qs, true}});
        for (int guard = 0; guard < 20 * count; ++guard) {
            const OutboxSender::Outcome o = r->sender->runOnce();
            ++runs;
            ++outcomes[o];
            if (o == OutboxSender::Outcome::Idle) {
                if (!r->outbox->nextDue(r->clock.now().addSecs(100000)))
                    break;
                r->clock.advanceSeconds(3600);
            }
        }
        QHash<QString, BatchState> server;
        QHash<QString, int> copies;
        for (const BatchState &s : loggedIn()->batches(m_batch.period)) {
            const QString id = s.json.value(u"batch_id"_qs).toString();
            server.insert(id, s);
            ++copies[id];
        }
        int attempts = 0;
        for (const QString &id : std::as_const(ids)) {
            const OutboxBatch mine = *r->outbox->find(id);
            attempts += mine.attempts;
            QCOMPARE(copies.value(id), 1);
            QCOMPARE(outboxStateName(mine.state), server.value(id).state);
            QVERIFY(!mine.receipt.isEmpty());
        }
        qInfo("campaign: %d batches, %d runs, %d failed attempts recorded; outcomes accepted %d, retry %d, "
              "awaiting %d, failed %d, idle %d",
              count, runs, attempts, outcomes[OutboxSender::Outcome::Accepted],
              outcomes[OutboxSender::Outcome::RetryLater], outcomes[OutboxSender::Outcome::AwaitingDecision],
              outcomes[OutboxSender::Outcome::Failed], outcomes[OutboxSender::Outcome::Idle]);
    }
};

QTEST_GUILESS_MAIN(TestSmdataOutbox)
#include "tst_smdata_outbox.moc"
