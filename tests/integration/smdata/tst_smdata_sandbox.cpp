// The reference server (tools/smdata-sandbox) against docs/smdata-protocol.md, over HTTPS on loopback:
// the real binary, driven with QNetworkAccessManager.
#include "CsvTable.h"
#include "SandboxProcess.h"
#include "TestBatch.h"

#include "smdata/Gzip.h"
#include "smdata/ReceiptCrypto.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

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
    QJsonObject waitDecided(const TestBatch &b, int timeoutMs = 5000)
    {
        QJsonObject state;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
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

    void anotherCaIsRefused()
    {
        // A second sandbox has its own CA: trusting that one does not make this server trusted.
        SandboxProcess other;
        QVERIFY2(other.start(), qPrintable(other.error()));
        QVERIFY(other.caPem() != m_sandbox.caPem());
        SandboxClient wrongCa(m_sandbox.baseUrl(), other.caPem());
        const HttpResult refused = wrongCa.getJson(u"/api/v1/info"_qs);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
        SandboxClient rightCa(other.baseUrl(), other.caPem());
        QCOMPARE(rightCa.getJson(u"/api/v1/info"_qs).status, 200);
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
        // "clear" restores the lifetime given at start, too.
        QCOMPARE(m_client->setFaults(QJsonObject{{u"clear"_qs, true}})
                     .json()
                     .value(u"access_ttl_seconds"_qs)
                     .toInt(),
                 900);
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

    // --- batches (section 7, 8) ---

    void batchInPartsResumesFromMissingPart()
    {
        const TestBatch &b = m_batch;
        const HttpResult created = m_client->send("PUT", batchPath(b), b.manifestBytes);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"state"_qs).toString(), u"open"_qs);
        QCOMPARE(created.json().value(u"missing_parts"_qs).toArray().size(), b.parts.size());
        QCOMPARE(created.json().value(u"last_acknowledged_part"_qs).toInt(), -1);

        // Every part but index 2 (as if the connection died there and the client went on).
        for (int i = 0; i < b.parts.size(); ++i) {
            if (i == 2)
                continue;
            const HttpResult part = putPart(b, i);
            QCOMPARE(part.status, 200);
            QVERIFY(part.json().value(u"acknowledged"_qs).toBool());
        }
        const HttpResult early = commit(b);
        QCOMPARE(early.status, 409);
        QCOMPARE(early.errorCode(), u"parts_missing"_qs);
        QCOMPARE(early.json()
                     .value(u"error"_qs)
                     .toObject()
                     .value(u"details"_qs)
                     .toObject()
                     .value(u"missing_parts"_qs)
                     .toArray(),
                 QJsonArray{2});

        // The client asks where to resume.
        const QJsonObject state = m_client->getJson(batchPath(b)).json();
        QCOMPARE(state.value(u"last_acknowledged_part"_qs).toInt(), 1);
        QCOMPARE(state.value(u"missing_parts"_qs).toArray(), QJsonArray{2});
        QCOMPARE(state.value(u"parts_acknowledged"_qs).toInt(), b.parts.size() - 1);

        // A part sent twice is acknowledged twice and stored once.
        QCOMPARE(putPart(b, 0).status, 200);
        QCOMPARE(m_client->getJson(batchPath(b)).json().value(u"parts_acknowledged"_qs).toInt(),
                 b.parts.size() - 1);

        QCOMPARE(putPart(b, 2).status, 200);
        const HttpResult committed = commit(b);
        QCOMPARE(committed.status, 202);
        const QString afterCommit = committed.json().value(u"state"_qs).toString();
        QVERIFY2(afterCommit == u"received"_qs || afterCommit == u"validating"_qs, qPrintable(afterCommit));

        const QJsonObject decided = waitDecided(b);
        QVERIFY2(decided.value(u"state"_qs).toString() == u"accepted"_qs,
                 QJsonDocument(decided.value(u"errors"_qs).toArray()).toJson().left(2000).constData());
        QCOMPARE(decided.value(u"received_bytes"_qs).toInteger(), b.content.size());
        qint64 records = 0;
        for (const QJsonValue &d : decided.value(u"datasets"_qs).toArray()) {
            records += d.toObject().value(u"records"_qs).toInteger();
            QCOMPARE(d.toObject().value(u"rejected_records"_qs).toInt(), 0);
        }
        QCOMPARE(records, b.records);
        // Committing again changes nothing.
        const HttpResult recommit = commit(b);
        QCOMPARE(recommit.status, 200);
        QCOMPARE(recommit.json().value(u"state"_qs).toString(), u"accepted"_qs);
    }

    void sameBatchTwiceIsOneBatch()
    {
        const TestBatch &b = m_batch; // accepted by the previous test
        const HttpResult again = m_client->send("PUT", batchPath(b), b.manifestBytes);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"state"_qs).toString(), u"accepted"_qs);
        QVERIFY(again.json().contains(u"receipt"_qs));
        // Member order does not matter: the same manifest re-serialised is the same manifest.
        QCOMPARE(m_client->sendJson("PUT", batchPath(b), b.manifest).status, 200);

        TestBatch other = b;
        other.manifest.insert(u"period"_qs, u"2024"_qs);
        const HttpResult conflict = m_client->sendJson("PUT", batchPath(b), other.manifest);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), u"batch_conflict"_qs);

        const HttpResult list = m_client->getJson(u"/api/v1/batches?period=2025"_qs);
        QCOMPARE(list.status, 200);
        int seen = 0;
        for (const QJsonValue &v : list.json().value(u"batches"_qs).toArray()) {
            if (v.toObject().value(u"batch_id"_qs).toString() == b.id) {
                ++seen;
                QCOMPARE(v.toObject().value(u"period"_qs).toString(), u"2025"_qs);
            }
        }
        QCOMPARE(seen, 1);
    }

    void rejectedBatchNamesTheRecords()
    {
        // Replace a placement's type by a code that is not in the list.
        const QStringList lines = m_batch.lines();
        qsizetype index = -1;
        for (qsizetype i = 0; i < lines.size() && index < 0; ++i) {
            if (lines.at(i).contains(u"\"dataset\":\"penempatan\""_qs))
                index = i;
        }
        QVERIFY(index >= 0);
        QJsonObject line = QJsonDocument::fromJson(lines.at(index).toUtf8()).object();
        QJsonObject record = line.value(u"record"_qs).toObject();
        record.insert(u"jenis_penempatan"_qs, u"AKX"_qs);
        line.insert(u"record"_qs, record);
        const TestBatch bad = m_batch.withLine(index, QJsonDocument(line).toJson(QJsonDocument::Compact));

        const QJsonObject decided = submit(bad);
        QCOMPARE(decided.value(u"state"_qs).toString(), u"rejected"_qs);
        QCOMPARE(decided.value(u"error_count"_qs).toInt(), 1);
        const QJsonObject error = decided.value(u"errors"_qs).toArray().at(0).toObject();
        QCOMPARE(error.value(u"dataset"_qs).toString(), u"penempatan"_qs);
        QCOMPARE(error.value(u"line"_qs).toInteger(), index + 1);
        QCOMPARE(error.value(u"field"_qs).toString(), u"jenis_penempatan"_qs);
        QCOMPARE(error.value(u"code"_qs).toString(), u"code"_qs);
        QVERIFY(!error.value(u"message"_qs).toString().isEmpty());
        QCOMPARE(error.value(u"natural_key"_qs).toObject().value(u"tanggal_penempatan"_qs),
                 record.value(u"tanggal_penempatan"_qs));
        for (const QJsonValue &d : decided.value(u"datasets"_qs).toArray()) {
            const bool placements = d.toObject().value(u"dataset_id"_qs).toString() == u"penempatan"_qs;
            QCOMPARE(d.toObject().value(u"rejected_records"_qs).toInt(), placements ? 1 : 0);
        }
        const HttpResult paged = m_client->getJson(batchPath(bad) + u"/errors?offset=0&limit=10"_qs);
        QCOMPARE(paged.status, 200);
        QCOMPARE(paged.json().value(u"total"_qs).toInt(), 1);
        QCOMPARE(paged.json().value(u"errors"_qs).toArray().at(0).toObject(), error);
    }

    // The sandbox checks records on two threads and then merges: errors must still come in line order,
    // a duplicate is found whichever half its first occurrence was in, and a malformed line is named.
    void duplicatesAndMalformedLinesInLineOrder()
    {
        const QStringList lines = m_batch.lines();
        QList<qsizetype> jobSeekers;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).contains(u"\"dataset\":\"pencari_kerja\""_qs))
                jobSeekers << i;
        }
        QVERIFY(jobSeekers.size() >= 10);
        const qsizetype first = jobSeekers.first(), late = jobSeekers.at(jobSeekers.size() - 2);
        const qsizetype middle = jobSeekers.at(jobSeekers.size() / 2);
        // The last job seeker repeats the first one (other half), a middle line is not JSON.
        TestBatch bad = m_batch.withLine(late, lines.at(first).toUtf8());
        bad = bad.withLine(middle, QByteArrayLiteral("{\"dataset\": \"pencari_kerja\", \"record\": [oops"));

        const QJsonObject decided = submit(bad);
        QCOMPARE(decided.value(u"state"_qs).toString(), u"rejected"_qs);
        const QJsonArray errors = decided.value(u"errors"_qs).toArray();
        // The malformed line is not a record, so the manifest's count no longer matches either.
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(2).toObject().value(u"code"_qs).toString(), u"count_mismatch"_qs);
        QCOMPARE(errors.at(0).toObject().value(u"code"_qs).toString(), u"malformed_line"_qs);
        QCOMPARE(errors.at(0).toObject().value(u"line"_qs).toInteger(), middle + 1);
        QCOMPARE(errors.at(1).toObject().value(u"code"_qs).toString(), u"duplicate_natural_key"_qs);
        QCOMPARE(errors.at(1).toObject().value(u"line"_qs).toInteger(), late + 1);
        for (const QJsonValue &d : decided.value(u"datasets"_qs).toArray()) {
            const bool seekers = d.toObject().value(u"dataset_id"_qs).toString() == u"pencari_kerja"_qs;
            QCOMPARE(d.toObject().value(u"rejected_records"_qs).toInt(), seekers ? 1 : 0);
        }
    }

    void withheldAndPseudonymisedFieldsAreChecked()
    {
        QStringList lines = m_batch.lines();
        qsizetype index = -1;
        for (qsizetype i = 0; i < lines.size() && index < 0; ++i) {
            if (lines.at(i).contains(u"\"dataset\":\"pencari_kerja\""_qs))
                index = i;
        }
        QJsonObject line = QJsonDocument::fromJson(lines.at(index).toUtf8()).object();
        QJsonObject record = line.value(u"record"_qs).toObject();
        record.insert(u"nama"_qs, u"Budi Contoh"_qs);     // withheld: must not leave the machine
        record.insert(u"nik"_qs, u"3373010101900001"_qs); // pseudonymised: a clear NIK is refused
        line.insert(u"record"_qs, record);
        const TestBatch bad = m_batch.withLine(index, QJsonDocument(line).toJson(QJsonDocument::Compact));
        const QJsonObject decided = submit(bad);
        QCOMPARE(decided.value(u"state"_qs).toString(), u"rejected"_qs);
        QStringList codes;
        for (const QJsonValue &e : decided.value(u"errors"_qs).toArray())
            codes << e.toObject().value(u"field"_qs).toString() + u'/' +
                         e.toObject().value(u"code"_qs).toString();
        codes.sort();
        QCOMPARE(codes, (QStringList{u"nama/withheld_field_present"_qs, u"nik/pseudonym_format"_qs}));
    }

    void partsAndManifestsAreChecked()
    {
        TestBatch b = m_batch;
        b.rebuild(8192);
        QCOMPARE(m_client->send("PUT", batchPath(b), b.manifestBytes).status, 201);
        // Corrupted in transit: the body does not match its own header. Retryable.
        QByteArray corrupted = b.parts.at(0);
        corrupted[10] = corrupted[10] ^ 0x20;
        const HttpResult mismatch =
            m_client->send("PUT", batchPath(b) + u"/parts/0"_qs, corrupted, partHeaders(b.parts.at(0)));
        QCOMPARE(mismatch.status, 422);
        QCOMPARE(mismatch.errorCode(), u"part_hash_mismatch"_qs);
        QCOMPARE(mismatch.json().value(u"error"_qs).toObject().value(u"retryable"_qs).toBool(), true);
        // Consistent with its header but not with the manifest.
        const HttpResult conflict =
            m_client->send("PUT", batchPath(b) + u"/parts/0"_qs, corrupted, partHeaders(corrupted));
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), u"part_conflict"_qs);
        QCOMPARE(
            m_client->send("PUT", batchPath(b) + u"/parts/9999"_qs, b.parts.at(0), partHeaders(b.parts.at(0)))
                .status,
            404);
        QCOMPARE(m_client->getJson(batchPath(b)).json().value(u"parts_acknowledged"_qs).toInt(), 0);
        // Unknown batch.
        QCOMPARE(m_client->getJson(u"/api/v1/batches/00000000-0000-4000-8000-000000000000"_qs).status, 404);

        // Manifests: another regency, a bad period, parts that do not add up.
        TestBatch other = m_batch;
        other.rebuild(8192);
        QJsonObject m = other.manifest;
        m.insert(u"regency_code"_qs, u"33.22"_qs);
        QCOMPARE(m_client->sendJson("PUT", batchPath(other), m).errorCode(), u"forbidden"_qs);
        m = other.manifest;
        m.insert(u"period"_qs, u"2025-13"_qs);
        QCOMPARE(m_client->sendJson("PUT", batchPath(other), m).errorCode(), u"manifest_invalid"_qs);
        m = other.manifest;
        m.insert(u"total_bytes"_qs, other.content.size() + 1);
        QCOMPARE(m_client->sendJson("PUT", batchPath(other), m).errorCode(), u"manifest_invalid"_qs);
        // None of those created the batch.
        QCOMPARE(m_client->getJson(batchPath(other)).status, 404);
    }

    void gzipBodiesAndSizeLimits()
    {
        TestBatch b = m_batch;
        b.rebuild(64 * 1024);
        const QList<QPair<QByteArray, QByteArray>> gz{{"Content-Encoding", "gzip"}};
        QCOMPARE(m_client
                     ->send("PUT", batchPath(b), gzip::compress(b.manifestBytes),
                            {{"Content-Encoding", "gzip"}, {"Content-Type", "application/json"}})
                     .status,
                 201);
        for (int i = 0; i < b.parts.size(); ++i) {
            auto headers = partHeaders(b.parts.at(i));
            headers.append(gz.first());
            QCOMPARE(m_client
                         ->send("PUT", batchPath(b) + u"/parts/%1"_qs.arg(i), gzip::compress(b.parts.at(i)),
                                headers)
                         .status,
                     200);
        }
        QCOMPARE(commit(b).status, 202);
        QCOMPARE(waitDecided(b).value(u"state"_qs).toString(), u"accepted"_qs);

        // A gzip bomb (40 MiB of zeros in a few kB) stops at the decoded limit.
        const QByteArray bomb = gzip::compress(QByteArray(40 * 1024 * 1024, '\0'), 9);
        QVERIFY(bomb.size() < 100 * 1024);
        const HttpResult bombed = m_client->send("PUT", u"/api/v1/batches/%1/parts/0"_qs.arg(b.id), bomb, gz);
        QCOMPARE(bombed.status, 413);
        QCOMPARE(bombed.errorCode(), u"payload_too_large"_qs);
        // A body above 8 MiB on the wire.
        const HttpResult big =
            m_client->send("PUT", batchPath(b) + u"/parts/0"_qs, QByteArray(9 * 1024 * 1024, 'a'));
        QCOMPARE(big.status, 413);
        QCOMPARE(big.json()
                     .value(u"error"_qs)
                     .toObject()
                     .value(u"details"_qs)
                     .toObject()
                     .value(u"limit_bytes"_qs)
                     .toInteger(),
                 8 * 1024 * 1024);
        // Some other coding.
        QCOMPARE(m_client->send("PUT", batchPath(b), b.manifestBytes, {{"Content-Encoding", "br"}}).status,
                 415);
    }

    void partsInParallel()
    {
        TestBatch b = m_batch;
        b.rebuild(4096);
        QCOMPARE(m_client->send("PUT", batchPath(b), b.manifestBytes).status, 201);
        // Every part at once, over QNetworkAccessManager's parallel connections.
        QList<QNetworkReply *> replies = m_client->sendAsync(b, partHeaders);
        QVERIFY(replies.size() == b.parts.size());
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        QCOMPARE(commit(b).status, 202);
        QCOMPARE(waitDecided(b).value(u"state"_qs).toString(), u"accepted"_qs);
    }

    void garbageRequestsAreAnsweredNotFatal()
    {
        TestBatch b = m_batch;
        b.rebuild(8192);
        const QString path = batchPath(b);
        QCOMPARE(m_client->send("PUT", path, "[1,2,3]").errorCode(), u"malformed_json"_qs);
        QCOMPARE(m_client->send("PUT", path, QByteArray("\xff\xfe{\"protocol\":1}")).errorCode(),
                 u"malformed_json"_qs);
        QJsonObject m = b.manifest;
        m.insert(u"datasets"_qs, QJsonArray{QJsonObject{{u"dataset_id"_qs, u"lowongan"_qs},
                                                        {u"template_version"_qs, 1},
                                                        {u"records"_qs, u"many"_qs}}});
        QCOMPARE(m_client->sendJson("PUT", path, m).errorCode(), u"manifest_invalid"_qs);
        m = b.manifest;
        m.insert(u"parts"_qs, u"all of them"_qs);
        QCOMPARE(m_client->sendJson("PUT", path, m).errorCode(), u"manifest_invalid"_qs);
        m = b.manifest;
        m.insert(u"part_size"_qs, 64 * 1024 * 1024);
        QCOMPARE(m_client->sendJson("PUT", path, m).status, 413);
        QCOMPARE(m_client->send("PUT", u"/api/v1/batches/not-a-uuid"_qs, b.manifestBytes).errorCode(),
                 u"manifest_invalid"_qs);
        QCOMPARE(m_client->send("PUT", path, b.manifestBytes).status, 201);
        QCOMPARE(m_client->send("PUT", path + u"/parts/abc"_qs, "x", partHeaders("x")).status, 404);
        QCOMPARE(m_client->send("PUT", path + u"/parts/-1"_qs, "x", partHeaders("x")).status, 404);
        QCOMPARE(m_client->send("PUT", path + u"/parts/0"_qs, b.parts.at(0)).errorCode(),
                 u"invalid_request"_qs);
        QCOMPARE(
            m_client->sendJson("POST", path + u"/commit"_qs, QJsonObject{{u"protocol"_qs, 1}}).errorCode(),
            u"parts_missing"_qs);
        for (int i = 0; i < b.parts.size(); ++i)
            QCOMPARE(putPart(b, i).status, 200);
        QCOMPARE(
            m_client->sendJson("POST", path + u"/commit"_qs, QJsonObject{{u"protocol"_qs, 1}}).errorCode(),
            u"content_hash_mismatch"_qs);
        QCOMPARE(m_client->getJson(path).json().value(u"state"_qs).toString(), u"open"_qs);
        QCOMPARE(m_client->getJson(path + u"/errors?offset=-5&limit=999999"_qs).status, 200);
        // Still serving.
        QCOMPARE(m_client->getJson(u"/api/v1/info"_qs).status, 200);
    }

    // --- receipts (section 9) ---

    void receiptVerifiesAndDetectsTampering()
    {
        TestBatch b = m_batch;
        b.rebuild(16 * 1024);
        const QJsonObject decided = submit(b);
        QCOMPARE(decided.value(u"state"_qs).toString(), u"accepted"_qs);
        const QJsonObject r = decided.value(u"receipt"_qs).toObject();
        QCOMPARE(r.value(u"algorithm"_qs).toString(), u"ed25519"_qs);
        QCOMPARE(r.value(u"key_id"_qs).toString(), receipt::keyId(m_sandbox.publicKey()));
        QByteArray payload;
        QVERIFY(receiptVerifies(r, &payload));

        // The signed statement is about our batch: compare with what the client itself knows.
        const QJsonObject p = QJsonDocument::fromJson(payload).object();
        QCOMPARE(p.value(u"batch_id"_qs).toString(), b.id);
        QCOMPARE(p.value(u"state"_qs).toString(), u"accepted"_qs);
        QCOMPARE(p.value(u"regency_code"_qs).toString(), u"33.73"_qs);
        QCOMPARE(p.value(u"period"_qs).toString(), b.period);
        QCOMPARE(p.value(u"manifest_sha256"_qs).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(b.manifestBytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(p.value(u"content_sha256"_qs), b.manifest.value(u"content_sha256"_qs));
        QCOMPARE(p.value(u"total_bytes"_qs).toInteger(), b.content.size());
        QCOMPARE(p.value(u"records"_qs).toInteger(), b.records);
        QVERIFY(payload.startsWith("{\"receipt_version\":1,"));

        // One byte changed anywhere in the payload or the signature, or another key: no longer valid.
        const QByteArray signature = QByteArray::fromBase64(r.value(u"signature"_qs).toString().toLatin1());
        for (qsizetype i : {qsizetype(0), payload.size() / 2, payload.size() - 1}) {
            QByteArray tampered = payload;
            tampered[i] = char(tampered[i] ^ 0x01);
            QVERIFY2(!receipt::verify(tampered, signature, m_sandbox.publicKey()),
                     qPrintable(QString::number(i)));
        }
        QByteArray badSignature = signature;
        badSignature[5] = char(badSignature[5] ^ 0x80);
        QVERIFY(!receipt::verify(payload, badSignature, m_sandbox.publicKey()));
        QVERIFY(!receipt::verify(payload, signature, receipt::generateKeyPair().publicKey));
        // The domain prefix is part of what is signed: the signature does not verify over the bare payload,
        // so no other Ed25519 signature of this key can pass as a receipt or the reverse.
        QVERIFY(crypto_sign_verify_detached(
                    reinterpret_cast<const unsigned char *>(signature.constData()),
                    reinterpret_cast<const unsigned char *>(payload.constData()),
                    static_cast<unsigned long long>(payload.size()),
                    reinterpret_cast<const unsigned char *>(m_sandbox.publicKey().constData())) != 0);
    }

    void rejectedBatchesGetReceiptsToo()
    {
        TestBatch b = m_batch;
        b.datasetCounts.insert(u"lowongan"_qs,
                               b.datasetCounts.value(u"lowongan"_qs).toInteger() + 1); // count mismatch
        b.rebuild(16 * 1024);
        const QJsonObject decided = submit(b);
        QCOMPARE(decided.value(u"state"_qs).toString(), u"rejected"_qs);
        QCOMPARE(decided.value(u"errors"_qs).toArray().at(0).toObject().value(u"code"_qs).toString(),
                 u"count_mismatch"_qs);
        QByteArray payload;
        QVERIFY(receiptVerifies(decided.value(u"receipt"_qs).toObject(), &payload));
        QCOMPARE(QJsonDocument::fromJson(payload).object().value(u"state"_qs).toString(), u"rejected"_qs);
    }

    void receiptKeyAndBatchesSurviveRestart()
    {
        const QByteArray keyBefore = m_sandbox.publicKey();
        const QJsonObject before = m_client->getJson(batchPath(m_batch)).json();
        QVERIFY(before.contains(u"receipt"_qs));
        m_sandbox.stop();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
        m_client = std::make_unique<SandboxClient>(m_sandbox.baseUrl(), m_sandbox.caPem());
        QCOMPARE(m_client->login().status, 200);
        QCOMPARE(m_sandbox.publicKey(), keyBefore);
        const QJsonObject after = m_client->getJson(batchPath(m_batch)).json();
        QCOMPARE(after.value(u"state"_qs).toString(), u"accepted"_qs);
        QCOMPARE(after.value(u"receipt"_qs).toObject(), before.value(u"receipt"_qs).toObject());
        QVERIFY(receiptVerifies(after.value(u"receipt"_qs).toObject()));
    }

    // --- fault switches (README of tools/smdata-sandbox) ---

    void rateLimitWithRetryAfter()
    {
        QCOMPARE(m_client
                     ->setFaults(QJsonObject{{u"rate_limit"_qs, QJsonObject{{u"next"_qs, 1}}},
                                             {u"retry_after_seconds"_qs, 7}})
                     .status,
                 200);
        const HttpResult limited = m_client->getJson(u"/api/v1/templates"_qs);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
        QCOMPARE(limited.errorCode(), u"rate_limited"_qs);
        const QJsonObject error = limited.json().value(u"error"_qs).toObject();
        QCOMPARE(error.value(u"retryable"_qs).toBool(), true);
        QCOMPARE(error.value(u"details"_qs).toObject().value(u"retry_after_seconds"_qs).toInt(), 7);
        QCOMPARE(m_client->getJson(u"/api/v1/templates"_qs).status, 200);
    }

    void rateLimitFromTheCommandLine()
    {
        SandboxProcess limited;
        QVERIFY2(limited.start({u"--rate-limit-rate"_qs, u"1"_qs, u"--retry-after"_qs, u"3"_qs}),
                 qPrintable(limited.error()));
        SandboxClient client(limited.baseUrl(), limited.caPem());
        const HttpResult r = client.login();
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("3"));
        // The admin endpoint is never faulted, so a test can always switch the faults off.
        QCOMPARE(client.setFaults(QJsonObject{{u"rate_limit"_qs, QJsonObject{{u"rate"_qs, 0}}}}).status, 200);
        QCOMPARE(client.login().status, 200);
    }

    void serverErrorIsNotProcessed()
    {
        TestBatch b = m_batch;
        b.rebuild(32 * 1024);
        QCOMPARE(m_client->setFaults(QJsonObject{{u"server_error"_qs, QJsonObject{{u"next"_qs, 1}}}}).status,
                 200);
        const HttpResult failed = m_client->send("PUT", batchPath(b), b.manifestBytes);
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.errorCode(), u"unavailable"_qs);
        QCOMPARE(failed.json().value(u"error"_qs).toObject().value(u"retryable"_qs).toBool(), true);
        QCOMPARE(m_client->getJson(batchPath(b)).status, 404); // nothing was stored
        QCOMPARE(m_client->send("PUT", batchPath(b), b.manifestBytes).status, 201);
    }

    void resetMidBodyAfterProcessing()
    {
        TestBatch b = m_batch;
        b.rebuild(32 * 1024);
        QCOMPARE(m_client->send("PUT", batchPath(b), b.manifestBytes).status, 201);
        QCOMPARE(
            m_client->setFaults(QJsonObject{{u"reset_mid_body"_qs, QJsonObject{{u"next"_qs, 1}}}}).status,
            200);
        const HttpResult cut = putPart(b, 0);
        QVERIFY2(cut.error != QNetworkReply::NoError, qPrintable(cut.errorString));
        QVERIFY(!cut.isJsonObject());
        // The part arrived although its answer did not: the client learns it from GET, and a repeat is
        // harmless.
        QCOMPARE(m_client->getJson(batchPath(b)).json().value(u"last_acknowledged_part"_qs).toInt(), 0);
        QCOMPARE(putPart(b, 0).status, 200);
    }

    void malformedJsonAnswer()
    {
        QCOMPARE(
            m_client->setFaults(QJsonObject{{u"malformed_json"_qs, QJsonObject{{u"next"_qs, 1}}}}).status,
            200);
        const HttpResult broken = m_client->getJson(u"/api/v1/templates"_qs);
        QCOMPARE(broken.status, 200);
        QVERIFY(!broken.body.isEmpty());
        QVERIFY(!broken.isJsonObject());
        QVERIFY(m_client->getJson(u"/api/v1/templates"_qs).isJsonObject());
    }

    void oversizedAnswer()
    {
        constexpr qint64 size = 3 * 1024 * 1024;
        QCOMPARE(m_client
                     ->setFaults(QJsonObject{{u"oversized_body"_qs, QJsonObject{{u"next"_qs, 1}}},
                                             {u"oversized_bytes"_qs, size}})
                     .status,
                 200);
        const HttpResult big = m_client->getJson(u"/api/v1/info"_qs);
        QCOMPARE(big.status, 200);
        QVERIFY2(big.body.size() >= size - 64, qPrintable(QString::number(big.body.size())));
        QVERIFY(m_client->getJson(u"/api/v1/info"_qs).body.size() < 4096);
    }

    void latencyAndPathFilter()
    {
        QCOMPARE(
            m_client->setFaults(QJsonObject{{u"latency_ms"_qs, 400}, {u"path_contains"_qs, u"/templates"_qs}})
                .status,
            200);
        const HttpResult slow = m_client->getJson(u"/api/v1/templates"_qs);
        QCOMPARE(slow.status, 200);
        QVERIFY2(slow.elapsedMs >= 400, qPrintable(QString::number(slow.elapsedMs)));
        const HttpResult fast = m_client->getJson(u"/api/v1/info"_qs);
        QCOMPARE(fast.status, 200);
        QVERIFY2(fast.elapsedMs < 400, qPrintable(QString::number(fast.elapsedMs)));
        const QJsonObject faults = m_client->getJson(u"/api/v1/sandbox/faults"_qs).json();
        QCOMPARE(faults.value(u"latency_ms"_qs).toInt(), 400);
        QCOMPARE(faults.value(u"path_contains"_qs).toString(), u"/templates"_qs);
    }

    void statusPageListsBatches()
    {
        m_client->setAccessToken({});
        const HttpResult page = m_client->getJson(u"/"_qs);
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains(m_batch.id.toLatin1()));
        QVERIFY(page.body.contains(receipt::keyId(m_sandbox.publicKey()).toLatin1()));
    }

    // --- shared data (section 10) ---

    void sharedDataOverlapsAndConflictsAsSeeded()
    {
        // SMData seeded from the regency's own datagen seed and size (TestBatch: seed 6, 300 job seekers).
        SandboxProcess smdata;
        QVERIFY2(smdata.start({u"--shared-job-seekers"_qs, u"300"_qs, u"--shared-seed"_qs, u"6"_qs,
                               u"--shared-conflict"_qs, u"0.2"_qs}),
                 qPrintable(smdata.error()));
        SandboxClient client(smdata.baseUrl(), smdata.caPem());
        QCOMPARE(client.login().status, 200);
        const QJsonObject truth = client.getJson(u"/api/v1/sandbox/shared"_qs)
                                      .json()
                                      .value(u"truth"_qs)
                                      .toObject()
                                      .value(u"lowongan"_qs)
                                      .toObject();
        QVERIFY(!truth.isEmpty());

        // Every page, small pages to exercise the tokens.
        QHash<QString, QJsonObject> shared;
        QString token;
        int pages = 0;
        do {
            QString path = u"/api/v1/shared/lowongan?page_size=7"_qs;
            if (!token.isEmpty())
                path += u"&page_token="_qs + token;
            const HttpResult page = client.getJson(path);
            QCOMPARE(page.status, 200);
            const QJsonArray records = page.json().value(u"records"_qs).toArray();
            QVERIFY(records.size() <= 7);
            for (const QJsonValue &v : records) {
                const QJsonObject record = v.toObject().value(u"record"_qs).toObject();
                const QString key = record.value(u"nomor_lowongan"_qs).toString();
                QVERIFY2(!shared.contains(key), qPrintable(key)); // no record twice across pages
                shared.insert(key, record);
            }
            token = page.json().value(u"next_page_token"_qs).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 1000);
        QVERIFY(pages > 1);

        // Classify against the regency's own file and compare with what the sandbox says it seeded.
        const CsvTable mine = CsvTable::read(QDir(m_datagenDir.path()).filePath(u"lowongan.csv"_qs));
        int same = 0, conflict = 0, regencyOnly = 0;
        QSet<QString> matched;
        for (qsizetype row = 0; row < mine.rows().size(); ++row) {
            const QString key = mine.value(row, u"nomor_lowongan"_qs);
            if (!shared.contains(key)) {
                ++regencyOnly;
                continue;
            }
            matched.insert(key);
            QJsonObject expected;
            for (const QString &column : mine.header()) {
                if (!mine.value(row, column).isEmpty())
                    expected.insert(column, mine.value(row, column));
            }
            expected == shared.value(key) ? ++same : ++conflict;
        }
        QCOMPARE(same, truth.value(u"same"_qs).toInt());
        QCOMPARE(conflict, truth.value(u"conflict"_qs).toInt());
        QCOMPARE(regencyOnly, truth.value(u"regency_only"_qs).toInt());
        QCOMPARE(int(shared.size() - matched.size()), truth.value(u"smdata_only"_qs).toInt());
        QVERIFY(same > 0 && conflict > 0 && regencyOnly > 0);

        // Period filter: a year holds only records of that year.
        const HttpResult year = client.getJson(u"/api/v1/shared/lowongan?period=2025&page_size=1000"_qs);
        QCOMPARE(year.status, 200);
        const QJsonArray inYear = year.json().value(u"records"_qs).toArray();
        QVERIFY(!inYear.isEmpty() && inYear.size() < shared.size());
        for (const QJsonValue &v : inYear) {
            QVERIFY(v.toObject()
                        .value(u"record"_qs)
                        .toObject()
                        .value(u"tanggal_buka"_qs)
                        .toString()
                        .startsWith(u"2025-"_qs));
        }
        // What leaves SMData follows the sharing policy too: no names, NIKs only as pseudonyms.
        const QJsonObject seeker = client.getJson(u"/api/v1/shared/pencari_kerja?page_size=1"_qs)
                                       .json()
                                       .value(u"records"_qs)
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(u"record"_qs)
                                       .toObject();
        QVERIFY(!seeker.isEmpty());
        QVERIFY(!seeker.contains(u"nama"_qs));
        QCOMPARE(seeker.value(u"nik"_qs).toString().size(), 64);
        QCOMPARE(client.getJson(u"/api/v1/shared/lowongan?page_token=garbage"_qs).errorCode(),
                 u"invalid_request"_qs);
        QCOMPARE(client.getJson(u"/api/v1/shared/nope"_qs).status, 404);
    }

    // --- figures (not a check: run with SINERGI_SMDATA_BENCH_RECORDS=100000) ---

    void bigBatchFigures()
    {
        const int wanted = qEnvironmentVariableIntValue("SINERGI_SMDATA_BENCH_RECORDS");
        if (wanted <= 0)
            QSKIP("set SINERGI_SMDATA_BENCH_RECORDS=100000 to measure a large batch");
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        // datagen makes ~1.4 records of these three datasets per job seeker.
        const TestBatch b = TestBatch::fromDatagen(dir.path(), wanted * 10 / 14, 1024 * 1024, u"2025"_qs);
        const qint64 buildMs = timer.restart();
        qint64 wire = 0;
        const QByteArray manifest = gzip::compress(b.manifestBytes);
        wire += manifest.size();
        QCOMPARE(m_client->send("PUT", batchPath(b), manifest, {{"Content-Encoding", "gzip"}}).status, 201);
        for (int i = 0; i < b.parts.size(); ++i) {
            auto headers = partHeaders(b.parts.at(i));
            headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
            const QByteArray packed = gzip::compress(b.parts.at(i));
            wire += packed.size();
            QCOMPARE(m_client->send("PUT", batchPath(b) + u"/parts/%1"_qs.arg(i), packed, headers).status,
                     200);
        }
        const qint64 uploadMs = timer.restart();
        QCOMPARE(commit(b).status, 202);
        const QJsonObject decided = waitDecided(b, 600000);
        const qint64 decideMs = timer.elapsed();
        QCOMPARE(decided.value(u"state"_qs).toString(), u"accepted"_qs);
        qInfo("records %lld, content %lld bytes in %lld parts, gzip on the wire %lld bytes (%.1f%%)",
              b.records, qint64(b.content.size()), qint64(b.parts.size()), wire,
              100.0 * double(wire) / double(b.content.size()));
        qInfo("test-side build %lld ms; upload (manifest + parts, gzip, HTTPS loopback) %lld ms = %.0f "
              "records/s; "
              "commit to accepted (sandbox validation) %lld ms",
              buildMs, uploadMs, 1000.0 * double(b.records) / double(std::max<qint64>(1, uploadMs)),
              decideMs);
    }
};

QTEST_GUILESS_MAIN(TestSmdataSandbox)
#include "tst_smdata_sandbox.moc"
