#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sinergi {

class Database;
class DatasetTemplate;

// Three figures per dataset, over live (not deleted) records, each a share in [0, 1]:
//  * completeness: filled values in the required fields / (records x required fields). A value is filled
//    when it is not NULL and not empty.
//  * validity: records without validation errors (no error count, RecordCounts.h) / records. Warnings do not
//  count against it.
//  * timeliness: records without a timeliness warning / records, where a timeliness warning is one from a
//    rule of kind aki_expiry (card expired, report overdue). Datasets without such a rule have none
//    (nullopt).
// Validity and timeliness read what validation stored (record counts and record_problems), so they are
// as current as the last write or full validation. All computed in SQL: one scan of the table plus an
// index range of record_problems.
struct QualitySummary
{
    QString dataset;
    qint64 records = 0;
    qint64 filledValues = 0;
    qint64 expectedValues = 0; // records x required fields
    qint64 validRecords = 0;
    qint64 untimelyRecords = 0;
    bool hasTimeliness = false;

    std::optional<double> completeness() const;
    std::optional<double> validity() const;
    std::optional<double> timeliness() const;

    static QualitySummary compute(Database &db, const DatasetTemplate &tpl);
    // The same over the records whose period field (DatasetTemplate::periodField) lies in one month
    // ("2025-06"), for the review before a month is approved. A template without one has no records there.
    static QualitySummary computeForMonth(Database &db, const DatasetTemplate &tpl, const QString &month);
    // The rule kinds whose warnings count against timeliness.
    static QStringList timelinessKinds();

private:
    static QualitySummary computeWhere(Database &db, const DatasetTemplate &tpl, const QString &periodField,
                                       const QString &month);
};

} // namespace sinergi
