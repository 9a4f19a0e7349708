#pragma once

#include "datasets/Problem.h"
#include "store/Statement.h"

#include <QString>

#include <vector>

namespace sinergi {

class Database;

// The record_problems table (schema 3): what validation found, one row per record and finding. The record
// service replaces a record's rows in the transaction that writes the record; the validation job rewrites
// a whole dataset's rows. Rows of deleted records are removed, so the problems panel lists live records only.
namespace problemtable {

inline constexpr int kError = 0;
inline constexpr int kWarning = 1;

int severityCode(Problem::Severity severity);
void replace(Database &db, const QString &dataset, qint64 recordId, const Problems &problems);
void clear(Database &db, const QString &dataset, qint64 recordId);

// What validation found for a run of records, packed where it was found: per record the error and warning
// counts and its findings as one byte string in the form record_problems rows are compared in (per finding
// the rule, field and message as a length and UTF-8 bytes, and the severity as one byte). The validation
// job's validating threads pack; its writing thread then only compares and binds bytes. At 10^6 records
// that thread had been the bottleneck, converting every finding to UTF-8 and freeing the Problems the
// other threads had allocated.
struct PackedFindings
{
    std::vector<int> errors;     // per record
    std::vector<int> warnings;   // per record
    std::vector<qsizetype> ends; // per record: where its findings end in bytes (they start at the last end)
    QByteArray bytes;

    void append(const Problems &problems);
    void append(const PackedFindings &other); // the records of `other` after these
    size_t size() const { return ends.size(); }
    QByteArrayView record(size_t i) const;
};

// One prepared INSERT reused for many rows (the validation job writes up to millions).
class Writer
{
public:
    explicit Writer(Database &db);
    void add(const QString &dataset, qint64 recordId, const Problems &problems);
    // findings: one record's bytes from PackedFindings::record. The texts are bound without a copy (SQLite
    // reads them during the insert), so writing 10^6 findings allocates nothing per finding.
    void addPacked(QByteArrayView datasetUtf8, qint64 recordId, QByteArrayView findings);

private:
    void bindUtf8(int index, QByteArrayView text);

    Statement m_insert;
};

// Brings one dataset's rows in step with a fresh validation of all its live records, chunk by chunk in
// record-id order, writing only what changed. A re-validation mostly finds what the last one found, and
// deleting and re-inserting every row (hundreds of thousands at 10^6 records) was the largest part of the
// full-validation job; comparing against the stored rows is a read along the (dataset, record_id) index.
class DatasetSync
{
public:
    DatasetSync(Database &db, const QString &dataset);

    // ids ascending and above every id of the previous call; findings.record(i) belongs to ids[i]. Rows of
    // records in (previous call's last id, ids.back()] that are not in ids (deleted since) are removed.
    void sync(const std::vector<qint64> &ids, const PackedFindings &findings);
    // Removes the rows of records after the last synced id. Call once after the last chunk.
    void finish();

    qint64 recordsRewritten() const { return m_rewritten; }

private:
    struct Stored
    {
        qint64 recordId = 0;
        QByteArray canonical; // the record's stored findings, in the order written
        std::vector<qint64> rowids;
    };
    void remove(const Stored &stored);

    QString m_dataset;
    QByteArray m_datasetUtf8;
    Statement m_stored;
    Statement m_deleteRow;
    Statement m_deleteAfter;
    Writer m_writer;
    qint64 m_last = 0;
    qint64 m_rewritten = 0;
};

} // namespace problemtable
} // namespace sinergi
