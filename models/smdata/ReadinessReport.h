#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sinergi::smdata {

// Why a record of the period does not leave the machine.
enum class WithholdReason {
    Deleted,            // soft-deleted: never sent
    ValidationError,    // the record has a validation error (record_problems, severity error)
    ReferencesWithheld, // it refers to a record that is not sent (deleted, invalid or missing)
};

struct WithheldGroup
{
    WithholdReason reason = WithholdReason::Deleted;
    QString rule;    // ValidationError: the rule id; ReferencesWithheld: the referenced dataset
    QString field;   // the field the problem is about, if any
    QString message; // one example message, translated where the validator translated it
    qint64 count = 0;
    QList<qint64> recordIds; // at most kMaxIds, ascending
    static constexpr int kMaxIds = 200;
};

struct DatasetReadiness
{
    QString datasetId;
    QString label; // Indonesian label of the template
    int templateVersion = 0;
    QString periodField; // empty: the dataset belongs to no month and is sent whole
    qint64 inPeriod = 0; // records of the period (not deleted), or all records when no period field
    qint64 toSend = 0;   // lines in the batch
    qint64 referencedExtra =
        0; // of toSend: records outside the period sent because a sent record refers to them
    qint64 outsidePeriod = 0; // records of other months, not part of this batch
    qint64 withheld = 0;      // sum of the groups' counts
    QList<WithheldGroup> withheldGroups;
    QStringList fieldsSent, fieldsPseudonymised, fieldsMinimised, fieldsWithheld;
};

// What a batch will carry before it is queued (issue 6: "what will be sent, how many records, what is
// withheld and why"): built by BatchBuilder, shown by the readiness dialog and `sinergi-cli batch build`.
struct ReadinessReport
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::smdata::ReadinessReport)
public:
    QString period;
    QString regencyCode;
    bool approved = false;
    QList<DatasetReadiness> datasets; // the record datasets in content order (the IPK lines follow them)
    qint64 ipkLines = 0;
    QStringList ipkChecks; // broken IPK invariants of the month (translated), informative
    qint64 totalBytes = 0;
    qint64 partSize = 0;
    int partCount = 0;
    qint64 recordsToSend() const;
    qint64 recordsWithheld() const;

    static QString reasonText(WithholdReason reason);
    static QString reasonId(WithholdReason reason); // "deleted", "validation_error", "references_withheld"
    // A plain-text rendering for the command line (translated).
    QString toText() const;
};

} // namespace sinergi::smdata
