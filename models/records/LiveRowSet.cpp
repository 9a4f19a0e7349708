#include "LiveRowSet.h"

#include "RecordTable.h"
#include "store/Database.h"

#include <sqlite3.h>

namespace sinergi {

namespace {

void liveFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *set = static_cast<const LiveRowSet *>(sqlite3_user_data(ctx));
    sqlite3_result_int(ctx, set->contains(sqlite3_value_int64(argv[0])) ? 1 : 0);
}

} // namespace

void LiveRowSet::install(Database &db)
{
    // SQLITE_DIRECTONLY: only our own statements may call it, never a view or trigger in the file.
    sqlite3_create_function_v2(db.handle(), "sinergi_live", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, this,
                               &liveFunction, nullptr, nullptr, nullptr);
}

void LiveRowSet::refresh(Database &db, const QString &dataset)
{
    const qint64 version = db.scalar("PRAGMA data_version").toLongLong();
    if (dataset == m_dataset && version == m_dataVersion)
        return;
    m_bits.assign(static_cast<std::size_t>(db.scalar(("SELECT coalesce(max(_id), 0) FROM " +
                                                      recordtable::quoted(recordtable::tableName(dataset)))
                                                         .constData())
                                               .toLongLong() /
                                           64 + 1),
                  0);
    m_count = 0;
    // Served by the partial natural-key index (WHERE _deleted = 0), index-only.
    const QByteArray sql = "SELECT _id FROM " + recordtable::quoted(recordtable::tableName(dataset)) +
                           " WHERE _deleted = 0";
    auto s = db.prepare(sql.constData());
    while (s.step()) {
        const auto id = static_cast<std::uint64_t>(s.int64(0));
        if (id / 64 >= m_bits.size()) // a row added since max(_id) was read
            m_bits.resize(id / 64 + 1, 0);
        m_bits[id / 64] |= std::uint64_t(1) << (id % 64);
        ++m_count;
    }
    m_dataset = dataset;
    m_dataVersion = version;
}

} // namespace sinergi
