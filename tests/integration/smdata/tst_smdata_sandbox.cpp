// The reference server (tools/smdata-sandbox) against docs/smdata-protocol.md, over HTTPS on loopback:
// the real binary, driven with QNetworkAccessManager.
#include "SandboxProcess.h"
#include "TestBatch.h"

#include "smdata/Gzip.h"
#include "smdata/ReceiptCrypto.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;

namespace {

QString batchPath(const TestBatch &b)
{
    return u"/api/v1/batches/"_qs + b.id;
}

QList<QPair<QByteArray, QByteArray>> partHeaders(const QByteArray &data)
{
    return {{"Content-Type", "application/octet-stream"},
            {"X-Part-SHA256", QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()}};
}

} // namespace

class TestSmdataSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    QTemporaryDir m_datagenDir;
    TestBatch m_batch;

    HttpResult putPart(const TestBatch &b, int index)
    {
        return m_client->send("PUT", batchPath(b) + u"/parts/%1"_qs.arg(index), b.parts.at(index),
                              partHeaders(b.parts.at(index)));
    }
    HttpResult commit(const TestBatch &b)
    {
        return m_client->sendJson(
            "POST", batchPath(b) + u"/commit"_qs,
            QJsonObject{{u"protocol"_qs, 1}, {u"content_sha256"_qs, b.manifest.value(u"content_sha256"_qs)}});
    }
    // Polls until the batch leaves received/validating (section 8.1).
    QJsonObject waitDecided(const TestBatch &b)
    {
        QJsonObject state;
        for (int i = 0; i < 100; ++i) {
            state = m_client->getJson(batchPath(b)).json();
            const QString s = state.value(u"state"_qs).toString();
            if (s == u"accepted"_qs || s == u"rejected"_qs)
                break;
            QTest::qWait(50);
        }
        return state;
    }
    // Manifest, every part, commit, decision.
    QJsonObject submit(const TestBatch &b)
    {
        const HttpResult m = m_client->send("PUT", batchPath(b), b.manifestBytes);
        if (m.status != 201)
            return m.json();
        for (int i = 0; i < b.parts.size(); ++i)
            putPart(b, i);
        commit(b);
        return waitDecided(b);
    }
    bool receiptVerifies(const QJsonObject &receipt, QByteArray *payloadOut = nullptr)
    {
        const QByteArray payload = QByteArray::fromBase64(receipt.value(u"payload"_qs).toString().toLatin1());
        const QByteArray signature =
            QByteArray::fromBase64(receipt.value(u"signature"_qs).toString().toLatin1());
        if (payloadOut)
            *payloadOut = payload;
        return receipt::verify(payload, signature, m_sandbox.publicKey());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
        m_client = std::make_unique<SandboxClient>(m_sandbox.baseUrl(), m_sandbox.caPem());
        QVERIFY(m_datagenDir.isValid());
        // A few hundred records: 300 job seekers, 90 placements, 30 vacancies; 8 KiB parts.
        m_batch = TestBatch::fromDatagen(m_datagenDir.path(), 300, 8192, u"2025"_qs);
        QVERIFY(m_batch.records >= 300);
        QVERIFY(m_batch.parts.size() >= 5);
    }

    void init()
    {
        m_client->setTrustSandboxCa(true);
        QCOMPARE(m_client->setFaults(QJsonObject{{u"clear"_qs, true}}).status, 200);
        QCOMPARE(m_client->login().status, 200);
    }

    void infoOverVerifiedTls()
    {
        const HttpResult info = m_client->getJson(u"/api/v1/info"_qs);
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().value(u"protocol"_qs).toInt(), 1);
        const QJsonObject key = info.json().value(u"receipt_keys"_qs).toArray().at(0).toObject();
        QCOMPARE(QByteArray::fromBase64(key.value(u"public_key"_qs).toString().toLatin1()),
                 m_sandbox.publicKey());
        QCOMPARE(key.value(u"key_id"_qs).toString(), receipt::keyId(m_sandbox.publicKey()));

        // Without the sandbox CA the certificate does not verify, and nothing is answered.
        m_client->setTrustSandboxCa(false);
        const HttpResult untrusted = m_client->getJson(u"/api/v1/info"_qs);
        QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(untrusted.status, 0);
    }

    void loginAndRefresh()
    {
        QCOMPARE(m_client->login(u"admin.3373"_qs, u"wrong"_qs).errorCode(), u"invalid_credentials"_qs);
        const HttpResult login = m_client->login();
        QCOMPARE(login.status, 200);
        const QJsonObject tokens = login.json();
        QVERIFY(tokens.value(u"access_token"_qs).toString().startsWith(u"at_"_qs));
        QCOMPARE(tokens.value(u"expires_in"_qs).toInt(), 900);
        QCOMPARE(tokens.value(u"user"_qs).toObject().value(u"regency_code"_qs).toString(), u"33.73"_qs);

        const QJsonObject refreshBody{{u"protocol"_qs, 1},
                                      {u"refresh_token"_qs, tokens.value(u"refresh_token"_qs)}};
        const HttpResult refreshed = m_client->sendJson("POST", u"/api/v1/auth/refresh"_qs, refreshBody);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(refreshed.json().value(u"access_token"_qs) != tokens.value(u"access_token"_qs));
        // The refresh token is rotated: the used one is refused.
        const HttpResult again = m_client->sendJson("POST", u"/api/v1/auth/refresh"_qs, refreshBody);
        QCOMPARE(again.status, 401);
        QCOMPARE(again.errorCode(), u"refresh_invalid"_qs);
        m_client->setAccessToken(refreshed.json().value(u"access_token"_qs).toString());
        QCOMPARE(m_client->getJson(u"/api/v1/templates"_qs).status, 200);
    }

    void tokensAreRequired()
    {
        m_client->setAccessToken({});
        const HttpResult missing = m_client->getJson(u"/api/v1/templates"_qs);
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.errorCode(), u"token_missing"_qs);
        QCOMPARE(missing.json().value(u"error"_qs).toObject().value(u"retryable"_qs).toBool(), false);
        m_client->setAccessToken(u"at_forged"_qs);
        QCOMPARE(m_client->getJson(u"/api/v1/templates"_qs).errorCode(), u"token_invalid"_qs);
    }

    void tokenExpirySwitch()
    {
        QCOMPARE(m_client->getJson(u"/api/v1/templates"_qs).status, 200);
        QCOMPARE(m_client->setFaults(QJsonObject{{u"expire_tokens_now"_qs, true}}).status, 200);
        const HttpResult expired = m_client->getJson(u"/api/v1/templates"_qs);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), u"token_expired"_qs);
        QVERIFY(expired.header("WWW-Authenticate").contains("invalid_token"));
        // A short lifetime set through the admin endpoint expires tokens on its own.
        QCOMPARE(m_client->setFaults(QJsonObject{{u"access_ttl_seconds"_qs, 1}}).status, 200);
        QCOMPARE(m_client->login().status, 200);
        QCOMPARE(m_client->getJson(u"/api/v1/templates"_qs).status, 200);
        QTest::qWait(2100);
        QCOMPARE(m_client->getJson(u"/api/v1/templates"_qs).errorCode(), u"token_expired"_qs);
        QCOMPARE(m_client->setFaults(QJsonObject{{u"access_ttl_seconds"_qs, 900}}).status, 200);
    }

    void templates()
    {
        const HttpResult list = m_client->getJson(u"/api/v1/templates"_qs);
        QCOMPARE(list.status, 200);
        QStringList ids;
        for (const QJsonValue &t : list.json().value(u"templates"_qs).toArray()) {
            ids << t.toObject().value(u"dataset_id"_qs).toString();
            QCOMPARE(t.toObject().value(u"sha256"_qs).toString().size(), 64);
        }
        QVERIFY2(ids.contains(u"penempatan"_qs) && ids.contains(u"pencari_kerja"_qs),
                 qPrintable(ids.join(u',')));

        const HttpResult one = m_client->getJson(u"/api/v1/templates/penempatan"_qs);
        QCOMPARE(one.status, 200);
        // The payload is the dataset-template JSON itself (resources/datasets).
        QFile file(QStringLiteral(SINERGI_SOURCE_DIR "/resources/datasets/penempatan.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(one.json().value(u"template"_qs).toObject(),
                 QJsonDocument::fromJson(file.readAll()).object());
        const QByteArray compact =
            QJsonDocument(one.json().value(u"template"_qs).toObject()).toJson(QJsonDocument::Compact);
        QCOMPARE(one.json().value(u"sha256"_qs).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(compact, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(m_client->getJson(u"/api/v1/templates/nope"_qs).errorCode(), u"not_found"_qs);
    }

    void requestsAreChecked()
    {
        QCOMPARE(m_client->send("POST", u"/api/v1/auth/login"_qs, "{not json").errorCode(),
                 u"malformed_json"_qs);
        QCOMPARE(m_client->sendJson("POST", u"/api/v1/auth/login"_qs, QJsonObject{{u"protocol"_qs, 2}})
                     .errorCode(),
                 u"unsupported_protocol"_qs);
        QCOMPARE(m_client->getJson(u"/api/v2/info"_qs).status, 404);
        QCOMPARE(m_client->send("DELETE", u"/api/v1/templates"_qs).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSmdataSandbox)
#include "tst_smdata_sandbox.moc"
