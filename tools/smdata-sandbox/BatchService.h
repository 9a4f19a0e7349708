#pragma once

#include "ApiReply.h"
#include "BatchValidator.h"
#include "ReceiptSigner.h"
#include "SandboxStore.h"
#include "TokenService.h"

#include <QFuture>
#include <QObject>

namespace sinergi::sandbox {

// Batches as docs/smdata-protocol.md section 7-9 describe them: the manifest (idempotent by batch UUID),
// parts checked by SHA-256 and acknowledged once stored, commit, validation after the answer, and the
// signed receipt. Every step is keyed by the batch UUID so a client may repeat any request safely.
class BatchService : public QObject
{
    Q_OBJECT
public:
    BatchService(SandboxStore &store, const TemplateCatalog &catalog, const BatchValidator &validator,
                 const ReceiptSigner &signer, QObject *parent = nullptr);

    ApiReply putManifest(const TokenOwner &owner, const QString &batchId, const QJsonObject &manifest,
                         const QByteArray &manifestBytes);
    ApiReply putPart(const TokenOwner &owner, const QString &batchId, int index, const QByteArray &data,
                     const QByteArray &hashHeader);
    ApiReply commit(const TokenOwner &owner, const QString &batchId, const QJsonObject &body);
    ApiReply state(const TokenOwner &owner, const QString &batchId);
    ApiReply list(const TokenOwner &owner, const QString &period);
    ApiReply errors(const TokenOwner &owner, const QString &batchId, int offset, int limit);

    ~BatchService() override;

    // Validates batches left "received" or "validating" (by a crash before the decision, or an offline
    // intake) here and now, on the calling thread.
    void validatePending();

    struct Summary
    {
        QString batchId, regencyCode, period, state, createdAt, decidedAt;
        int partCount = 0, partsAcknowledged = 0;
        qint64 records = 0, errorCount = 0;
    };
    QList<Summary> summaries(int limit) const;
    qint64 batchCount() const;

private:
    // The state object of section 8.1; nullopt when the regency has no batch with that id.
    std::optional<QJsonObject> stateObject(const TokenOwner &owner, const QString &batchId,
                                           bool withErrors) const;
    QString checkManifest(const TokenOwner &owner, const QString &batchId, const QJsonObject &manifest,
                          int *status) const;
    // A committed batch as validation needs it, read from the store (which only this thread touches).
    struct Committed
    {
        QString batchId, regency, period, manifestSha, committedAt, contentSha;
        QJsonArray declared;
        QByteArray content;
    };
    QStringList pendingIds() const;
    std::optional<Committed> loadCommitted(const QString &batchId);
    void record(const Committed &batch, const ValidationOutcome &outcome);
    void decide(const QString &batchId);
    // After a commit: the next pending batch is validated on a pool thread, so the server keeps answering
    // (the commit's own 202, polls, the status page) while it runs; the decision is written back here.
    void validateNextInBackground();
    QList<int> acknowledgedParts(const QString &batchId) const;

    SandboxStore &m_store;
    const TemplateCatalog &m_catalog;
    const BatchValidator &m_validator;
    const ReceiptSigner &m_signer;
    QFuture<ValidationOutcome> m_running; // the background validation, if one runs
    QString m_runningId;
};

} // namespace sinergi::sandbox
