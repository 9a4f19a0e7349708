#pragma once

#include "Backoff.h"
#include "OutboxSender.h"
#include "SmdataSettings.h"
#include "store/Database.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace sinergi {
class Clock;
}

namespace sinergi::smdata {

class Outbox;
class SmdataClient;

struct SenderConfig
{
    BackoffPolicy policy;
    int pollMs = 2000;         // decision polling after a commit (protocol section 8.1)
    int maxPolls = 15;         // then the batch stays 'sent' and is polled again later
    int recheckMs = 60 * 1000; // looks at the outbox at least this often (batches queued by another
                               // connection, e.g. the CLI, without a wake-up)
    int storeProblemRetryMs = 5000;
};

// The outbox sender as a QObject on its own thread (OutboxSenderThread makes and drives it). It owns its
// store connection, an SmdataClient and an OutboxSender, all made and used on that thread; it runs
// OutboxSender::runOnce() while work is due, then sleeps until the next due attempt, a wake-up or a
// re-check. The SMData settings are read again from the store before each round, so a changed password or
// address is used at the next "send now" without a restart.
class OutboxWorker : public QObject
{
    Q_OBJECT
public:
    OutboxWorker(Database db, SenderConfig config, const Clock &clock);
    ~OutboxWorker() override;

    // Any thread: no new work starts, and the request in flight is aborted (see SmdataClient::cancel); the
    // batch stays as the store has it.
    void requestStop();

    // Queued from the owner.
    void start();
    void wake();     // look for due batches now (e.g. a batch was queued)
    void sendNow();  // every waiting batch due now, then send
    void teardown(); // on the worker thread when it finishes: closes the client and the connection

signals:
    void progress(const sinergi::smdata::SendProgress &progress);
    // A batch's row changed (sent, decided, retry scheduled, failed); outcome is an OutboxSender::Outcome.
    void batchUpdated(const QString &batchId, int outcome);
    // Nothing is due; the next attempt is at nextAttempt (invalid: nothing waits).
    void idle(const QDateTime &nextAttempt);
    // The sender could not work at all (store unreadable): the message is translated.
    void problem(const QString &message);

private:
    void runDue();
    void ensureSender();
    void authenticate();
    void armTimer();

    Database m_db;
    SenderConfig m_config;
    const Clock &m_clock;
    std::shared_ptr<std::atomic<bool>> m_stopping = std::make_shared<std::atomic<bool>>(false);
    SmdataSettings m_settings;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SmdataClient> m_client;
    std::unique_ptr<OutboxSender> m_sender;
    QTimer *m_timer = nullptr;
    bool m_running = false;
};

} // namespace sinergi::smdata

Q_DECLARE_METATYPE(sinergi::smdata::SendProgress)
