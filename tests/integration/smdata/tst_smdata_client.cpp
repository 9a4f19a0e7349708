// The SMData client (models/smdata/SmdataClient, ReceiptVerifier) against the real reference server on
// loopback: every protocol failure becomes an SmdataError of the right kind with a translated message.
#include "SandboxProcess.h"
#include "TestBatch.h"

#include "smdata/ReceiptVerifier.h"
#include "smdata/SmdataClient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sinergi;
using namespace sinergi::smdata;

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ReceiptExpectation expectationFor(const TestBatch &b)
{
    return {b.id,
            u"33.73"_qs,
            b.period,
            sha256Hex(b.manifestBytes),
            b.manifest.value(u"content_sha256"_qs).toString(),
            qint64(b.content.size())};
}

} // namespace

class TestSmdataClient : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_admin; // only for the sandbox's fault switches
    QTemporaryDir m_datagenDir;
    TestBatch m_batch;

    ClientConfig config() const { return {m_sandbox.baseUrl(), m_sandbox.caPem(), 10000}; }
    std::unique_ptr<SmdataClient> loggedIn() const
    {
        auto client = std::make_unique<SmdataClient>(config());
        client->login(u"admin.3373"_qs, u"sandbox-password"_qs);
        return client;
    }
    void setFaults(const QJsonObject &faults) { QCOMPARE(m_admin->setFaults(faults).status, 200); }
    // Calls f and returns the SmdataError it throws (fails the test when it throws nothing).
    template <typename F> std::optional<SmdataError> failureOf(F f)
    {
        try {
            f();
        } catch (const SmdataError &e) {
            return e;
        }
        return std::nullopt;
    }
    BatchState waitDecided(SmdataClient &client, const QString &id)
    {
        QElapsedTimer timer;
        timer.start();
        BatchState s;
        while (timer.elapsed() < 10000) {
            s = *client.batch(id);
            if (s.decided())
                break;
            QTest::qWait(50);
        }
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
        m_admin = std::make_unique<SandboxClient>(m_sandbox.baseUrl(), m_sandbox.caPem());
        QVERIFY(m_datagenDir.isValid());
        m_batch = TestBatch::fromDatagen(m_datagenDir.path(), 300, 8192, u"2025"_qs);
        QVERIFY(m_batch.parts.size() >= 5);
    }

    void init() { setFaults({{u"clear"_qs, true}}); }

    void submitAndVerifyReceipt()
    {
        auto client = loggedIn();
        QCOMPARE(client->session().regencyCode, u"33.73"_qs);
        QVERIFY(!client->templates().isEmpty());
        TestBatch b = m_batch;
        b.rebuild(8192);
        const BatchState opened = client->putManifest(b.id, b.manifestBytes);
        QVERIFY(opened.created);
        QCOMPARE(opened.missingParts.size(), b.parts.size());
        for (int i = 0; i < b.parts.size(); ++i)
            QCOMPARE(client->putPart(b.id, i, b.parts.at(i)).lastAcknowledgedPart, i);
        client->commit(b.id, b.manifest.value(u"content_sha256"_qs).toString());
        const BatchState decided = waitDecided(*client, b.id);
        QCOMPARE(decided.state, u"accepted"_qs);
        const QJsonObject receipt = decided.json.value(u"receipt"_qs).toObject();
        const QJsonObject payload = verifyReceipt(receipt, {m_sandbox.publicKey()}, expectationFor(b));
        QCOMPARE(payload.value(u"state"_qs).toString(), u"accepted"_qs);

        // Someone else's batch, a wrong key, a tampered payload: all refused.
        ReceiptExpectation other = expectationFor(b);
        other.manifestSha256 = sha256Hex("another manifest");
        auto e = failureOf([&] { verifyReceipt(receipt, {m_sandbox.publicKey()}, other); });
        QVERIFY(e);
        QCOMPARE(e->kind(), FailureKind::ReceiptInvalid);
        QVERIFY(!e->userMessage().isEmpty());
        QVERIFY(failureOf([&] { verifyReceipt(receipt, {QByteArray(32, 'k')}, expectationFor(b)); }));
        QJsonObject tampered = receipt;
        QByteArray p = QByteArray::fromBase64(receipt.value(u"payload"_qs).toString().toLatin1());
        p.replace("\"accepted\"", "\"rejected\"");
        tampered.insert(u"payload"_qs, QString::fromLatin1(p.toBase64()));
        QVERIFY(failureOf([&] { verifyReceipt(tampered, {m_sandbox.publicKey()}, expectationFor(b)); }));

        // The same manifest again: 200 with the final state; nothing new at the server.
        const BatchState again = client->putManifest(b.id, b.manifestBytes);
        QVERIFY(!again.created);
        QCOMPARE(again.state, u"accepted"_qs);
    }

    void resumeSendsOnlyMissingParts()
    {
        TestBatch b = m_batch;
        b.rebuild(8192);
        {
            auto first = loggedIn();
            first->putManifest(b.id, b.manifestBytes);
            for (int i = 0; i < 3; ++i)
                first->putPart(b.id, i, b.parts.at(i));
        }
        auto second = loggedIn();
        const std::optional<BatchState> state = second->batch(b.id);
        QVERIFY(state);
        QCOMPARE(state->lastAcknowledgedPart, 2);
        QCOMPARE(state->missingParts.size(), b.parts.size() - 3);
        const qint64 before = second->bytesSent();
        for (int i : state->missingParts)
            second->putPart(b.id, i, b.parts.at(i));
        QCOMPARE(second->commit(b.id, b.manifest.value(u"content_sha256"_qs).toString()).missingParts.size(),
                 0);
        QCOMPARE(waitDecided(*second, b.id).state, u"accepted"_qs);
        QVERIFY(second->bytesSent() > before);
        QVERIFY(!second->batch(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    }

    void differentManifestUnderTheSameIdIsAConflict()
    {
        auto client = loggedIn();
        TestBatch b = m_batch;
        b.rebuild(8192);
        client->putManifest(b.id, b.manifestBytes);
        TestBatch other = b;
        other.rebuild(16384, true);
        auto e = failureOf([&] { client->putManifest(b.id, other.manifestBytes); });
        QVERIFY(e);
        QCOMPARE(e->kind(), FailureKind::Conflict);
        QCOMPARE(e->protocolCode(), u"batch_conflict"_qs);
        QCOMPARE(e->httpStatus(), 409);
        QVERIFY(!e->retryable());
    }

    void rateLimitExposesRetryAfter()
    {
        auto client = loggedIn();
        setFaults({{u"rate_limit"_qs, QJsonObject{{u"next"_qs, 1}}}, {u"retry_after_seconds"_qs, 7}});
        auto e = failureOf([&] { client->templates(); });
        QVERIFY(e);
        QCOMPARE(e->kind(), FailureKind::RateLimited);
        QCOMPARE(e->retryAfterSeconds(), 7);
        QVERIFY(e->retryable());
        QVERIFY(e->userMessage().contains(u"7"_qs));
        QVERIFY(!client->templates().isEmpty());
    }

    void serverErrorIsRetryable()
    {
        auto client = loggedIn();
        setFaults({{u"server_error"_qs, QJsonObject{{u"next"_qs, 1}}}});
        auto e = failureOf([&] { client->templates(); });
        QVERIFY(e);
        QCOMPARE(e->kind(), FailureKind::Server);
        QCOMPARE(e->httpStatus(), 503);
        QVERIFY(e->retryable());
    }

    void expiredTokenIsRefreshedOnceMidUpload()
    {
        auto client = loggedIn();
        TestBatch b = m_batch;
        b.rebuild(8192);
        client->putManifest(b.id, b.manifestBytes);
        client->putPart(b.id, 0, b.parts.at(0));
        const QString oldRefresh = client->session().refreshToken;
        setFaults({{u"expire_tokens_now"_qs, true}});
        const int before = client->requestCount();
        QCOMPARE(client->putPart(b.id, 1, b.parts.at(1)).lastAcknowledgedPart, 1);
        QCOMPARE(client->requestCount() - before, 3);          // refused part, refresh, part again
        QVERIFY(client->session().refreshToken != oldRefresh); // rotated

        // A refresh token the server does not know: one refresh attempt, then a log-in is asked for.
        Session broken = client->session();
        broken.refreshToken = u"rt_unknown"_qs;
        client->setSession(broken);
        setFaults({{u"expire_tokens_now"_qs, true}});
        auto e = failureOf([&] { client->putPart(b.id, 2, b.parts.at(2)); });
        QVERIFY(e);
        QCOMPARE(e->kind(), FailureKind::Credentials);
        QVERIFY(!e->retryable());
    }

    void wrongPasswordIsCredentials()
    {
        SmdataClient client(config());
        auto e = failureOf([&] { client.login(u"admin.3373"_qs, u"wrong"_qs); });
        QVERIFY(e);
        QCOMPARE(e->protocolCode(), u"invalid_credentials"_qs);
        QCOMPARE(e->kind(), FailureKind::Credentials);
    }

    void garbageAnswerIsBadAnswer()
    {
        auto client = loggedIn();
        setFaults({{u"malformed_json"_qs, QJsonObject{{u"next"_qs, 1}}}});
        auto e = failureOf([&] { client->templates(); });
        QVERIFY(e);
        QCOMPARE(e->kind(), FailureKind::BadAnswer);
        QVERIFY(e->retryable());
    }

    void oversizedAnswerIsCut()
    {
        ClientConfig c = config();
        c.maxAnswerBytes = 256 * 1024;
        SmdataClient client(c);
        client.login(u"admin.3373"_qs, u"sandbox-password"_qs);
        setFaults(
            {{u"oversized_body"_qs, QJsonObject{{u"next"_qs, 1}}}, {u"oversized_bytes"_qs, 8 * 1024 * 1024}});
        auto e = failureOf([&] { client.templates(); });
        QVERIFY(e);
        QCOMPARE(e->kind(), FailureKind::BadAnswer);
        QCOMPARE(e->protocolCode(), u"oversized_answer"_qs);
        QVERIFY(!client.templates().isEmpty());
    }

    void connectionResetIsTransport()
    {
        auto client = loggedIn();
        setFaults({{u"reset_mid_body"_qs, QJsonObject{{u"next"_qs, 1}}}});
        auto e = failureOf([&] { client->templates(); });
        QVERIFY(e);
        QCOMPARE(e->kind(), FailureKind::Transport);
        QVERIFY(e->retryable());
    }

    void wrongCaSendsNothing()
    {
        ClientConfig c = config();
        QTemporaryDir otherDir;
        SandboxProcess other;
        QVERIFY2(other.start(), qPrintable(other.error()));
        c.caBundlePem = other.caPem(); // trust another sandbox's CA only
        SmdataClient client(c);
        auto e = failureOf([&] { client.login(u"admin.3373"_qs, u"sandbox-password"_qs); });
        QVERIFY(e);
        QCOMPARE(e->kind(), FailureKind::Tls);
        QVERIFY(client.session().accessToken.isEmpty());
    }

    void closedPortIsTransport()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        SmdataClient client({u"https://127.0.0.1:%1"_qs.arg(port), m_sandbox.caPem(), 5000});
        auto e = failureOf([&] { client.login(u"admin.3373"_qs, u"sandbox-password"_qs); });
        QVERIFY(e);
        QCOMPARE(e->kind(), FailureKind::Transport);
        QVERIFY(e->retryable());
        QVERIFY(e->userMessage().contains(u"outbox"_qs));
    }

    void plainHttpIsRefused()
    {
        SmdataClient client({u"http://127.0.0.1:%1"_qs.arg(m_sandbox.port()), {}, 5000});
        auto e = failureOf([&] { client.login(u"admin.3373"_qs, u"sandbox-password"_qs); });
        QVERIFY(e);
        QCOMPARE(e->kind(), FailureKind::Tls);
    }
};

QTEST_GUILESS_MAIN(TestSmdataClient)
#include "tst_smdata_client.moc"
