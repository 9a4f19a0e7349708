#pragma once

#include "SmdataError.h"

#include <QByteArray>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace sinergi::smdata {

struct ClientConfig
{
    QString baseUrl;                         // https://host:port, without /api/v1
    QByteArray caBundlePem;                  // when set, replaces the system trust store (protocol section 1)
    int timeoutMs = 60000;                   // per request, no bytes moving
    qint64 maxAnswerBytes = 4 * 1024 * 1024; // an answer larger than this (on the wire or decoded) is refused
    qint64 gzipFromBytes = 1024;             // request bodies at least this large are sent gzip'ed
    // Set from any thread to stop the client like cancel() (checked before and after every request).
    std::shared_ptr<const std::atomic<bool>> stopFlag;
};

struct Session
{
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt; // server time minus our clock offset, i.e. our clock
    QString regencyCode;
};

// The state object of section 8.1 with the members the outbox decides on.
struct BatchState
{
    QJsonObject json;
    QString state; // open, received, validating, accepted, rejected
    int lastAcknowledgedPart = -1;
    QList<int> missingParts;
    int partsAcknowledged = 0;
    int partCount = 0;
    bool created = false; // PUT manifest answered 201

    static BatchState fromJson(const QJsonObject &json);
    bool decided() const { return state == u"accepted"_qs || state == u"rejected"_qs; }
};

// One page of a rejected batch's per-record errors (section 8.3).
struct ErrorPage
{
    int total = 0;
    int offset = 0;
    QJsonArray errors; // {dataset, line, natural_key, field, code, message}
};

// One page of the consolidated shared data (section 10).
struct SharedPage
{
    QString datasetId;
    int templateVersion = 0;
    QString snapshot;
    QJsonArray records;    // {source, source_id, updated_at, record}
    QString nextPageToken; // empty on the last page
};

// The SMData protocol v1 client (docs/smdata-protocol.md). Synchronous on purpose: submitting a batch is a
// chain of steps that each depend on the previous answer (resume point, parts, commit, poll), which reads
// and tests as straight-line code. Each call spins a local event loop, so it must run on a thread with no
// other duty — the outbox sender's worker thread, or a test. One object per thread (QNetworkAccessManager is
// thread-affine). Every failure is thrown as SmdataError.
class SmdataClient
{
public:
    explicit SmdataClient(ClientConfig config);

    void login(const QString &username, const QString &password);
    void refresh();
    const Session &session() const { return m_session; }
    void setSession(const Session &session) { m_session = session; }

    QJsonArray templates();
    // PUT manifest: 201 (created) or 200 (the same manifest again; the current state).
    BatchState putManifest(const QString &batchId, const QByteArray &manifestBytes);
    BatchState putPart(const QString &batchId, int index, const QByteArray &bytes);
    // A part already encoded for the wire (see EncodedPart): what the outbox sender uses, so the gzip of
    // the next part is made on another thread while this one travels.
    struct EncodedPart
    {
        QByteArray gzipped;   // the part as gzip (Content-Encoding: gzip)
        QByteArray sha256Hex; // of the decoded part: X-Part-SHA256
        static EncodedPart encode(const QByteArray &bytes);
    };
    BatchState putPart(const QString &batchId, int index, const EncodedPart &part);
    // nullopt when the server has no manifest under batchId (404).
    std::optional<BatchState> batch(const QString &batchId);
    BatchState commit(const QString &batchId, const QString &contentSha256);
    QList<BatchState> batches(const QString &period = {});
    // Per-record errors of a rejected batch, paged (limit <= page_size_max).
    ErrorPage batchErrors(const QString &batchId, int offset, int limit = 500);
    // All of them, page after page.
    QJsonArray allBatchErrors(const QString &batchId);
    // The shared data of a dataset for a period ("" = all periods), one page; pageToken empty for the first.
    SharedPage sharedPage(const QString &datasetId, const QString &period, int pageSize,
                          const QString &pageToken);

    // Stops the client for good: the request in flight is aborted and every later call throws a Transport
    // error at once, with cancelled() true. Thread-safe in the sense that matters here: called from the
    // owning thread (a queued call runs inside the local event loop of a request in flight) or, for the
    // flag alone, from anywhere.
    void cancel();
    bool cancelled() const { return m_cancelled.load() || (m_config.stopFlag && m_config.stopFlag->load()); }
    // Waits ms milliseconds with the thread's events running (so a queued cancel() gets through); throws
    // like a cancelled request when cancelled before or during the wait.
    void pause(int ms);

    // Request body bytes put on the wire since construction (after gzip): what a resume saves is measured
    // here.
    qint64 bytesSent() const { return m_bytesSent; }
    int requestCount() const { return m_requests; }

private:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
        QByteArray retryAfter;
    };
    // One exchange; throws for transport failures, unreadable answers and statuses >= 400. On 401
    // token_expired/token_invalid it refreshes once and repeats (all protocol requests are idempotent).
    // gzipped: body is already gzip and goes on the wire as it is (Content-Encoding: gzip).
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool authenticated = true,
                bool gzipped = false);
    Answer exchange(const QByteArray &method, const QString &path, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers, bool authenticated, bool gzipped);
    void takeSession(const QJsonObject &json);

    void throwIfCancelled() const;

    ClientConfig m_config;
    QNetworkAccessManager m_nam;
    QNetworkReply *m_inFlight = nullptr;
    QEventLoop *m_pauseLoop = nullptr;
    std::atomic<bool> m_cancelled{false};
    Session m_session;
    qint64 m_bytesSent = 0;
    int m_requests = 0;
};

} // namespace sinergi::smdata
