#pragma once

#include "ApiReply.h"
#include "BatchService.h"
#include "BatchValidator.h"
#include "FaultSettings.h"
#include "ReceiptSigner.h"
#include "SandboxStore.h"
#include "SharedDataSeeder.h"
#include "SharedDataService.h"
#include "TemplateCatalog.h"
#include "TokenService.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QRandomGenerator>

#include <memory>

namespace sinergi::sandbox {

struct SandboxOptions
{
    QList<SandboxUser> users;
    bool https = true;
    FaultSettings faults;
    quint32 seed = 1;
    int accessTtlSeconds = 900;
    int refreshTtlSeconds = 7 * 24 * 3600;
    SharedSeedOptions shared;
};

// The reference server of docs/smdata-protocol.md on top of Qt HttpServer 6.4. All requests go through
// one dispatcher (the missing-handler, with no Qt routes) rather than QHttpServer::route(): the protocol
// needs the same steps before every handler — size limits, gzip decoding, the protocol field, the bearer
// token and the fault switches — and the raw responder, to cut a connection mid-body on purpose.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    SandboxServer(SandboxStore &store, SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // The port listened on, 0 on failure. HTTPS unless options.https is false.
    quint16 listen(const QHostAddress &address, quint16 port);

    QByteArray caCertificatePem() const;
    // Takes in an offline batch file (protocol section 13, OfflineIntake) without the network: the answer
    // is the batch state or the error body. trustedSigners: accepted signer keys, empty = any.
    ApiReply openOffline(const QByteArray &file, const QList<QByteArray> &trustedSigners);
    const ReceiptSigner &signer() const { return *m_signer; }

private:
    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    ApiReply dispatch(const ApiRequest &request);
    ApiReply dispatchAuthenticated(const ApiRequest &request, const QStringList &path,
                                   const TokenOwner &owner);
    ApiReply info() const;
    ApiReply faults(const ApiRequest &request);
    ApiReply templates(const QStringList &path, const ApiRequest &request) const;

    enum class ResponseFault { None, Reset, Malformed, Oversized };
    void write(QHttpServerResponder &responder, ApiReply reply, bool gzipAllowed, ResponseFault fault);

    SandboxStore &m_store;
    SandboxOptions m_options;
    QRandomGenerator m_rng;
    std::unique_ptr<TemplateCatalog> m_catalog;
    std::unique_ptr<BatchValidator> m_validator;
    std::unique_ptr<ReceiptSigner> m_signer;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<SharedDataService> m_shared;
    BatchService *m_batches = nullptr;
    QHttpServer m_http;
};

} // namespace sinergi::sandbox
