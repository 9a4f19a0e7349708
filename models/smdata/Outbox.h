#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sinergi {
class Database;
}

namespace sinergi::smdata {

enum class OutboxState { Queued, Sending, Sent, Accepted, Rejected, Failed };
QString outboxStateName(OutboxState state);

struct OutboxBatch
{
    QString batchId;
    QString regencyCode;
    QString period;
    QString description;
    QByteArray manifestBytes;
    QString manifestSha256;
    QString contentSha256;
    qint64 totalBytes = 0;
    int partCount = 0;
    OutboxState state = OutboxState::Queued;
    int partsAcknowledged = 0;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QByteArray receipt; // the receipt object as JSON, once verified
    QDateTime createdAt; // when it was queued

    bool finished() const
    {
        return state == OutboxState::Accepted || state == OutboxState::Rejected ||
               state == OutboxState::Failed;
    }
};

// The durable queue of SMData batches: rows of smdata_outbox / smdata_outbox_parts in the encrypted store,
// every change in its own transaction, so a batch that was queued survives a restart or a crash, and its
// progress (parts acknowledged, attempts, next attempt) is never ahead of what was written.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::smdata::Outbox)
public:
    explicit Outbox(Database &db);

    // Queues a batch: its manifest bytes (protocol section 7.2) and the parts it lists. Checks that the parts
    // hash to the manifest's values. Queuing the same manifest again is a no-op; another manifest under a
    // batch ID already queued throws Conflict — one UUID never names two contents.
    void enqueue(const QByteArray &manifestBytes, const QList<QByteArray> &parts, const QString &description,
                 const QDateTime &now);

    std::optional<OutboxBatch> find(const QString &batchId);
    QList<OutboxBatch> all();
    // The unfinished batch whose next attempt is due earliest (<= now), if any.
    std::optional<OutboxBatch> nextDue(const QDateTime &now);
    QByteArray part(const QString &batchId, int index);
    // The earliest next attempt of an unfinished batch; invalid when none waits.
    QDateTime nextAttemptAt();
    // "Send now": every unfinished batch becomes due at `now` (its backoff is skipped once; attempts and
    // last error stay). Returns how many.
    int makeDue(const QDateTime &now);

    void markSending(const QString &batchId, int partsAcknowledged, const QDateTime &now);
    void markSent(const QString &batchId, int partsAcknowledged, const QDateTime &nextPoll,
                  const QDateTime &now);
    void markDecided(const QString &batchId, OutboxState state, const QByteArray &receipt,
                     const QDateTime &now);
    // Back to queued with a later attempt; countsAsAttempt false for 429 (neither success nor failure).
    void scheduleRetry(const QString &batchId, const QDateTime &nextAttempt, const QString &error,
                       bool countsAsAttempt, const QDateTime &now);
    void markFailed(const QString &batchId, const QString &error, const QDateTime &now);

private:
    void update(const QString &batchId, const char *sql, const QList<QVariant> &values);

    Database &m_db;
};

} // namespace sinergi::smdata
