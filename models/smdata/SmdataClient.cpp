#include "SmdataClient.h"
#include "common/Sha256.h"

#include "Gzip.h"
#include "SmdataProtocol.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

namespace sinergi::smdata {

namespace {

// Refresh ahead of time when the access token has less than this left (section 5.3).
constexpr int kRefreshMarginSeconds = 60;

FailureKind kindForStatus(int status)
{
    if (status == 401)
        return FailureKind::Credentials;
    if (status == 403)
        return FailureKind::Forbidden;
    if (status == 409)
        return FailureKind::Conflict;
    if (status == 413)
        return FailureKind::TooLarge;
    if (status == 429)
        return FailureKind::RateLimited;
    if (status >= 500)
        return FailureKind::Server;
    return FailureKind::Rejected;
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

QJsonObject withProtocol(QJsonObject object)
{
    object.insert(u"protocol"_qs, kProtocolVersion);
    return object;
}

} // namespace

BatchState BatchState::fromJson(const QJsonObject &json)
{
    BatchState s;
    s.json = json;
    s.state = json.value(u"state"_qs).toString();
    s.lastAcknowledgedPart = json.value(u"last_acknowledged_part"_qs).toInt(-1);
    s.partsAcknowledged = json.value(u"parts_acknowledged"_qs).toInt();
    s.partCount = json.value(u"part_count"_qs).toInt();
    for (const QJsonValue &v : json.value(u"missing_parts"_qs).toArray())
        s.missingParts.append(v.toInt());
    return s;
}

SmdataClient::SmdataClient(ClientConfig config) : m_config(std::move(config))
{
    // Redirects could leave HTTPS or the pinned CA's host; the protocol has none.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SmdataClient::Answer SmdataClient::exchange(const QByteArray &method, const QString &path,
                                            const QByteArray &body,
                                            const QList<QPair<QByteArray, QByteArray>> &headers,
                                            bool authenticated, bool gzipped)
{
    throwIfCancelled();
    const QUrl url(m_config.baseUrl + path);
    if (url.scheme() != u"https"_qs)
        throw SmdataError(FailureKind::Tls, u"refusing a non-HTTPS SMData address: "_qs + url.toString());
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_config.caBundlePem.isEmpty())
        tls.setCaCertificates(QSslCertificate::fromData(m_config.caBundlePem, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Sinergi/0.1.0"));
    // Set by hand so Qt hands us the raw body and the size cap applies to what is on the wire; we inflate
    // with a cap of our own.
    request.setRawHeader("Accept-Encoding", "gzip");
    if (authenticated && !m_session.accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_session.accessToken.toLatin1());
    QByteArray wire = body;
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json; charset=utf-8"));
        if (gzipped) {
            request.setRawHeader("Content-Encoding", "gzip");
        } else if (body.size() >= m_config.gzipFromBytes) {
            wire = gzip::compress(body);
            request.setRawHeader("Content-Encoding", "gzip");
        }
    }
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    ++m_requests;
    m_bytesSent += wire.size(); // counted when handed to the network, answered or not
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, wire);
    m_inFlight = reply;
    bool oversized = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Cap what we read: an answer announced or arriving larger than the cap is aborted, not buffered.
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 total) {
        if (received > m_config.maxAnswerBytes || total > m_config.maxAnswerBytes) {
            oversized = true;
            reply->abort();
        }
    });
    if (!reply->isFinished())
        loop.exec();
    m_inFlight = nullptr;
    // The loop also ends when the thread is told to quit; a request cut short that way is not an answer.
    if (!reply->isFinished())
        reply->abort();
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> guard(
        reply, [](QNetworkReply *r) { r->deleteLater(); });
    throwIfCancelled();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (oversized)
        throw SmdataError(FailureKind::BadAnswer,
                          u"answer larger than %1 bytes to %2 %3"_qs.arg(m_config.maxAnswerBytes)
                              .arg(QString::fromLatin1(method), path),
                          status, u"oversized_answer"_qs, true);
    if (isTlsError(reply->error()))
        throw SmdataError(FailureKind::Tls, reply->errorString());
    if (status == 0 || (reply->error() != QNetworkReply::NoError && reply->error() < 200)) {
        // < 200: the QNetworkReply connection errors (refused, closed, timeout, canceled by the transfer
        // timeout, TLS). The request may or may not have arrived; every protocol request is idempotent.
        throw SmdataError(FailureKind::Transport,
                          u"%1 %2: %3"_qs.arg(QString::fromLatin1(method), path, reply->errorString()),
                          status, {}, true);
    }

    QByteArray raw = reply->readAll();
    if (reply->rawHeader("Content-Encoding").trimmed().compare("gzip", Qt::CaseInsensitive) == 0) {
        gzip::Inflated inflated = gzip::decompress(raw, m_config.maxAnswerBytes);
        if (inflated.status == gzip::InflateStatus::TooLarge) // a small gzip can inflate to anything
            throw SmdataError(FailureKind::BadAnswer,
                              u"gzip answer inflates beyond %1 bytes"_qs.arg(m_config.maxAnswerBytes), status,
                              u"oversized_answer"_qs, true);
        if (inflated.status != gzip::InflateStatus::Ok)
            throw SmdataError(FailureKind::BadAnswer, u"answer gzip invalid"_qs, status,
                              u"unexpected_response"_qs, true);
        raw = std::move(inflated.data);
    }
    Answer answer;
    answer.status = status;
    answer.retryAfter = reply->rawHeader("Retry-After");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    const bool jsonOk = parseError.error == QJsonParseError::NoError && doc.isObject();
    answer.json = doc.object();

    if (status >= 400) {
        const QJsonObject error = answer.json.value(u"error"_qs).toObject();
        bool retryAfterOk = false;
        const int retryAfter = answer.retryAfter.trimmed().toInt(&retryAfterOk);
        const bool retryableStatus = status == 429 || status >= 500;
        if (!jsonOk || error.isEmpty())
            throw SmdataError(kindForStatus(status), u"HTTP %1 without a protocol error body"_qs.arg(status),
                              status, u"unexpected_response"_qs, retryableStatus,
                              retryAfterOk ? retryAfter : -1);
        const QString code = error.value(u"code"_qs).toString();
        throw SmdataError(kindForStatus(status),
                          u"HTTP %1 %2: %3"_qs.arg(status).arg(code, error.value(u"message"_qs).toString()),
                          status, code, error.value(u"retryable"_qs).toBool(retryableStatus),
                          retryAfterOk ? retryAfter : -1);
    }
    if (!jsonOk)
        throw SmdataError(FailureKind::BadAnswer,
                          u"%1 %2: answer is not a JSON object (%3)"_qs.arg(QString::fromLatin1(method), path,
                                                                            parseError.errorString()),
                          status, u"unexpected_response"_qs, true);
    if (answer.json.value(u"protocol"_qs).toInt() != kProtocolVersion)
        throw SmdataError(FailureKind::BadAnswer, u"answer protocol is not 1"_qs, status,
                          u"unsupported_protocol"_qs, false);
    return answer;
}

void SmdataClient::throwIfCancelled() const
{
    if (cancelled())
        throw SmdataError(FailureKind::Transport, u"cancelled: Sinergi is stopping the SMData sender"_qs, 0,
                          u"cancelled"_qs, true);
}

void SmdataClient::cancel()
{
    m_cancelled.store(true);
    if (m_inFlight)
        m_inFlight->abort();
    if (m_pauseLoop)
        m_pauseLoop->quit();
}

void SmdataClient::pause(int ms)
{
    throwIfCancelled();
    QEventLoop loop;
    m_pauseLoop = &loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    m_pauseLoop = nullptr;
    throwIfCancelled();
}

SmdataClient::Answer SmdataClient::call(const QByteArray &method, const QString &path, const QByteArray &body,
                                        const QList<QPair<QByteArray, QByteArray>> &headers,
                                        bool authenticated, bool gzipped)
{
    if (authenticated && !m_session.refreshToken.isEmpty() && m_session.accessExpiresAt.isValid() &&
        QDateTime::currentDateTimeUtc().secsTo(m_session.accessExpiresAt) < kRefreshMarginSeconds)
        refresh();
    try {
        return exchange(method, path, body, headers, authenticated, gzipped);
    } catch (const SmdataError &e) {
        const bool tokenProblem = e.httpStatus() == 401 && (e.protocolCode() == u"token_expired"_qs ||
                                                            e.protocolCode() == u"token_invalid"_qs);
        if (!authenticated || !tokenProblem || m_session.refreshToken.isEmpty())
            throw;
    }
    refresh(); // once; a second 401 is thrown to the caller
    return exchange(method, path, body, headers, authenticated, gzipped);
}

void SmdataClient::takeSession(const QJsonObject &json)
{
    Session s;
    s.accessToken = json.value(u"access_token"_qs).toString();
    s.refreshToken = json.value(u"refresh_token"_qs).toString();
    // expires_in rather than expires_at: it needs no clock agreement with the server.
    s.accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(json.value(u"expires_in"_qs).toInt(0));
    s.regencyCode = json.value(u"user"_qs).toObject().value(u"regency_code"_qs).toString();
    if (s.accessToken.isEmpty() || s.refreshToken.isEmpty())
        throw SmdataError(FailureKind::BadAnswer, u"log-in answer without tokens"_qs, 200,
                          u"unexpected_response"_qs, true);
    m_session = s;
}

void SmdataClient::login(const QString &username, const QString &password)
{
    const QJsonObject body = withProtocol(
        {{u"username"_qs, username}, {u"password"_qs, password}, {u"client"_qs, u"Sinergi/0.1.0"_qs}});
    takeSession(call("POST", kApiPrefix + u"/auth/login"_qs,
                     QJsonDocument(body).toJson(QJsonDocument::Compact), {}, false)
                    .json);
}

void SmdataClient::refresh()
{
    const QJsonObject body = withProtocol({{u"refresh_token"_qs, m_session.refreshToken}});
    try {
        takeSession(exchange("POST", kApiPrefix + u"/auth/refresh"_qs,
                             QJsonDocument(body).toJson(QJsonDocument::Compact), {}, false, false)
                        .json);
    } catch (const SmdataError &e) {
        if (e.httpStatus() == 401)
            m_session = {}; // refresh_invalid: only a new log-in helps
        throw;
    }
}

QJsonArray SmdataClient::templates()
{
    return call("GET", kApiPrefix + u"/templates"_qs).json.value(u"templates"_qs).toArray();
}

BatchState SmdataClient::putManifest(const QString &batchId, const QByteArray &manifestBytes)
{
    const Answer a = call("PUT", kApiPrefix + u"/batches/"_qs + batchId, manifestBytes);
    BatchState s = BatchState::fromJson(a.json);
    s.created = a.status == 201;
    return s;
}

BatchState SmdataClient::putPart(const QString &batchId, int index, const QByteArray &bytes)
{
    const QByteArray hash = Sha256::hash(bytes).toHex();
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/octet-stream"},
                                                 {kPartHashHeader, hash}};
    return BatchState::fromJson(
        call("PUT", kApiPrefix + u"/batches/%1/parts/%2"_qs.arg(batchId).arg(index), bytes, headers).json);
}

SmdataClient::EncodedPart SmdataClient::EncodedPart::encode(const QByteArray &bytes)
{
    return {gzip::compress(bytes), Sha256::hash(bytes).toHex()};
}

BatchState SmdataClient::putPart(const QString &batchId, int index, const EncodedPart &part)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/octet-stream"},
                                                 {kPartHashHeader, part.sha256Hex}};
    return BatchState::fromJson(call("PUT", kApiPrefix + u"/batches/%1/parts/%2"_qs.arg(batchId).arg(index),
                                     part.gzipped, headers, true, true)
                                    .json);
}

std::optional<BatchState> SmdataClient::batch(const QString &batchId)
{
    try {
        return BatchState::fromJson(call("GET", kApiPrefix + u"/batches/"_qs + batchId).json);
    } catch (const SmdataError &e) {
        if (e.httpStatus() == 404 && e.protocolCode() == u"not_found"_qs)
            return std::nullopt;
        // A 404 we cannot read may be a garbled "not_found" or a proxy's page: ask again later rather than
        // give the batch up (the protocol makes unreadable 4xx final, but here the next GET settles it).
        if (e.httpStatus() == 404)
            throw SmdataError(FailureKind::BadAnswer, e.detail(), 404, e.protocolCode(), true);
        throw;
    }
}

BatchState SmdataClient::commit(const QString &batchId, const QString &contentSha256)
{
    const QJsonObject body = withProtocol({{u"content_sha256"_qs, contentSha256}});
    return BatchState::fromJson(call("POST", kApiPrefix + u"/batches/%1/commit"_qs.arg(batchId),
                                     QJsonDocument(body).toJson(QJsonDocument::Compact))
                                    .json);
}

QList<BatchState> SmdataClient::batches(const QString &period)
{
    QString path = kApiPrefix + u"/batches"_qs;
    if (!period.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"period"_qs, period);
        path += u"?"_qs + query.toString(QUrl::FullyEncoded);
    }
    QList<BatchState> result;
    for (const QJsonValue &v : call("GET", path).json.value(u"batches"_qs).toArray())
        result.append(BatchState::fromJson(v.toObject()));
    return result;
}

ErrorPage SmdataClient::batchErrors(const QString &batchId, int offset, int limit)
{
    QUrlQuery query;
    query.addQueryItem(u"offset"_qs, QString::number(offset));
    query.addQueryItem(u"limit"_qs, QString::number(limit));
    const QJsonObject json =
        call("GET", kApiPrefix + u"/batches/%1/errors?"_qs.arg(batchId) + query.toString(QUrl::FullyEncoded))
            .json;
    ErrorPage page;
    page.total = json.value(u"total"_qs).toInt();
    page.offset = json.value(u"offset"_qs).toInt(offset);
    page.errors = json.value(u"errors"_qs).toArray();
    return page;
}

QJsonArray SmdataClient::allBatchErrors(const QString &batchId)
{
    QJsonArray all;
    for (;;) {
        const ErrorPage page = batchErrors(batchId, int(all.size()), 500);
        for (const QJsonValue &e : page.errors)
            all.append(e);
        // An empty page ends the walk even when the total says more (a server that miscounts must not
        // keep us here).
        if (page.errors.isEmpty() || all.size() >= page.total)
            return all;
    }
}

SharedPage SmdataClient::sharedPage(const QString &datasetId, const QString &period, int pageSize,
                                    const QString &pageToken)
{
    QUrlQuery query;
    if (!period.isEmpty())
        query.addQueryItem(u"period"_qs, period);
    query.addQueryItem(u"page_size"_qs, QString::number(pageSize));
    if (!pageToken.isEmpty())
        query.addQueryItem(u"page_token"_qs, pageToken);
    const QJsonObject json =
        call("GET", kApiPrefix + u"/shared/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(datasetId)) +
                        u"?"_qs + query.toString(QUrl::FullyEncoded))
            .json;
    SharedPage page;
    page.datasetId = json.value(u"dataset_id"_qs).toString(datasetId);
    page.templateVersion = json.value(u"template_version"_qs).toInt();
    page.snapshot = json.value(u"snapshot"_qs).toString();
    page.records = json.value(u"records"_qs).toArray();
    page.nextPageToken = json.value(u"next_page_token"_qs).toString();
    return page;
}

} // namespace sinergi::smdata
