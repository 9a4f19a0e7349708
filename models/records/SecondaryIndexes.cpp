#include "SecondaryIndexes.h"

#include "RecordTable.h"
#include "common/Error.h"
#include "datasets/DatasetTemplate.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QElapsedTimer>

#include <sqlite3.h>

namespace sinergi::secondaryindexes {

namespace {

// While alive, SQLite asks every few thousand virtual-machine steps whether to stop: a set flag makes
// the running statement fail with SQLITE_INTERRUPT (a CREATE INDEX over 10^6 rows takes seconds).
class CancelWatch
{
public:
    CancelWatch(Database &db, const std::atomic_bool *cancel) : m_db(db)
    {
        if (cancel)
            sqlite3_progress_handler(
                m_db.handle(), 10000,
                [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
                const_cast<std::atomic_bool *>(cancel));
    }
    ~CancelWatch() { sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr); }
    CancelWatch(const CancelWatch &) = delete;
    CancelWatch &operator=(const CancelWatch &) = delete;

private:
    Database &m_db;
};

} // namespace

QStringList existing(Database &db, const QString &table)
{
    QStringList names;
    auto s = db.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL");
    s.bind(1, table);
    while (s.step())
        names << s.text(0);
    return names;
}

QStringList missing(Database &db, const DatasetTemplate &tpl)
{
    const QStringList present = existing(db, recordtable::tableName(tpl.id()));
    QStringList out;
    const QStringList names = recordtable::indexNames(tpl);
    for (qsizetype i = 1; i < names.size(); ++i) // 0 is the natural key's
        if (!present.contains(names.at(i)))
            out << names.at(i);
    return out;
}

BuildResult buildMissing(Database &db, const DatasetTemplate &tpl, const std::atomic_bool *cancel,
                         const std::function<void(const QString &)> &built)
{
    QElapsedTimer timer;
    timer.start();
    BuildResult result;
    const QStringList absent = missing(db, tpl);
    const QStringList names = recordtable::indexNames(tpl);
    const QList<QByteArray> sql = recordtable::createIndexSql(tpl); // aligned with names
    const CancelWatch watch(db, cancel);
    for (qsizetype i = 1; i < names.size(); ++i) {
        if (!absent.contains(names.at(i)))
            continue;
        // No check of the flag here: the progress handler stops the statement within a few milliseconds,
        // which also covers a flag set before the first index.
        try {
            Transaction tx(db);
            db.exec(sql.at(i).constData());
            tx.commit();
        } catch (const Error &) {
            if (cancel && cancel->load()) { // interrupted: that index was rolled back
                result.cancelled = true;
                break;
            }
            throw;
        }
        ++result.built;
        if (built)
            built(names.at(i));
    }
    result.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace sinergi::secondaryindexes
