#pragma once

#include <QVariant>

namespace sinergi {

// A row's position in the current order: its sort value and _id (the tie-breaker that makes the order
// total, so key paging never skips or repeats rows with equal sort values).
struct RecordKey
{
    QVariant sortValue; // as stored (null sorts first, like SQLite)
    qint64 id = 0;
};

} // namespace sinergi
