#pragma once

#include "store/Statement.h"

#include <QByteArray>
#include <QVariantList>

#include <vector>

namespace sinergi {

class Database;

// One page of a dataset's live rows as read from the store, for the validation job.
struct RowChunk
{
    std::vector<qint64> ids;
    std::vector<int> errors;          // the row's stored _errors
    std::vector<int> warnings;        // and _warnings
    std::vector<QVariantList> values; // in template field order
    bool empty() const { return ids.empty(); }
};

// Reads a dataset's live rows in _id order, a chunk at a time, with the caller's SQL: "SELECT _id, _errors,
// _warnings, <fields> FROM <table> WHERE _deleted = 0 AND _id > ?1 ORDER BY _id LIMIT ?2". Key-paged: the
// statement is reset after each chunk, so it is not active across the writes the caller makes between two.
class RowChunkReader
{
public:
    RowChunkReader(Database &db, const QByteArray &selectSql, int width, int chunkRows);

    // The next chunk; an empty one at the end.
    RowChunk next();

private:
    Statement m_select;
    int m_width;
    int m_chunkRows;
    qint64 m_lastId = 0;
};

} // namespace sinergi
