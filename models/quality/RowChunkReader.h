#pragma once

#include "store/Statement.h"

#include <QByteArray>
#include <QVariant>

#include <cstdint>
#include <vector>

namespace sinergi {

class Database;

// One page of a dataset's live rows as read from the store, for the validation job. The field values are
// kept as SQLite gave them, packed: numbers in place, text in one byte buffer. The reading thread (the
// job's, which also writes the findings) then only copies bytes; making QVariants of them, a QString
// allocated and decoded per cell, is done by the validating threads in value(). At 10^6 rows the reading
// thread had been the bottleneck, busy with those allocations while the validating threads waited.
struct RowChunk
{
    struct Cell
    {
        Statement::ColumnType type = Statement::ColumnType::Null;
        std::int32_t size = 0; // text and blob: bytes in RowChunk::bytes
        union {
            std::int64_t integer = 0;
            double real;
            std::int64_t offset; // text and blob
        };
    };

    std::vector<qint64> ids;
    std::vector<int> errors;   // the row's stored error count (RecordCounts.h)
    std::vector<int> warnings; // and warning count
    int width = 0;             // fields per row, in template field order
    std::vector<Cell> cells;   // width per row
    std::vector<char> bytes;

    bool empty() const { return ids.empty(); }
    // What Statement::value gave for this cell: qlonglong, double, QString, QByteArray or an invalid
    // QVariant for NULL.
    QVariant value(size_t row, int field) const;
};

// Reads a dataset's live rows in _id order, a chunk at a time, with the caller's SQL: "SELECT _id, <errors>,
// <warnings>, <fields> FROM <table> WHERE _deleted = 0 AND _id > ?1 ORDER BY _id LIMIT ?2". Key-paged: the
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
