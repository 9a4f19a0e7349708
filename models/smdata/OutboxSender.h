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

    Outcome runOnce();
    // The batch runOnce() last worked on.
    const QString &lastBatchId() const { return m_lastBatchId; }

private:
    Outcome send(const OutboxBatch &batch);
    Outcome decide(const OutboxBatch &batch, const struct BatchState &state);

    Outbox &m_outbox;
    SmdataClient &m_client;
    QList<QByteArray> m_pinnedKeys;
    const Clock &m_clock;
    std::function<double()> m_random01;
    BackoffPolicy m_policy;
    int m_pollMs = 100;
    int m_maxPolls = 100;
    QString m_lastBatchId;
};

} // namespace sinergi::smdata
