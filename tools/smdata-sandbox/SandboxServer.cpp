#include "SandboxServer.h"

#include "OfflineIntake.h"

#include "SandboxCertificate.h"
#include "StatusPage.h"

#include "smdata/Gzip.h"
#include "smdata/SmdataProtocol.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QThread>

namespace sinergi::sandbox {

namespace {

const QString kCaMeta = u"tls_ca_certificate"_qs;
const QString kCertMeta = u"tls_certificate"_qs;
const QString kKeyMeta = u"tls_private_key"_qs;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

ApiReply methodNotAllowed()
{
    return ApiReply::error(405, u"method_not_allowed"_qs, u"Method not allowed on this path"_qs);
}

ApiReply notFound()
{
    return ApiReply::error(404, u"not_found"_qs, u"No such resource"_qs);
}

ApiReply tooLarge(qint64 limit)
{
    return ApiReply::error(413, u"payload_too_large"_qs, u"The body exceeds %1 bytes"_qs.arg(limit),
                           QJsonObject{{u"limit_bytes"_qs, limit}});
}

} // namespace

SandboxServer::SandboxServer(SandboxStore &store, SandboxOptions options, QObject *parent)
    : QObject(parent), m_store(store), m_options(std::move(options)), m_rng(m_options.seed),
      m_catalog(std::make_unique<TemplateCatalog>()),
      m_validator(std::make_unique<BatchValidator>(*m_catalog)),
      m_signer(std::make_unique<ReceiptSigner>(store)),
      m_tokens(std::make_unique<TokenService>(store, m_options.users))
{
    m_tokens->setAccessTtlSeconds(m_options.accessTtlSeconds);
    m_tokens->setRefreshTtlSeconds(m_options.refreshTtlSeconds);
    m_batches = new BatchService(m_store, *m_catalog, *m_validator, *m_signer, this);
    SharedDataSeeder::seedIfEmpty(m_store, *m_catalog, m_options.shared);
    m_shared = std::make_unique<SharedDataService>(m_store, *m_catalog);
    // A batch committed just before a crash is decided at the next start.
    m_batches->validatePending();
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        onRequest(request, std::move(responder));
    });
}

SandboxServer::~SandboxServer() = default;

ApiReply SandboxServer::openOffline(const QByteArray &file, const QList<QByteArray> &trustedSigners)
{
    return OfflineIntake(*m_batches, *m_signer, m_options.users, trustedSigners).ingest(file);
}

QByteArray SandboxServer::caCertificatePem() const
{
    return m_store.meta(kCaMeta);
}

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_options.https) {
        if (m_store.meta(kCertMeta).isEmpty()) {
            const TlsMaterial tls = generateTlsMaterial();
            m_store.setMeta(kCaMeta, tls.caCertificatePem);
            m_store.setMeta(kCertMeta, tls.certificatePem);
            m_store.setMeta(kKeyMeta, tls.privateKeyPem);
        }
        // Qt 6.4: sslSetup() must come before listen(), which then accepts TLS connections only.
        m_http.sslSetup(QSslCertificate(m_store.meta(kCertMeta), QSsl::Pem),
                        QSslKey(m_store.meta(kKeyMeta), QSsl::Ec, QSsl::Pem));
    }
    return m_http.listen(address, port);
}

void SandboxServer::onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    api.headers = request.headers();
    const bool gzipAllowed = api.header("Accept-Encoding").contains("gzip");

    FaultSettings &f = m_options.faults;
    const bool faultable = api.path.startsWith(smdata::kApiPrefix + u'/') &&
                           !api.path.startsWith(smdata::kApiPrefix + u"/sandbox/"_qs) &&
                           (f.pathContains.isEmpty() || api.path.contains(f.pathContains));
    if (faultable && f.latencyMs > 0)
        QThread::msleep(
            static_cast<unsigned long>(f.latencyMs)); // one thread: delays every request behind it
    if (faultable && f.rateLimit.fire(m_rng)) {
        ApiReply reply = ApiReply::error(429, u"rate_limited"_qs, u"Too many requests"_qs,
                                         QJsonObject{{u"retry_after_seconds"_qs, f.retryAfterSeconds}});
        reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(f.retryAfterSeconds)));
        write(responder, std::move(reply), gzipAllowed, ResponseFault::None);
        return;
    }
    if (faultable && f.serverError.fire(m_rng)) {
        write(responder, ApiReply::error(503, u"unavailable"_qs, u"Injected fault: service unavailable"_qs),
              gzipAllowed, ResponseFault::None);
        return;
    }

    ApiReply reply;
    const QByteArray raw = request.body();
    const QByteArray encoding = api.header("Content-Encoding").trimmed().toLower();
    if (raw.size() > smdata::kMaxBodyBytes) {
        reply = tooLarge(smdata::kMaxBodyBytes);
    } else if (encoding == "gzip") {
        gzip::Inflated inflated = gzip::decompress(raw, smdata::kMaxDecodedBytes);
        if (inflated.status == gzip::InflateStatus::TooLarge)
            reply = tooLarge(smdata::kMaxDecodedBytes);
        else if (inflated.status == gzip::InflateStatus::Invalid)
            reply = ApiReply::error(400, u"invalid_request"_qs, u"The body is not valid gzip"_qs);
        else
            api.body = std::move(inflated.data);
    } else if (encoding.isEmpty() || encoding == "identity") {
        api.body = raw;
    } else {
        reply = ApiReply::error(415, u"unsupported_encoding"_qs, u"Only gzip and identity are accepted"_qs);
    }
    if (reply.body.isEmpty()) {
        try {
            reply = dispatch(api);
        } catch (const std::exception &e) {
            qWarning("smdata-sandbox: %s", e.what());
            reply = ApiReply::error(500, u"internal"_qs, u"Internal error"_qs);
        }
    }

    ResponseFault fault = ResponseFault::None;
    if (faultable) {
        if (f.resetMidBody.fire(m_rng))
            fault = ResponseFault::Reset;
        else if (f.malformedJson.fire(m_rng))
            fault = ResponseFault::Malformed;
        else if (f.oversizedBody.fire(m_rng))
            fault = ResponseFault::Oversized;
    }
    write(responder, std::move(reply), gzipAllowed, fault);
}

ApiReply SandboxServer::dispatch(const ApiRequest &request)
{
    const QStringList path = request.path.split(u'/', Qt::SkipEmptyParts);
    if (path.isEmpty() || path == QStringList{u"status"_qs}) {
        if (request.method != "GET")
            return methodNotAllowed();
        return ApiReply::html(StatusPage::render(m_batches->summaries(200), m_batches->batchCount(),
                                                 m_signer->keyId(), m_signer->publicKey(), m_options.faults));
    }
    if (path.size() < 3 || path.at(0) != u"api"_qs)
        return notFound();
    if (path.at(1) != u"v1"_qs) {
        return ApiReply::error(404, u"unsupported_protocol"_qs, u"This server speaks protocol version 1"_qs,
                               QJsonObject{{u"protocols"_qs, QJsonArray{1}}});
    }
    const QStringList rest = path.mid(2);

    // JSON bodies (everything but a part) are parsed and their protocol checked once, here.
    const bool isPart = rest.size() == 4 && rest.at(0) == u"batches"_qs && rest.at(2) == u"parts"_qs;
    QJsonObject body;
    if ((request.method == "POST" || request.method == "PUT") && !isPart) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return ApiReply::error(400, u"malformed_json"_qs, u"The body is not one JSON object"_qs);
        body = doc.object();
        if (body.value(u"protocol"_qs).toInt(-1) != smdata::kProtocolVersion) {
            return ApiReply::error(400, u"unsupported_protocol"_qs, u"\"protocol\" must be 1"_qs,
                                   QJsonObject{{u"protocols"_qs, QJsonArray{1}}});
        }
    }

    if (rest == QStringList{u"info"_qs})
        return request.method == "GET" ? info() : methodNotAllowed();
    if (rest == QStringList{u"sandbox"_qs, u"faults"_qs})
        return faults(request);
    if (rest == QStringList{u"sandbox"_qs, u"shared"_qs}) {
        if (request.method != "GET")
            return methodNotAllowed();
        return ApiReply::json(200, QJsonObject{{u"truth"_qs, SharedDataSeeder::truth(m_store)}});
    }
    if (rest.at(0) == u"auth"_qs && rest.size() == 2) {
        if (request.method != "POST")
            return methodNotAllowed();
        if (rest.at(1) == u"login"_qs) {
            const SandboxUser *user = m_tokens->authenticate(body.value(u"username"_qs).toString(),
                                                             body.value(u"password"_qs).toString());
            if (!user)
                return ApiReply::error(401, u"invalid_credentials"_qs, u"Wrong user name or password"_qs);
            return ApiReply::json(200, m_tokens->issue(*user));
        }
        if (rest.at(1) == u"refresh"_qs) {
            const std::optional<QJsonObject> pair =
                m_tokens->refresh(body.value(u"refresh_token"_qs).toString());
            if (!pair)
                return ApiReply::error(401, u"refresh_invalid"_qs,
                                       u"Refresh token unknown, used or expired"_qs);
            return ApiReply::json(200, *pair);
        }
        return notFound();
    }

    TokenOwner owner;
    switch (m_tokens->check(request.header("Authorization"), &owner)) {
    case TokenService::Check::Ok:
        break;
    case TokenService::Check::Missing:
        return ApiReply::error(401, u"token_missing"_qs, u"Authorization: Bearer <token> required"_qs);
    case TokenService::Check::Invalid:
        return ApiReply::error(401, u"token_invalid"_qs, u"Unknown or revoked access token"_qs);
    case TokenService::Check::Expired: {
        ApiReply reply = ApiReply::error(401, u"token_expired"_qs, u"The access token has expired"_qs);
        reply.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\"")));
        return reply;
    }
    }
    return dispatchAuthenticated(request, rest, owner);
}

ApiReply SandboxServer::dispatchAuthenticated(const ApiRequest &request, const QStringList &rest,
                                              const TokenOwner &owner)
{
    if (rest.at(0) == u"templates"_qs && rest.size() <= 2)
        return request.method == "GET" ? templates(rest, request) : methodNotAllowed();
    if (rest.at(0) == u"shared"_qs && rest.size() == 2)
        return request.method == "GET" ? m_shared->page(owner, rest.at(1), request) : methodNotAllowed();
    if (rest.at(0) != u"batches"_qs)
        return notFound();
    if (rest.size() == 1)
        return request.method == "GET" ? m_batches->list(owner, request.queryValue(u"period"_qs))
                                       : methodNotAllowed();
    const QString id = rest.at(1);
    if (rest.size() == 2) {
        if (request.method == "GET")
            return m_batches->state(owner, id);
        if (request.method == "PUT") {
            return m_batches->putManifest(owner, id, QJsonDocument::fromJson(request.body).object(),
                                          request.body);
        }
        return methodNotAllowed();
    }
    if (rest.size() == 3 && rest.at(2) == u"commit"_qs) {
        if (request.method != "POST")
            return methodNotAllowed();
        return m_batches->commit(owner, id, QJsonDocument::fromJson(request.body).object());
    }
    if (rest.size() == 3 && rest.at(2) == u"errors"_qs) {
        if (request.method != "GET")
            return methodNotAllowed();
        const int offset = std::max(0, request.queryValue(u"offset"_qs).toInt());
        const QString limitText = request.queryValue(u"limit"_qs);
        const int limit = limitText.isEmpty() ? 500 : std::clamp(limitText.toInt(), 1, smdata::kPageSizeMax);
        return m_batches->errors(owner, id, offset, limit);
    }
    if (rest.size() == 4 && rest.at(2) == u"parts"_qs) {
        if (request.method != "PUT")
            return methodNotAllowed();
        bool ok = false;
        const int index = rest.at(3).toInt(&ok);
        if (!ok)
            return notFound();
        if (request.body.size() > smdata::kMaxPartBytes)
            return tooLarge(smdata::kMaxPartBytes);
        return m_batches->putPart(owner, id, index, request.body, request.header(smdata::kPartHashHeader));
    }
    return notFound();
}

ApiReply SandboxServer::info() const
{
    return ApiReply::json(
        200, QJsonObject{{u"server"_qs, u"smdata-sandbox/0.1.0"_qs},
                         {u"protocols"_qs, QJsonArray{smdata::kProtocolVersion}},
                         {u"server_time"_qs, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {u"limits"_qs, QJsonObject{{u"max_body_bytes"_qs, smdata::kMaxBodyBytes},
                                                    {u"max_decoded_bytes"_qs, smdata::kMaxDecodedBytes},
                                                    {u"max_part_bytes"_qs, smdata::kMaxPartBytes},
                                                    {u"max_parts"_qs, smdata::kMaxParts},
                                                    {u"page_size_max"_qs, smdata::kPageSizeMax}}},
                         {u"receipt_keys"_qs,
                          QJsonArray{QJsonObject{
                              {u"key_id"_qs, m_signer->keyId()},
                              {u"algorithm"_qs, u"ed25519"_qs},
                              {u"public_key"_qs, QString::fromLatin1(m_signer->publicKey().toBase64())}}}}});
}

ApiReply SandboxServer::faults(const ApiRequest &request)
{
    if (request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        m_options.faults.update(body);
        if (body.value(u"clear"_qs).toBool())
            m_tokens->setAccessTtlSeconds(m_options.accessTtlSeconds); // the lifetime given at start
        if (body.contains(u"access_ttl_seconds"_qs))
            m_tokens->setAccessTtlSeconds(std::max(1, body.value(u"access_ttl_seconds"_qs).toInt()));
        if (body.value(u"expire_tokens_now"_qs).toBool())
            m_tokens->expireAccessTokens();
    } else if (request.method != "GET") {
        return methodNotAllowed();
    }
    QJsonObject state = m_options.faults.toJson();
    state.insert(u"access_ttl_seconds"_qs, m_tokens->accessTtlSeconds());
    return ApiReply::json(200, state);
}

ApiReply SandboxServer::templates(const QStringList &rest, const ApiRequest &request) const
{
    if (rest.size() == 1) {
        QJsonArray list;
        for (const TemplateCatalog::Entry &e : m_catalog->entries()) {
            list.append(QJsonObject{{u"dataset_id"_qs, e.tpl->id()},
                                    {u"version"_qs, e.tpl->version()},
                                    {u"sha256"_qs, e.sha256},
                                    {u"accepting"_qs, true}});
        }
        return ApiReply::json(200, QJsonObject{{u"templates"_qs, list}});
    }
    const QString versionText = request.queryValue(u"version"_qs);
    const TemplateCatalog::Entry *e =
        m_catalog->find(rest.at(1), versionText.isEmpty() ? 0 : versionText.toInt());
    if (!e || (!versionText.isEmpty() && versionText.toInt() <= 0))
        return ApiReply::error(404, u"not_found"_qs, u"No such template"_qs);
    return ApiReply::json(200, QJsonObject{{u"dataset_id"_qs, e->tpl->id()},
                                           {u"version"_qs, e->tpl->version()},
                                           {u"sha256"_qs, e->sha256},
                                           {u"template"_qs, e->json}});
}

void SandboxServer::write(QHttpServerResponder &responder, ApiReply reply, bool gzipAllowed,
                          ResponseFault fault)
{
    if (fault == ResponseFault::Malformed) {
        // Truncated JSON under the original status, as a broken proxy or a cut buffer would deliver it.
        reply.body = reply.body.left(std::max<qsizetype>(1, reply.body.size() / 2));
        reply.contentType = "application/json; charset=utf-8";
    } else if (fault == ResponseFault::Oversized) {
        const qint64 n = m_options.faults.oversizedBytes;
        QByteArray body;
        body.reserve(n + 64);
        body.append("{\"protocol\":1,\"padding\":\"");
        body.append(QByteArray(std::max<qint64>(0, n - 40), 'x'));
        body.append("\"}");
        reply.body = std::move(body);
    }
    QByteArray body = std::move(reply.body);
    bool gzipped = false;
    if (gzipAllowed && body.size() >= 1024) {
        body = gzip::compress(body);
        gzipped = true;
    }
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    if (gzipped)
        responder.writeHeader("Content-Encoding", "gzip");
    for (const auto &[name, value] : std::as_const(reply.headers))
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    if (fault != ResponseFault::Reset) {
        responder.writeBody(body);
        return;
    }
    // Half the body, then the connection is cut: the request was processed, the client cannot know it.
    responder.writeBody(body.left(body.size() / 2));
    QTcpSocket *socket = responder.socket();
    socket->flush();
    socket->waitForBytesWritten(200);
    socket->abort();
}

} // namespace sinergi::sandbox
