#pragma once

#include "datasets/Problem.h"
#include "store/Statement.h"

#include <QString>

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
void clearDataset(Database &db, const QString &dataset);

// One prepared INSERT reused for many rows (the validation job writes up to millions).
class Writer
{
public:
    explicit Writer(Database &db);
    void add(const QString &dataset, qint64 recordId, const Problems &problems);

private:
    Statement m_insert;
};

} // namespace problemtable
} // namespace sinergi
