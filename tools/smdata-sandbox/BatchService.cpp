#include "BatchService.h"
#include "common/Sha256.h"

#include "smdata/SmdataProtocol.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace sinergi::sandbox {

namespace {

QString sha256Hex(const QByteArray &data)
{
    return Sha256::hashHex(data);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool isHash(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_qs);
    return hex.match(text).hasMatch();
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A JSON string literal, escaped as JSON requires (for the receipt payload, written member by member
// because QJsonObject would reorder the members).
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return array;
}

ApiReply notFound()
{
    return ApiReply::error(404, u"not_found"_qs, u"No such batch for this regency"_qs);
}

} // namespace

BatchService::BatchService(SandboxStore &store, const TemplateCatalog &catalog,
                           const BatchValidator &validator, const ReceiptSigner &signer, QObject *parent)
    : QObject(parent), m_store(store), m_catalog(catalog), m_validator(validator), m_signer(signer)
{
}

QString BatchService::checkManifest(const TokenOwner &owner, const QString &batchId, const QJsonObject &m,
                                    int *status) const
{
    *status = 422;
    if (QUuid::fromString(batchId).isNull() || batchId != batchId.toLower() || batchId.size() != 36)
        return u"batch_id is not a lower-case UUID"_qs;
    if (m.value(u"batch_id"_qs).toString() != batchId)
        return u"batch_id differs from the path"_qs;
    if (m.value(u"regency_code"_qs).toString() != owner.regencyCode) {
        *status = 403;
        return u"regency_code is not the regency of this account"_qs;
    }
    static const QRegularExpression period(u"^[0-9]{4}(-(0[1-9]|1[0-2])|-S[12])?$"_qs);
    if (!period.match(m.value(u"period"_qs).toString()).hasMatch())
        return u"period is not yyyy-MM, yyyy-S1, yyyy-S2 or yyyy"_qs;
    const QJsonArray datasets = m.value(u"datasets"_qs).toArray();
    if (datasets.isEmpty())
        return u"datasets is empty"_qs;
    QSet<QString> seen;
    for (const QJsonValue &v : datasets) {
        const QJsonObject d = v.toObject();
        const QString id = d.value(u"dataset_id"_qs).toString();
        if (!m_catalog.find(id, d.value(u"template_version"_qs).toInt(-1)))
            return u"dataset %1 version %2 is not accepted"_qs.arg(id).arg(
                d.value(u"template_version"_qs).toInt());
        if (seen.contains(id))
            return u"dataset %1 is listed twice"_qs.arg(id);
        seen.insert(id);
        if (!d.value(u"records"_qs).isDouble() || d.value(u"records"_qs).toInteger(-1) < 0)
            return u"records of %1 is not a count"_qs.arg(id);
    }
    const qint64 partSize = m.value(u"part_size"_qs).toInteger(0);
    if (partSize < 1 || partSize > smdata::kMaxPartBytes) {
        *status = partSize > smdata::kMaxPartBytes ? 413 : 422;
        return u"part_size must be 1..%1"_qs.arg(smdata::kMaxPartBytes);
    }
    const QJsonArray parts = m.value(u"parts"_qs).toArray();
    if (parts.isEmpty())
        return u"parts is empty"_qs;
    if (parts.size() > smdata::kMaxParts) {
        *status = 413;
        return u"more than %1 parts"_qs.arg(smdata::kMaxParts);
    }
    qint64 total = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const QJsonObject p = parts.at(i).toObject();
        const qint64 bytes = p.value(u"bytes"_qs).toInteger(0);
        if (p.value(u"index"_qs).toInteger(-1) != i)
            return u"parts[%1].index is not %1"_qs.arg(i);
        if (!isHash(p.value(u"sha256"_qs).toString()))
            return u"parts[%1].sha256 is not a SHA-256 in lower-case hex"_qs.arg(i);
        const bool last = i == parts.size() - 1;
        if ((!last && bytes != partSize) || (last && (bytes < 1 || bytes > partSize)))
            return u"parts[%1].bytes does not fit part_size"_qs.arg(i);
        total += bytes;
    }
    if (total != m.value(u"total_bytes"_qs).toInteger(-1))
        return u"the parts do not add up to total_bytes"_qs;
    if (!isHash(m.value(u"content_sha256"_qs).toString()))
        return u"content_sha256 is not a SHA-256 in lower-case hex"_qs;
    return {};
}

ApiReply BatchService::putManifest(const TokenOwner &owner, const QString &batchId,
                                   const QJsonObject &manifest, const QByteArray &manifestBytes)
{
    {
        Statement existing =
            m_store.db().prepare("SELECT manifest, regency_code FROM batches WHERE batch_id = ?");
        existing.bind(1, batchId);
        if (existing.step()) {
            if (existing.text(1) != owner.regencyCode)
                return ApiReply::error(409, u"batch_conflict"_qs, u"This batch UUID is already taken"_qs);
            QJsonObject stored = parseObject(existing.blob(0));
            if (stored != manifest) {
                return ApiReply::error(409, u"batch_conflict"_qs,
                                       u"A different manifest was already submitted under this batch UUID"_qs,
                                       QJsonObject{{u"batch_id"_qs, batchId}});
            }
            return ApiReply::json(200, *stateObject(owner, batchId, true));
        }
    }
    int status = 0;
    const QString reason = checkManifest(owner, batchId, manifest, &status);
    if (!reason.isEmpty()) {
        if (status == 403)
            return ApiReply::error(403, u"forbidden"_qs, reason);
        if (status == 413) {
            return ApiReply::error(413, u"payload_too_large"_qs, reason,
                                   QJsonObject{{u"limit_bytes"_qs, smdata::kMaxPartBytes},
                                               {u"max_parts"_qs, smdata::kMaxParts}});
        }
        return ApiReply::error(422, u"manifest_invalid"_qs, reason, QJsonObject{{u"reason"_qs, reason}});
    }
    Statement insert = m_store.db().prepare(
        "INSERT INTO batches(batch_id, seq, regency_code, period, manifest, manifest_sha256, state, "
        "part_count,"
        " created_at) VALUES(?, (SELECT coalesce(max(seq), 0) + 1 FROM batches), ?, ?, ?, ?, 'open', ?, ?)");
    insert.bindAll(batchId, owner.regencyCode, manifest.value(u"period"_qs).toString(), manifestBytes,
                   sha256Hex(manifestBytes), static_cast<int>(manifest.value(u"parts"_qs).toArray().size()),
                   nowText());
    insert.exec();
    return ApiReply::json(201, *stateObject(owner, batchId, true));
}

ApiReply BatchService::putPart(const TokenOwner &owner, const QString &batchId, int index,
                               const QByteArray &data, const QByteArray &hashHeader)
{
    Statement batch =
        m_store.db().prepare("SELECT manifest FROM batches WHERE batch_id = ? AND regency_code = ?");
    batch.bindAll(batchId, owner.regencyCode);
    if (!batch.step())
        return notFound();
    const QJsonArray parts = parseObject(batch.blob(0)).value(u"parts"_qs).toArray();
    if (index < 0 || index >= parts.size())
        return ApiReply::error(404, u"not_found"_qs, u"No part %1 in this batch"_qs.arg(index));
    const QString declared = QString::fromLatin1(hashHeader).toLower();
    if (!isHash(declared)) {
        return ApiReply::error(400, u"invalid_request"_qs, u"X-Part-SHA256 missing or not a SHA-256"_qs,
                               QJsonObject{{u"field"_qs, QString::fromLatin1(smdata::kPartHashHeader)}});
    }
    const QString actual = sha256Hex(data);
    if (actual != declared) {
        return ApiReply::error(
            422, u"part_hash_mismatch"_qs,
            u"The SHA-256 of part %1 does not match the X-Part-SHA256 header"_qs.arg(index),
            QJsonObject{{u"part"_qs, index}, {u"expected"_qs, declared}, {u"actual"_qs, actual}}, true);
    }
    const QJsonObject expected = parts.at(index).toObject();
    if (expected.value(u"sha256"_qs).toString() != actual) {
        return ApiReply::error(409, u"part_conflict"_qs,
                               u"Part %1 differs from the manifest's hash for that index"_qs.arg(index),
                               QJsonObject{{u"part"_qs, index}});
    }
    if (data.size() != expected.value(u"bytes"_qs).toInteger()) {
        return ApiReply::error(422, u"manifest_invalid"_qs, u"Part %1 has the wrong length"_qs.arg(index),
                               QJsonObject{{u"reason"_qs, u"part length"_qs}});
    }
    // The hash equals the manifest's, so an already stored part is this very content: ignoring the
    // insert makes a repeated part harmless, also after commit.
    Statement insert =
        m_store.db().prepare("INSERT OR IGNORE INTO parts(batch_id, idx, sha256, data) VALUES(?, ?, ?, ?)");
    insert.bindAll(batchId, index, actual, data);
    insert.exec();

    const QJsonObject state = *stateObject(owner, batchId, false);
    return ApiReply::json(
        200, QJsonObject{{u"batch_id"_qs, batchId},
                         {u"index"_qs, index},
                         {u"acknowledged"_qs, true},
                         {u"parts_acknowledged"_qs, state.value(u"parts_acknowledged"_qs)},
                         {u"part_count"_qs, state.value(u"part_count"_qs)},
                         {u"last_acknowledged_part"_qs, state.value(u"last_acknowledged_part"_qs)},
                         {u"missing_parts"_qs, state.value(u"missing_parts"_qs)}});
}

ApiReply BatchService::commit(const TokenOwner &owner, const QString &batchId, const QJsonObject &body)
{
    const std::optional<QJsonObject> state = stateObject(owner, batchId, true);
    if (!state)
        return notFound();
    if (state->value(u"state"_qs).toString() != u"open"_qs)
        return ApiReply::json(200, *state);
    const QJsonArray missing = state->value(u"missing_parts"_qs).toArray();
    if (!missing.isEmpty()) {
        return ApiReply::error(409, u"parts_missing"_qs, u"Not every part has been acknowledged"_qs,
                               QJsonObject{{u"missing_parts"_qs, missing}});
    }
    const QString declared = state->value(u"content_sha256"_qs).toString();
    Sha256 whole;
    Statement parts = m_store.db().prepare("SELECT data FROM parts WHERE batch_id = ? ORDER BY idx");
    parts.bind(1, batchId);
    while (parts.step())
        whole.addData(parts.blob(0));
    const QString actual = QString::fromLatin1(whole.result().toHex());
    if (actual != declared || body.value(u"content_sha256"_qs).toString() != declared) {
        return ApiReply::error(422, u"content_hash_mismatch"_qs,
                               u"The parts together do not hash to content_sha256"_qs,
                               QJsonObject{{u"expected"_qs, declared}, {u"actual"_qs, actual}});
    }
    Statement update = m_store.db().prepare(
        "UPDATE batches SET state = 'received', committed_at = ? WHERE batch_id = ? AND state = 'open'");
    update.bindAll(nowText(), batchId);
    update.exec();
    // Validation runs after the answer has gone out, as on the real service.
    QTimer::singleShot(0, this, &BatchService::validateNextInBackground);
    return ApiReply::json(202, *stateObject(owner, batchId, true));
}

BatchService::~BatchService()
{
    // The pool thread reads the validator, which lives as long as the server, not longer.
    m_running.waitForFinished();
}

QStringList BatchService::pendingIds() const
{
    QStringList pending;
    Statement st = m_store.db().prepare(
        "SELECT batch_id FROM batches WHERE state IN ('received', 'validating') ORDER BY seq");
    while (st.step())
        pending << st.text(0);
    return pending;
}

void BatchService::validatePending()
{
    for (const QString &id : pendingIds()) {
        if (id == m_runningId)
            continue; // the background validation decides it
        // Called from the event loop: nothing may escape. A batch that fails here stays "validating" and is
        // tried again at the next start.
        try {
            decide(id);
        } catch (const std::exception &e) {
            qWarning("smdata-sandbox: validating batch %s failed: %s", qPrintable(id), e.what());
        }
    }
}

void BatchService::validateNextInBackground()
{
    if (m_running.isRunning())
        return; // its end looks for more
    const QStringList pending = pendingIds();
    if (pending.isEmpty())
        return;
    std::optional<Committed> batch;
    try {
        batch = loadCommitted(pending.first());
    } catch (const std::exception &e) {
        qWarning("smdata-sandbox: reading batch %s failed: %s", qPrintable(pending.first()), e.what());
        return;
    }
    if (!batch)
        return;
    m_runningId = batch->batchId;
    m_running = QtConcurrent::run(
        [this, batch] { return m_validator.validate(batch->declared, batch->content, batch->regency); });
    auto *watcher = new QFutureWatcher<ValidationOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, batch] {
        watcher->deleteLater();
        m_runningId.clear();
        try {
            record(*batch, m_running.result());
        } catch (const std::exception &e) {
            qWarning("smdata-sandbox: deciding batch %s failed: %s", qPrintable(batch->batchId), e.what());
            return;
        }
        validateNextInBackground();
    });
    watcher->setFuture(m_running);
}

std::optional<BatchService::Committed> BatchService::loadCommitted(const QString &batchId)
{
    {
        Statement mark = m_store.db().prepare("UPDATE batches SET state = 'validating' WHERE batch_id = ?");
        mark.bind(1, batchId);
        mark.exec();
    }
    Statement row = m_store.db().prepare("SELECT manifest, regency_code, period, manifest_sha256, "
                                         "committed_at FROM batches WHERE batch_id = ?");
    row.bind(1, batchId);
    if (!row.step())
        return std::nullopt;
    const QJsonObject manifest = parseObject(row.blob(0));
    Committed batch;
    batch.batchId = batchId;
    batch.regency = row.text(1);
    batch.period = row.text(2);
    batch.manifestSha = row.text(3);
    batch.committedAt = row.text(4);
    batch.contentSha = manifest.value(u"content_sha256"_qs).toString();
    batch.declared = manifest.value(u"datasets"_qs).toArray();
    batch.content.reserve(manifest.value(u"total_bytes"_qs).toInteger());
    Statement parts = m_store.db().prepare("SELECT data FROM parts WHERE batch_id = ? ORDER BY idx");
    parts.bind(1, batchId);
    while (parts.step())
        batch.content.append(parts.blob(0));
    return batch;
}

void BatchService::decide(const QString &batchId)
{
    const std::optional<Committed> batch = loadCommitted(batchId);
    if (batch)
        record(*batch, m_validator.validate(batch->declared, batch->content, batch->regency));
}

void BatchService::record(const Committed &batch, const ValidationOutcome &outcome)
{
    const QString &batchId = batch.batchId;
    const QString &regency = batch.regency, &period = batch.period, &manifestSha = batch.manifestSha,
                  &committedAt = batch.committedAt;
    const QJsonArray &declared = batch.declared;
    const QByteArray &content = batch.content;
    QJsonArray datasets;
    qint64 records = 0, rejected = 0;
    for (const QJsonValue &v : declared) {
        QJsonObject d = v.toObject();
        const QString id = d.value(u"dataset_id"_qs).toString();
        d.insert(u"rejected_records"_qs, outcome.rejectedRecords.value(id));
        records += outcome.records.value(id);
        rejected += outcome.rejectedRecords.value(id);
        datasets.append(d);
    }
    const QString state = outcome.errors.isEmpty() ? u"accepted"_qs : u"rejected"_qs;
    const QString decidedAt = nowText();
    const QByteArray payload =
        "{\"receipt_version\":1"
        ",\"receipt_id\":" +
        jsonString(QUuid::createUuid().toString(QUuid::WithoutBraces)) +
        ",\"batch_id\":" + jsonString(batchId) + ",\"regency_code\":" + jsonString(regency) +
        ",\"period\":" + jsonString(period) + ",\"state\":" + jsonString(state) +
        ",\"manifest_sha256\":" + jsonString(manifestSha) +
        ",\"content_sha256\":" + jsonString(batch.contentSha) +
        ",\"total_bytes\":" + QByteArray::number(content.size()) +
        ",\"records\":" + QByteArray::number(records) +
        ",\"rejected_records\":" + QByteArray::number(rejected) +
        ",\"error_count\":" + QByteArray::number(outcome.errors.size()) +
        ",\"committed_at\":" + jsonString(committedAt) + ",\"decided_at\":" + jsonString(decidedAt) +
        ",\"key_id\":" + jsonString(m_signer.keyId()) + "}";

    Transaction tx(m_store.db());
    Statement insertError = m_store.db().prepare(
        "INSERT OR REPLACE INTO batch_errors(batch_id, seq, dataset, line, natural_key, field, code, message)"
        " VALUES(?, ?, coalesce(?, ''), ?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''))");
    // (coalesce: an empty QString binds as NULL, and "no field" is stored as "".)
    for (qsizetype i = 0; i < outcome.errors.size(); ++i) {
        const BatchError &e = outcome.errors.at(i);
        insertError.reset();
        insertError.bindAll(batchId, static_cast<std::int64_t>(i), e.dataset,
                            static_cast<std::int64_t>(e.line),
                            QString::fromUtf8(QJsonDocument(e.naturalKey).toJson(QJsonDocument::Compact)),
                            e.field, e.code, e.message);
        insertError.exec();
    }
    const QJsonObject result{{u"datasets"_qs, datasets}, {u"error_count"_qs, outcome.errors.size()}};
    Statement update = m_store.db().prepare("UPDATE batches SET state = ?, decided_at = ?, result = ?, "
                                            "receipt_payload = ?, receipt_signature = ?,"
                                            " receipt_key_id = ? WHERE batch_id = ?");
    update.bindAll(state, decidedAt, QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)),
                   payload, m_signer.sign(payload), m_signer.keyId(), batchId);
    update.exec();
    tx.commit();
}

QList<int> BatchService::acknowledgedParts(const QString &batchId) const
{
    QList<int> acked;
    Statement st = m_store.db().prepare("SELECT idx FROM parts WHERE batch_id = ? ORDER BY idx");
    st.bind(1, batchId);
    while (st.step())
        acked << st.int32(0);
    return acked;
}

std::optional<QJsonObject> BatchService::stateObject(const TokenOwner &owner, const QString &batchId,
                                                     bool withErrors) const
{
    Statement row = m_store.db().prepare("SELECT manifest, period, state, manifest_sha256, part_count, "
                                         "created_at, committed_at, decided_at, result,"
                                         " receipt_payload, receipt_signature, receipt_key_id FROM batches "
                                         "WHERE batch_id = ? AND regency_code = ?");
    row.bindAll(batchId, owner.regencyCode);
    if (!row.step())
        return std::nullopt;
    const QJsonObject manifest = parseObject(row.blob(0));
    const int partCount = row.int32(4);
    const QList<int> acked = acknowledgedParts(batchId);
    QList<int> missing;
    int lastContiguous = -1;
    for (int i = 0, a = 0; i < partCount; ++i) {
        if (a < acked.size() && acked.at(a) == i) {
            ++a;
            if (lastContiguous == i - 1)
                lastContiguous = i;
        } else {
            missing << i;
        }
    }
    qint64 receivedBytes = 0;
    const QJsonArray manifestParts = manifest.value(u"parts"_qs).toArray();
    for (int i : acked)
        receivedBytes += manifestParts.at(i).toObject().value(u"bytes"_qs).toInteger();

    const QJsonObject result = parseObject(row.text(8).toUtf8());
    QJsonObject state{
        {u"batch_id"_qs, batchId},
        {u"regency_code"_qs, owner.regencyCode},
        {u"period"_qs, row.text(1)},
        {u"state"_qs, row.text(2)},
        {u"manifest_sha256"_qs, row.text(3)},
        {u"content_sha256"_qs, manifest.value(u"content_sha256"_qs)},
        {u"total_bytes"_qs, manifest.value(u"total_bytes"_qs)},
        {u"part_count"_qs, partCount},
        {u"parts_acknowledged"_qs, static_cast<int>(acked.size())},
        {u"last_acknowledged_part"_qs, lastContiguous},
        {u"missing_parts"_qs, intArray(missing)},
        {u"received_bytes"_qs, receivedBytes},
        {u"created_at"_qs, row.text(5)},
        {u"committed_at"_qs, row.isNull(6) ? QJsonValue() : QJsonValue(row.text(6))},
        {u"decided_at"_qs, row.isNull(7) ? QJsonValue() : QJsonValue(row.text(7))},
        {u"datasets"_qs, result.isEmpty() ? manifest.value(u"datasets"_qs) : result.value(u"datasets"_qs)},
        {u"error_count"_qs, result.value(u"error_count"_qs).toInteger(0)}};
    if (withErrors) {
        constexpr int kErrorsInState = 100;
        QJsonArray errors;
        Statement e =
            m_store.db().prepare("SELECT dataset, line, natural_key, field, code, message FROM batch_errors"
                                 " WHERE batch_id = ? ORDER BY seq LIMIT ?");
        e.bindAll(batchId, kErrorsInState + 1);
        while (e.step()) {
            errors.append(BatchError{e.text(0), e.int64(1), parseObject(e.text(2).toUtf8()), e.text(3),
                                     e.text(4), e.text(5)}
                              .toJson());
        }
        state.insert(u"errors_truncated"_qs, errors.size() > kErrorsInState);
        if (errors.size() > kErrorsInState)
            errors.removeLast();
        state.insert(u"errors"_qs, errors);
    }
    if (!row.isNull(9)) {
        state.insert(u"receipt"_qs,
                     QJsonObject{{u"algorithm"_qs, u"ed25519"_qs},
                                 {u"key_id"_qs, row.text(11)},
                                 {u"payload"_qs, QString::fromLatin1(row.blob(9).toBase64())},
                                 {u"signature"_qs, QString::fromLatin1(row.blob(10).toBase64())}});
    }
    return state;
}

ApiReply BatchService::state(const TokenOwner &owner, const QString &batchId)
{
    const std::optional<QJsonObject> state = stateObject(owner, batchId, true);
    return state ? ApiReply::json(200, *state) : notFound();
}

ApiReply BatchService::list(const TokenOwner &owner, const QString &period)
{
    QStringList ids;
    Statement st = m_store.db().prepare("SELECT batch_id FROM batches WHERE regency_code = ?"
                                        " AND (? = '' OR period = ?) ORDER BY seq DESC LIMIT 1000");
    st.bindAll(owner.regencyCode, period, period);
    while (st.step())
        ids << st.text(0);
    QJsonArray batches;
    for (const QString &id : std::as_const(ids))
        batches.append(*stateObject(owner, id, false));
    return ApiReply::json(200, QJsonObject{{u"batches"_qs, batches}});
}

ApiReply BatchService::errors(const TokenOwner &owner, const QString &batchId, int offset, int limit)
{
    const std::optional<QJsonObject> state = stateObject(owner, batchId, false);
    if (!state)
        return notFound();
    QJsonArray errors;
    Statement e =
        m_store.db().prepare("SELECT dataset, line, natural_key, field, code, message FROM batch_errors"
                             " WHERE batch_id = ? ORDER BY seq LIMIT ? OFFSET ?");
    e.bindAll(batchId, limit, offset);
    while (e.step()) {
        errors.append(BatchError{e.text(0), e.int64(1), parseObject(e.text(2).toUtf8()), e.text(3), e.text(4),
                                 e.text(5)}
                          .toJson());
    }
    return ApiReply::json(200, QJsonObject{{u"total"_qs, state->value(u"error_count"_qs)},
                                           {u"offset"_qs, offset},
                                           {u"errors"_qs, errors}});
}

QList<BatchService::Summary> BatchService::summaries(int limit) const
{
    QList<Summary> list;
    Statement st = m_store.db().prepare(
        "SELECT b.batch_id, b.regency_code, b.period, b.state, b.created_at, coalesce(b.decided_at, ''), "
        "b.part_count,"
        " (SELECT count(*) FROM parts p WHERE p.batch_id = b.batch_id), b.manifest, coalesce(b.result, '{}')"
        " FROM batches b ORDER BY b.seq DESC LIMIT ?");
    st.bind(1, limit);
    while (st.step()) {
        Summary s{st.text(0), st.text(1), st.text(2),  st.text(3),
                  st.text(4), st.text(5), st.int32(6), st.int32(7)};
        for (const QJsonValue &d : parseObject(st.blob(8)).value(u"datasets"_qs).toArray())
            s.records += d.toObject().value(u"records"_qs).toInteger();
        s.errorCount = parseObject(st.text(9).toUtf8()).value(u"error_count"_qs).toInteger();
        list << s;
    }
    return list;
}

qint64 BatchService::batchCount() const
{
    return m_store.db().scalar("SELECT count(*) FROM batches").toLongLong();
}

} // namespace sinergi::sandbox
