#include "Outbox.h"
#include "common/Sha256.h"

#include "common/Error.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sinergi::smdata {

namespace {

QString hex256(const QByteArray &bytes)
{
    return Sha256::hashHex(bytes);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

const char *const kStateNames[] = {"queued", "sending", "sent", "accepted", "rejected", "failed"};

OutboxState stateFromName(const QString &name)
{
    for (int i = 0; i < 6; ++i) {
        if (name == QLatin1String(kStateNames[i]))
            return OutboxState(i);
    }
    throw Error(ErrorCode::Corrupted, u"unknown outbox state "_qs + name);
}

constexpr char kColumns[] =
    "SELECT batch_id, regency_code, period, description, manifest, manifest_sha256, content_sha256, "
    "total_bytes, part_count, state, parts_acknowledged, attempts, next_attempt_at, last_error, receipt, "
    "created_at FROM smdata_outbox ";

OutboxBatch readRow(const Statement &s)
{
    OutboxBatch b;
    b.batchId = s.text(0);
    b.regencyCode = s.text(1);
    b.period = s.text(2);
    b.description = s.text(3);
    b.manifestBytes = s.blob(4);
    b.manifestSha256 = s.text(5);
    b.contentSha256 = s.text(6);
    b.totalBytes = s.int64(7);
    b.partCount = s.int32(8);
    b.state = stateFromName(s.text(9));
    b.partsAcknowledged = s.int32(10);
    b.attempts = s.int32(11);
    b.nextAttemptAt = QDateTime::fromString(s.text(12), Qt::ISODateWithMs);
    b.lastError = s.text(13);
    if (!s.isNull(14))
        b.receipt = s.text(14).toUtf8();
    b.createdAt = QDateTime::fromString(s.text(15), Qt::ISODateWithMs);
    return b;
}

} // namespace

QString outboxStateName(OutboxState state)
{
    return QLatin1String(kStateNames[int(state)]);
}

Outbox::Outbox(Database &db) : m_db(db) {}

void Outbox::enqueue(const QByteArray &manifestBytes, const QList<QByteArray> &parts,
                     const QString &description, const QDateTime &now)
{
    const QJsonObject m = QJsonDocument::fromJson(manifestBytes).object();
    const QString batchId = m.value(u"batch_id"_qs).toString();
    const QJsonArray listed = m.value(u"parts"_qs).toArray();
    if (batchId.isEmpty() || listed.size() != parts.size())
        throw Error(ErrorCode::InvalidArgument, tr("The batch cannot be queued: its manifest does not match "
                                                   "its parts. Build the batch again."));
    qint64 total = 0;
    Sha256 content;
    for (int i = 0; i < parts.size(); ++i) {
        if (listed.at(i).toObject().value(u"sha256"_qs).toString() != hex256(parts.at(i)))
            throw Error(ErrorCode::InvalidArgument, tr("The batch cannot be queued: part %1 does not match "
                                                       "its manifest. Build the batch again.")
                                                        .arg(i + 1));
        content.addData(parts.at(i));
        total += parts.at(i).size();
    }
    const QString contentSha = QString::fromLatin1(content.result().toHex());
    if (contentSha != m.value(u"content_sha256"_qs).toString() ||
        total != m.value(u"total_bytes"_qs).toInteger())
        throw Error(ErrorCode::InvalidArgument, tr("The batch cannot be queued: its content does not match "
                                                   "its manifest. Build the batch again."));

    Transaction tx(m_db);
    if (const auto existing = find(batchId)) {
        if (existing->manifestSha256 == hex256(manifestBytes))
            return; // the same batch queued again
        throw Error(ErrorCode::Conflict, u"batch %1 is already queued with another manifest"_qs.arg(batchId));
    }
    m_db.prepare(
            "INSERT INTO smdata_outbox (batch_id, regency_code, period, description, manifest, "
            "manifest_sha256, content_sha256, total_bytes, part_count, state, next_attempt_at, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)")
        .bindAll(batchId, m.value(u"regency_code"_qs).toString(), m.value(u"period"_qs).toString(),
                 description.isNull() ? u""_qs : description, manifestBytes, hex256(manifestBytes),
                 contentSha, std::int64_t(total), int(parts.size()), iso(now), iso(now), iso(now))
        .exec();
    Statement insertPart =
        m_db.prepare("INSERT INTO smdata_outbox_parts (batch_id, part_index, data) VALUES (?, ?, ?)");
    for (int i = 0; i < parts.size(); ++i) {
        insertPart.bindAll(batchId, i, parts.at(i)).exec();
        insertPart.reset();
    }
    tx.commit();
}

std::optional<OutboxBatch> Outbox::find(const QString &batchId)
{
    Statement s = m_db.prepare((QByteArray(kColumns) + "WHERE batch_id = ?").constData());
    s.bind(1, batchId);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

QList<OutboxBatch> Outbox::all()
{
    Statement s = m_db.prepare((QByteArray(kColumns) + "ORDER BY created_at, batch_id").constData());
    QList<OutboxBatch> result;
    while (s.step())
        result.append(readRow(s));
    return result;
}

std::optional<OutboxBatch> Outbox::nextDue(const QDateTime &now)
{
    Statement s = m_db.prepare((QByteArray(kColumns) +
                                "WHERE state IN ('queued', 'sending', 'sent') AND next_attempt_at <= ? "
                                "ORDER BY next_attempt_at, created_at LIMIT 1")
                                   .constData());
    s.bind(1, iso(now));
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

QByteArray Outbox::part(const QString &batchId, int index)
{
    Statement s = m_db.prepare("SELECT data FROM smdata_outbox_parts WHERE batch_id = ? AND part_index = ?");
    s.bindAll(batchId, index);
    if (!s.step())
        throw Error(ErrorCode::Corrupted, u"outbox part %1 of %2 is missing"_qs.arg(index).arg(batchId));
    return s.blob(0);
}

QDateTime Outbox::nextAttemptAt()
{
    const QVariant v = m_db.scalar(
        "SELECT min(next_attempt_at) FROM smdata_outbox WHERE state IN ('queued', 'sending', 'sent')");
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

int Outbox::makeDue(const QDateTime &now)
{
    Transaction tx(m_db);
    Statement s = m_db.prepare("UPDATE smdata_outbox SET next_attempt_at = ?1 "
                               "WHERE state IN ('queued', 'sending', 'sent') AND next_attempt_at > ?1");
    s.bind(1, iso(now));
    s.exec();
    const int n = m_db.changes();
    tx.commit();
    return n;
}

void Outbox::update(const QString &batchId, const char *sql, const QList<QVariant> &values)
{
    Transaction tx(m_db);
    Statement s = m_db.prepare(sql);
    int i = 1;
    for (const QVariant &v : values)
        s.bind(i++, v);
    s.bind(i, batchId);
    s.exec();
    tx.commit();
}

void Outbox::markSending(const QString &batchId, int partsAcknowledged, const QDateTime &now)
{
    update(batchId,
           "UPDATE smdata_outbox SET state = 'sending', parts_acknowledged = ?, updated_at = ? "
           "WHERE batch_id = ?",
           {partsAcknowledged, iso(now)});
}

void Outbox::markSent(const QString &batchId, int partsAcknowledged, const QDateTime &nextPoll,
                      const QDateTime &now)
{
    update(batchId,
           "UPDATE smdata_outbox SET state = 'sent', parts_acknowledged = ?, next_attempt_at = ?, "
           "updated_at = ? WHERE batch_id = ?",
           {partsAcknowledged, iso(nextPoll), iso(now)});
}

void Outbox::markDecided(const QString &batchId, OutboxState state, const QByteArray &receipt,
                         const QDateTime &now)
{
    update(batchId,
           "UPDATE smdata_outbox SET state = ?, parts_acknowledged = part_count, receipt = ?, "
           "last_error = '', updated_at = ? WHERE batch_id = ?",
           {outboxStateName(state), QString::fromUtf8(receipt), iso(now)});
}

void Outbox::scheduleRetry(const QString &batchId, const QDateTime &nextAttempt, const QString &error,
                           bool countsAsAttempt, const QDateTime &now)
{
    // A batch already committed stays 'sent' (only polling is left); anything else is queued again.
    update(batchId,
           "UPDATE smdata_outbox SET state = CASE state WHEN 'sent' THEN 'sent' ELSE 'queued' END, "
           "attempts = attempts + ?, next_attempt_at = ?, last_error = ?, updated_at = ? "
           "WHERE batch_id = ?",
           {countsAsAttempt ? 1 : 0, iso(nextAttempt), error, iso(now)});
}

void Outbox::markFailed(const QString &batchId, const QString &error, const QDateTime &now)
{
    update(batchId,
           "UPDATE smdata_outbox SET state = 'failed', last_error = ?, updated_at = ? WHERE batch_id = ?",
           {error, iso(now)});
}

} // namespace sinergi::smdata
