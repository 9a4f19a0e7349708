#pragma once

#include "store/Statement.h"

#include <QByteArray>
#include <QString>

namespace sinergi {

class Database;

// Each record's validation counts (errors, warnings) live in a small table of their own, counts_<id>, one
// row per record that has any (a record without a row has none), keyed by the record's _id.
//
// Why not two columns of the record table: a full validation after the rules changed rewrites the counts
// of most records, and an UPDATE of a record row rewrites (re-encrypts, logs, checkpoints) the whole row's
// page; at 10^6 records that was every page of a 380 MB table, ~4.5 s of a 10 s budget. The counts table is
// a few MB. Readers see the counts through the expressions below, so the SQL that shows, filters or selects
// by them is unchanged in shape.
namespace recordcounts {

QString tableName(const QString &datasetId);
QByteArray createTableSql(const QString &datasetId);

// SQL expressions over the current row of the record table (named rec_<id>, not aliased): the row's stored
// error and warning counts, 0 when it has none.
QByteArray errorsOf(const QString &datasetId);
QByteArray warningsOf(const QString &datasetId);
// A condition: the row has at least one error (one rowid lookup per row the query looks at, as the
// column it replaces cost one read).
QByteArray hasErrors(const QString &datasetId);

// Stores counts on the caller's connection (inside the caller's transaction).
class Writer
{
public:
    Writer(Database &db, const QString &datasetId);
    // A record with no error and no warning has no row.
    void set(qint64 id, int errors, int warnings);

private:
    Statement m_put;
    Statement m_drop;
};

} // namespace recordcounts
} // namespace sinergi
