#pragma once

#include "datasets/DatasetTemplate.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

namespace sinergi::recordtable {

// How a dataset template maps onto its SQLite table rec_<id>. Field names are checked by the template
// parser ([a-z][a-z0-9_]*), so they are safe identifiers; they are still quoted.
//
// Besides one column per field, every table has bookkeeping columns, all prefixed with "_" (templates
// cannot declare such names):
//   _id (rowid), _deleted (soft delete), _version (optimistic locking), _created_at, _updated_at,
//   _updated_by, _import_id (which bulk import created the row). The validation counts are kept beside the
//   table (RecordCounts.h).

QString tableName(const QString &datasetId);
QByteArray quoted(const QString &identifier);
const char *sqlType(FieldType type);
QByteArray createTableSql(const DatasetTemplate &tpl);
// Unique natural key (only among rows that are not deleted) plus the template's indexes, each ending in
// _id so key paging (WHERE (col, _id) > (?, ?)) is an index range scan.
QList<QByteArray> createIndexSql(const DatasetTemplate &tpl);
QStringList indexNames(const DatasetTemplate &tpl);

// A value as it is stored: integers as int64, decimals as double, booleans as 0/1, dates as ISO text,
// everything else as trimmed text; empty becomes NULL. A value that does not parse as its type is stored
// as the text it was (and validation reports it), so nothing typed by a user is ever thrown away.
QVariant toStorage(const FieldDef &field, const QVariant &value);

} // namespace sinergi::recordtable
