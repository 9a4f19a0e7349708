#pragma once

#include "RecordKey.h"

#include <QList>
#include <QVariantList>

#include <optional>

namespace sinergi {

// A request from the record model to its fetch worker: rows [firstRow, firstRow + count) of the current
// order. The model passes the keys it already knows around that window so the worker can page by key.
struct PageRequest
{
    quint64 generation = 0;
    int page = 0;
    int firstRow = 0;
    int count = 0;
    int totalRows = -1;                 // -1 while the count is unknown
    std::optional<RecordKey> afterKey;  // key of row firstRow - 1, when cached
    std::optional<RecordKey> beforeKey; // key of row firstRow + count, when cached
};

// The worker's answer. Each row holds RecordSql::columns() in order.
struct RecordPage
{
    quint64 generation = 0;
    int page = 0;
    int firstRow = 0;
    QList<QVariantList> rows;
    double elapsedMs = 0; // for diagnostics and the benchmark
};

} // namespace sinergi
