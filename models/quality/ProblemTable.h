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

// One prepared INSERT reused for many rows (the validation job writes up to millions).
class Writer
{
public:
    explicit Writer(Database &db);
    void add(const QString &dataset, qint64 recordId, const Problems &problems);

private:
    // Bound without a copy: SQLite reads these buffers during exec(). Reused from finding to finding, so
    // writing 10^6 findings does not allocate (and convert) four strings each.
    void bindText(int index, const QString &text, std::vector<char> &buffer);

    Statement m_insert;
    std::vector<char> m_dataset, m_rule, m_field, m_message;
};

// Brings one dataset's rows in step with a fresh validation of all its live records, chunk by chunk in
// record-id order, writing only what changed. A re-validation mostly finds what the last one found, and
// deleting and re-inserting every row (hundreds of thousands at 10^6 records) was the largest part of the
// full-validation job; comparing against the stored rows is a read along the (dataset, record_id) index.
class DatasetSync
{
public:
    DatasetSync(Database &db, const QString &dataset);

    // ids ascending and above every id of the previous call; problems[i] belongs to ids[i]. Rows of records
    // in (previous call's last id, ids.back()] that are not in ids (deleted since) are removed.
    void sync(const std::vector<qint64> &ids, const std::vector<Problems> &problems);
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
    Statement m_stored;
    Statement m_deleteRow;
    Statement m_deleteAfter;
    Writer m_writer;
    qint64 m_last = 0;
    qint64 m_rewritten = 0;
};

} // namespace problemtable
} // namespace sinergi
