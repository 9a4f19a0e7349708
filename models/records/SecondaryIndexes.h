#pragma once

#include <QStringList>

#include <atomic>
#include <functional>

namespace sinergi {

class Database;
class DatasetTemplate;

// The secondary indexes of a dataset's record table (the template's `indexes`: sorting, filters and
// search in the grid), apart from the natural-key unique index, which every write needs.
// A big import leaves them out of its transaction (ImportOptions::deferSecondaryIndexes): building seven
// indexes over 10^6 rows reads the whole table seven times and took longer than the import itself. They
// are built afterwards, one transaction each, so a stop in between (cancel, quit, power cut) loses at
// most the one being built and the next build carries on. Queries give the same answers without them,
// only slower.
namespace secondaryindexes {

// Names of the indexes the store has on `table` that were created by SQL (not SQLite's automatic ones).
QStringList existing(Database &db, const QString &table);

// Names of the template's secondary indexes that the store does not have.
QStringList missing(Database &db, const DatasetTemplate &tpl);

struct BuildResult
{
    int built = 0;
    bool cancelled = false; // the indexes not yet built are still missing; nothing else changed
    double elapsedMs = 0;
};

// Builds every missing secondary index of `tpl`, each in a transaction of its own. A cancel is noticed
// through SQLite's progress handler while an index is being built (that index is rolled back, the ones
// before it stay).
// `built` is called after each index is committed (on the calling thread).
BuildResult buildMissing(Database &db, const DatasetTemplate &tpl, const std::atomic_bool *cancel = nullptr,
                         const std::function<void(const QString &)> &built = {});

} // namespace secondaryindexes
} // namespace sinergi
