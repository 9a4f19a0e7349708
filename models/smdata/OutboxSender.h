#pragma once

#include "Backoff.h"
#include "Outbox.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace sinergi {
class Clock;
}

namespace sinergi::smdata {

class SmdataClient;

// Where a batch stands while the sender works on it, for a progress bar: reported when sending starts,
// after each acknowledged part, after the commit and at the decision.
struct SendProgress
{
    QString batchId;
    OutboxState state = OutboxState::Sending;
    int partsAcknowledged = 0;
    int partCount = 0;
    qint64 bytesAcknowledged = 0; // decoded bytes of the acknowledged parts
    qint64 totalBytes = 0;
};

// Moves the next due outbox batch forward over the protocol (section 11.2): asks the server first (GET
// batch) so a resumed batch sends only its missing parts, sends the manifest when the server has none,
// commits, polls for the decision, verifies the receipt with the pinned keys and stores it. Every failure
// is written to the outbox before runOnce() returns: retryable ones (transport, 5xx, garbage, 429, an
// expired session) keep the batch queued with the next attempt after a backoff; the rest mark it failed.
// Synchronous, like SmdataClient: run it on the worker thread that owns the client.
class OutboxSender
{
public:
    enum class Outcome { Idle, Accepted, Rejected, AwaitingDecision, RetryLater, Failed };

    OutboxSender(Outbox &outbox, SmdataClient &client, QList<QByteArray> pinnedKeys, const Clock &clock,
                 std::function<double()> random01, BackoffPolicy policy = {});

    // How long to poll for the decision after a commit before leaving the batch 'sent' for a later run.
    void setDecisionWait(int pollMs, int maxPolls)
    {
        m_pollMs = pollMs;
        m_maxPolls = maxPolls;
    }

    // Called on the sender's thread as the batch moves (see SendProgress).
    void setProgressCallback(std::function<void(const SendProgress &)> callback)
    {
        m_progress = std::move(callback);
    }
    // Called before a due batch is sent, inside the same error handling: a log-in that fails keeps the
    // batch queued with the same backoff and last error as any other failure.
    void setAuthenticator(std::function<void()> authenticate) { m_authenticate = std::move(authenticate); }

    // Idle when nothing is due. When the client was cancelled (the program is stopping) the batch is left
    // exactly as the store has it — no attempt counted, no error written — and RetryLater is returned: the
    // next start asks the server where it stands.
    Outcome runOnce();
    // The batch runOnce() last worked on.
    const QString &lastBatchId() const { return m_lastBatchId; }

private:
    Outcome send(const OutboxBatch &batch);
    Outcome decide(const OutboxBatch &batch, const struct BatchState &state);
    void report(const OutboxBatch &batch, OutboxState state, int partsAcknowledged,
                const QList<int> &missingParts);

    Outbox &m_outbox;
    SmdataClient &m_client;
    QList<QByteArray> m_pinnedKeys;
    const Clock &m_clock;
    std::function<double()> m_random01;
    BackoffPolicy m_policy;
    int m_pollMs = 100;
    int m_maxPolls = 100;
    QString m_lastBatchId;
    std::function<void(const SendProgress &)> m_progress;
    std::function<void()> m_authenticate;
    QList<qint64> m_partBytes; // of the batch being sent, from its manifest
};

} // namespace sinergi::smdata
