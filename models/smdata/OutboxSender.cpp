#include "OutboxSender.h"

#include "ReceiptVerifier.h"
#include "SmdataClient.h"
#include "common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace sinergi::smdata {

OutboxSender::OutboxSender(Outbox &outbox, SmdataClient &client, QList<QByteArray> pinnedKeys,
                           const Clock &clock, std::function<double()> random01, BackoffPolicy policy)
    : m_outbox(outbox), m_client(client), m_pinnedKeys(std::move(pinnedKeys)), m_clock(clock),
      m_random01(std::move(random01)), m_policy(policy)
{
}

OutboxSender::Outcome OutboxSender::runOnce()
{
    const std::optional<OutboxBatch> batch = m_outbox.nextDue(m_clock.now());
    if (!batch)
        return Outcome::Idle;
    m_lastBatchId = batch->batchId;
    m_partBytes.clear();
    for (const QJsonValue &p : QJsonDocument::fromJson(batch->manifestBytes)[u"parts"_qs].toArray())
        m_partBytes.append(p[u"bytes"_qs].toInteger());
    try {
        if (m_authenticate)
            m_authenticate();
        return send(*batch);
    } catch (const SmdataError &e) {
        if (m_client.cancelled())
            return Outcome::RetryLater;
        const QString message = e.userMessage() + u" ["_qs + e.detail() + u"]"_qs;
        // A session that ended or a certificate not (yet) trusted is fixed in the settings, not by
        // building the batch again: the batch waits, nothing is lost.
        const bool keepQueued =
            e.retryable() || e.kind() == FailureKind::Credentials || e.kind() == FailureKind::Tls;
        if (!keepQueued) {
            m_outbox.markFailed(batch->batchId, message, m_clock.now());
            return Outcome::Failed;
        }
        // 429 is neither success nor failure of the batch (section 4): it does not grow the backoff.
        const bool counts = e.kind() != FailureKind::RateLimited;
        const double delay = backoffSeconds(m_policy, batch->attempts, e.retryAfterSeconds(), m_random01);
        const QDateTime next = m_clock.now().addMSecs(qint64(std::ceil(delay * 1000)));
        m_outbox.scheduleRetry(batch->batchId, next, message, counts, m_clock.now());
        return Outcome::RetryLater;
    }
}

OutboxSender::Outcome OutboxSender::send(const OutboxBatch &batch)
{
    // Ask first: after a crash or a cut connection the server knows better than our last write what
    // arrived (section 7.4).
    std::optional<BatchState> state = m_client.batch(batch.batchId);
    if (!state)
        state = m_client.putManifest(batch.batchId, batch.manifestBytes);
    if (state->decided())
        return decide(batch, *state);
    if (state->state == u"open"_qs) {
        m_outbox.markSending(batch.batchId, state->partsAcknowledged, m_clock.now());
        QList<int> missing = state->missingParts;
        report(batch, OutboxState::Sending, state->partsAcknowledged, missing);
        // The next part is read here and gzip'ed on the pool while the current one travels: compressing
        // a 1 MiB part takes about as long as sending it over a fast link, so done in turn they add up.
        const QList<int> order = state->missingParts;
        const auto encodeLater = [this, &batch](int index) {
            return QtConcurrent::run(&SmdataClient::EncodedPart::encode, m_outbox.part(batch.batchId, index));
        };
        QFuture<SmdataClient::EncodedPart> next;
        if (!order.isEmpty())
            next = encodeLater(order.first());
        // No encoding left running on the pool when this turn ends early (a cut, a cancel, an error).
        const auto waitForEncoder = qScopeGuard([&next] { next.waitForFinished(); });
        for (qsizetype i = 0; i < order.size(); ++i) {
            const int index = order.at(i);
            const SmdataClient::EncodedPart part = next.result();
            if (i + 1 < order.size())
                next = encodeLater(order.at(i + 1));
            const BatchState acked = m_client.putPart(batch.batchId, index, part);
            m_outbox.markSending(batch.batchId, acked.partsAcknowledged, m_clock.now());
            missing.removeOne(index);
            report(batch, OutboxState::Sending, acked.partsAcknowledged, missing);
        }
        state = m_client.commit(batch.batchId, batch.contentSha256);
        report(batch, OutboxState::Sent, batch.partCount, {});
    }
    for (int poll = 0; !state->decided() && poll < m_maxPolls; ++poll) {
        m_client.pause(m_pollMs); // not a sleep: a stop request gets through
        state = m_client.batch(batch.batchId);
        if (!state)
            throw SmdataError(FailureKind::BadAnswer, u"committed batch unknown to the server"_qs, 404,
                              u"not_found"_qs, true);
    }
    if (state->decided())
        return decide(batch, *state);
    m_outbox.markSent(batch.batchId, batch.partCount, m_clock.now().addMSecs(m_pollMs), m_clock.now());
    return Outcome::AwaitingDecision;
}

OutboxSender::Outcome OutboxSender::decide(const OutboxBatch &batch, const BatchState &state)
{
    const QJsonObject receipt = state.json.value(u"receipt"_qs).toObject();
    verifyReceipt(receipt, m_pinnedKeys,
                  {batch.batchId, batch.regencyCode, batch.period, batch.manifestSha256, batch.contentSha256,
                   batch.totalBytes});
    const bool accepted = state.state == u"accepted"_qs;
    const OutboxState decided = accepted ? OutboxState::Accepted : OutboxState::Rejected;
    m_outbox.markDecided(batch.batchId, decided, QJsonDocument(receipt).toJson(QJsonDocument::Compact),
                         m_clock.now());
    report(batch, decided, batch.partCount, {});
    return accepted ? Outcome::Accepted : Outcome::Rejected;
}

void OutboxSender::report(const OutboxBatch &batch, OutboxState state, int partsAcknowledged,
                          const QList<int> &missingParts)
{
    if (!m_progress)
        return;
    SendProgress p;
    p.batchId = batch.batchId;
    p.state = state;
    p.partsAcknowledged = partsAcknowledged;
    p.partCount = batch.partCount;
    p.totalBytes = batch.totalBytes;
    p.bytesAcknowledged = batch.totalBytes;
    for (int index : missingParts)
        p.bytesAcknowledged -= m_partBytes.value(index);
    m_progress(p);
}

} // namespace sinergi::smdata
