#include "OutboxWorker.h"

#include "Outbox.h"
#include "SmdataClient.h"
#include "common/Clock.h"

#include <QMetaObject>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace sinergi::smdata {

OutboxWorker::OutboxWorker(Database db, SenderConfig config, const Clock &clock)
    : m_db(std::move(db)), m_config(config), m_clock(clock)
{
}

OutboxWorker::~OutboxWorker() = default;

void OutboxWorker::requestStop()
{
    m_stopping->store(true);
    // Runs inside the local event loop of a request in flight (or right away when the thread is idle).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_client)
                m_client->cancel();
            if (m_timer)
                m_timer->stop();
        },
        Qt::QueuedConnection);
}

void OutboxWorker::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OutboxWorker::runDue);
    m_outbox = std::make_unique<Outbox>(m_db);
    runDue();
}

void OutboxWorker::wake()
{
    runDue();
}

void OutboxWorker::sendNow()
{
    if (m_stopping->load() || !m_outbox)
        return;
    try {
        m_outbox->makeDue(m_clock.now());
    } catch (const Error &e) {
        emit problem(e.userMessage());
    }
    runDue();
}

void OutboxWorker::teardown()
{
    delete m_timer; // on its own thread: a timer cannot be stopped from another
    m_timer = nullptr;
    m_sender.reset();
    m_client.reset();
    m_outbox.reset();
    m_db.close();
}

void OutboxWorker::ensureSender()
{
    const SmdataSettings now = SmdataSettings::read(m_db);
    const bool same = m_sender && now.url == m_settings.url && now.username == m_settings.username &&
                      now.password == m_settings.password && now.caBundlePem == m_settings.caBundlePem &&
                      now.receiptKeys == m_settings.receiptKeys;
    if (same)
        return;
    m_settings = now;
    m_sender.reset();
    ClientConfig config = m_settings.clientConfig();
    config.stopFlag = m_stopping;
    m_client = std::make_unique<SmdataClient>(config);
    m_sender = std::make_unique<OutboxSender>(
        *m_outbox, *m_client, m_settings.receiptKeys, m_clock,
        [] { return QRandomGenerator::global()->generateDouble(); }, m_config.policy);
    m_sender->setDecisionWait(m_config.pollMs, m_config.maxPolls);
    m_sender->setAuthenticator([this] { authenticate(); });
    m_sender->setProgressCallback([this](const SendProgress &p) { emit progress(p); });
}

void OutboxWorker::authenticate()
{
    if (!m_client->session().accessToken.isEmpty())
        return; // the client refreshes ahead of expiry and once on a 401 by itself
    if (!m_settings.complete())
        throw SmdataError(FailureKind::Credentials, u"SMData address or user admin not configured"_qs, 0,
                          u"not_configured"_qs);
    m_client->login(m_settings.username, m_settings.password);
}

void OutboxWorker::runDue()
{
    // Re-entry: a queued wake-up delivered inside a request's local event loop must not start a second
    // round inside the first; the running round looks at the outbox again before it ends.
    if (m_running || m_stopping->load() || !m_outbox)
        return;
    m_running = true;
    try {
        ensureSender();
        while (!m_stopping->load()) {
            const OutboxSender::Outcome outcome = m_sender->runOnce();
            if (outcome == OutboxSender::Outcome::Idle || m_stopping->load())
                break;
            emit batchUpdated(m_sender->lastBatchId(), int(outcome));
        }
    } catch (const Error &e) {
        // The store itself failed (locked too long, disk full): nothing was lost; try again shortly.
        m_running = false;
        emit problem(e.userMessage());
        if (!m_stopping->load())
            m_timer->start(m_config.storeProblemRetryMs);
        return;
    }
    m_running = false;
    if (!m_stopping->load())
        armTimer();
}

void OutboxWorker::armTimer()
{
    QDateTime next;
    try {
        next = m_outbox->nextAttemptAt();
    } catch (const Error &e) {
        emit problem(e.userMessage());
    }
    qint64 delay = m_config.recheckMs;
    if (next.isValid())
        delay = std::clamp<qint64>(m_clock.now().msecsTo(next), 0, m_config.recheckMs);
    m_timer->start(int(delay));
    emit idle(next);
}

} // namespace sinergi::smdata
