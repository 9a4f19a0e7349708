#pragma once

#include "BatchRecordMap.h"
#include "ReadinessReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

#include "reports/ReportRules.h"

namespace sinergi {
class Database;
class Session;
class LabourSnapshot;
} // namespace sinergi

namespace sinergi::smdata {

class Pseudonymiser;

// A batch as built, before it is queued: the manifest bytes (protocol 7.2), the content cut into parts,
// the line -> record map and the readiness report.
struct BuiltBatch
{
    QString batchId;
    QString period;
    QString regencyCode;
    QByteArray manifestBytes;
    QList<QByteArray> parts;
    QString contentSha256;
    QList<BatchLineRun> lines;
    ReadinessReport report;

    QByteArray content() const; // the parts joined
};

// Builds the SMData batch of one approved month (protocol section 7.1): every record dataset of the store
// as JSON Lines with each template field's sharing policy applied (send, pseudonymise with the regency's
// key, minimise, withhold), the records chosen by RecordSelection, then the month's IPK tables as the
// "ipk_agregat" dataset; cut into parts with a manifest of counts and SHA-256 hashes.
//
// Rows are streamed from one prepared statement per dataset and written as JSON by hand (JsonText), on a
// worker connection inside one read transaction, so the content is one consistent view of the store.
class BatchBuilder
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::smdata::BatchBuilder)
public:
    struct Options
    {
        qint64 partSize = 1024 * 1024;
        QDateTime now;   // invalid: the current time (created_at of the manifest)
        QString batchId; // empty: a new UUID v4
        std::shared_ptr<const LabourSnapshot> snapshot; // the IPK input when the caller has it cached
    };

    explicit BatchBuilder(sinergi::Session &session);

    // What a build needs from the session, read on the session's thread: the checks (SubmitBatches, an
    // approved month, the office regency), the pseudonymisation key and the IPK rules. Throws
    // InvalidArgument for a period that is not a month, PolicyViolation for a month that is not approved
    // (approval/PeriodApprovals) or an office regency that is not set, PermissionDenied.
    struct Prepared
    {
        QString month;
        QString regencyCode;
        std::shared_ptr<const Pseudonymiser> pseudonyms;
        ReportRules rules;
    };
    Prepared prepare(const QString &month, const Options &options) const;

    // The build itself on a connection of its own (Vault::openWorkerConnection), so it may run on a worker
    // thread while the session's thread stays responsive (the readiness dialog).
    static BuiltBatch run(Database &worker, const Prepared &prepared, const Options &options);

    // prepare() and run() on a worker connection, on this thread.
    BuiltBatch build(const QString &month, const Options &options);
    BuiltBatch build(const QString &month) { return build(month, Options()); }

    // Puts the batch in the outbox with its line map, audited as "smdata.batch.build", in one transaction.
    // Needs SubmitBatches; checks the approval again (the month may have been reopened since the build).
    void queue(const BuiltBatch &batch, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The office regency in the protocol's form ("33.73") from the setting office.regency ("33.73" or
    // "3373"); empty when it is not set or not a regency code.
    static QString regencyCode(const sinergi::Session &session);

private:
    void requireApproved(const QString &month) const;

    sinergi::Session &m_session;
};

} // namespace sinergi::smdata
