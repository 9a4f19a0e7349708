#include "RecordFetchWorker.h"

#include "common/Error.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>

namespace sinergi {

namespace {

constexpr int kPositionSlice = 50000; // rows per slice of the position scan (~10-20 ms at 1M rows)

double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

RecordFetchWorker::RecordFetchWorker(Database db, QObject *parent) : QObject(parent), m_db(std::move(db))
{
    // A moderate page cache: big enough that index scans and neighbouring pages hit it, small enough to
    // keep the process well under the 250 MB target at 1M rows.
    m_db.setCacheSizeKiB(16 * 1024);
    m_db.exec("PRAGMA query_only = ON");
    m_live.install(m_db);
    sqlite3_progress_handler(m_db.handle(), 2000, &RecordFetchWorker::progress, this);
}

RecordFetchWorker::~RecordFetchWorker()
{
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
}

int RecordFetchWorker::progress(void *self)
{
    // Non-zero interrupts the running statement: the model has moved on to a newer query.
    const auto *w = static_cast<const RecordFetchWorker *>(self);
    return w->stale(w->m_generation) ? 1 : 0;
}

void RecordFetchWorker::startQuery(quint64 generation, std::shared_ptr<const RecordSql> sql, int pageSize)
{
    if (stale(generation))
        return;
    m_generation = generation;
    m_sql = std::move(sql);
    m_positions.clear();
    m_positionsDone = false;
    m_positionRowsSeen = 0;
    m_positionCursor.reset();
    m_positionMs = 0;
    try {
        planQuickSearch();
    } catch (const Error &e) {
        if (!stale(generation))
            emit failed(generation, e.userMessage());
        return;
    }
    fetchPage({generation, 0, 0, pageSize, -1, {}, {}});
    try {
        QElapsedTimer t;
        t.start();
        const int n = count();
        if (stale(generation))
            return;
        emit countReady(generation, n, msSince(t));
    } catch (const Error &e) {
        if (!stale(generation))
            emit failed(generation, e.userMessage());
        return;
    }
    if (!m_positionIndexEnabled)
        return;
    if (m_synchronous) {
        while (!m_positionsDone && !stale(generation))
            buildPositionSlice(generation);
    } else {
        QMetaObject::invokeMethod(
            this, [this, generation] { buildPositionSlice(generation); }, Qt::QueuedConnection);
    }
}

void RecordFetchWorker::planQuickSearch()
{
    if (!m_sql->hasQuickSearch())
        return;
    // Counting at most the threshold's worth of index entries costs a few milliseconds and tells the few
    // matches of a name or a NIK from the many of a one-letter search.
    const RecordSql::Bound b = m_sql->quickSearchProbe(m_denseQuickSearch);
    auto s = m_db.prepare(b.sql.constData());
    for (int i = 0; i < b.params.size(); ++i)
        s.bind(i + 1, b.params.at(i));
    const int matches = s.step() ? s.int32(0) : 0;
    const auto plan =
        matches >= m_denseQuickSearch ? RecordSql::QuickPlan::Scan : RecordSql::QuickPlan::Index;
    if (plan != m_sql->quickPlan())
        m_sql = std::make_shared<const RecordSql>(m_sql->withQuickPlan(plan));
}

int RecordFetchWorker::count()
{
    if (m_sql->query().includeDeleted) {
        const RecordSql::Bound b = m_sql->count(RecordSql::Live::DeletedColumn);
        auto s = m_db.prepare(b.sql.constData());
        for (int i = 0; i < b.params.size(); ++i)
            s.bind(i + 1, b.params.at(i));
        return s.step() ? s.int32(0) : 0;
    }
    // The live set is one index-only scan of the partial natural-key index, kept while the store is
    // unchanged. Unfiltered, it is the count (and, sorted by _id, the position index, so that needs no
    // long step later that would hold up page requests queued behind it). Filtered, it lets the count stay
    // inside the filter's index instead of looking up _deleted in every matching table row.
    m_live.refresh(m_db, m_sql->dataset().id());
    if (m_sql->isUnfiltered())
        return static_cast<int>(m_live.size());
    const RecordSql::Bound b = m_sql->count(RecordSql::Live::LiveFunction);
    auto s = m_db.prepare(b.sql.constData());
    for (int i = 0; i < b.params.size(); ++i)
        s.bind(i + 1, b.params.at(i));
    return s.step() ? s.int32(0) : 0;
}

QList<QVariantList> RecordFetchWorker::run(const QList<RecordSql::Bound> &segments, int limit)
{
    QList<QVariantList> rows;
    for (const RecordSql::Bound &b : segments) {
        if (rows.size() >= limit)
            break;
        auto s = m_db.prepare(b.sql.constData());
        for (int i = 0; i < b.params.size(); ++i)
            s.bind(i + 1, b.params.at(i));
        while (rows.size() < limit && s.step()) {
            QVariantList row;
            const int n = s.columnCount();
            row.reserve(n);
            for (int c = 0; c < n; ++c)
                row << s.value(c);
            rows << std::move(row);
        }
    }
    return rows;
}

QList<QVariantList> RecordFetchWorker::rowsFor(const PageRequest &r)
{
    const RecordSql &sql = *m_sql;
    if (r.afterKey)
        return run(sql.page(r.afterKey, false, false, r.count), r.count);
    QList<QVariantList> rows;
    if (r.beforeKey) {
        rows = run(sql.page(r.beforeKey, false, true, r.count), r.count);
    } else if (r.firstRow % kPositionStride == 0 && r.firstRow / kPositionStride < m_positions.size()) {
        return run(sql.page(m_positions.at(r.firstRow / kPositionStride), true, false, r.count), r.count);
    } else if (r.totalRows >= 0 && r.totalRows - r.firstRow < r.firstRow) {
        // Nearer the end: OFFSET from the end, so "jump to the last row" reads only the last rows.
        const int fromEnd = std::max(0, r.totalRows - r.firstRow - r.count);
        rows = run(sql.page(std::nullopt, false, true, r.count, fromEnd), r.count);
    } else {
        // No key known yet: OFFSET, which SQLite walks row by row. Only until the position index exists.
        return run(sql.page(std::nullopt, false, false, r.count, r.firstRow), r.count);
    }
    std::reverse(rows.begin(), rows.end());
    return rows;
}

void RecordFetchWorker::fetchPage(const PageRequest &request)
{
    if (stale(request.generation) || request.generation != m_generation)
        return;
    QElapsedTimer t;
    t.start();
    try {
        RecordPage page{request.generation, request.page, request.firstRow, rowsFor(request), 0};
        page.elapsedMs = msSince(t);
        if (!stale(request.generation))
            emit pageReady(page);
    } catch (const Error &e) {
        if (!stale(request.generation))
            emit failed(request.generation, e.userMessage());
    }
}

void RecordFetchWorker::buildPositionSlice(quint64 generation)
{
    if (stale(generation) || generation != m_generation || m_positionsDone)
        return;
    QElapsedTimer t;
    t.start();
    try {
        const RecordSql &sql = *m_sql;
        const bool byIdOnly =
            sql.query().sortColumn == u"_id"_qs && sql.isUnfiltered() && !sql.query().includeDeleted;
        if (byIdOnly) {
            // The live set already is the order: no SQL beyond its one index-only scan.
            m_live.refresh(m_db, sql.dataset().id());
            QList<qint64> ids;
            if (sql.query().order == Qt::AscendingOrder) {
                qint64 n = 0;
                m_live.forEach([&](std::int64_t id) {
                    if (n++ % kPositionStride == 0)
                        ids << id;
                    return true;
                });
            } else {
                std::vector<std::int64_t> all;
                all.reserve(static_cast<std::size_t>(m_live.size()));
                m_live.forEach([&](std::int64_t id) {
                    all.push_back(id);
                    return true;
                });
                for (std::size_t n = 0; n < all.size(); n += kPositionStride)
                    ids << all[all.size() - 1 - n];
            }
            for (qint64 id : std::as_const(ids))
                m_positions << RecordKey{id, id};
            m_positionsDone = true;
        } else {
            const RecordSql::Live live =
                sql.query().includeDeleted ? RecordSql::Live::DeletedColumn : RecordSql::Live::LiveFunction;
            if (live == RecordSql::Live::LiveFunction)
                m_live.refresh(m_db, sql.dataset().id());
            int seen = 0;
            for (const RecordSql::Bound &b : sql.keyScan(live, m_positionCursor, kPositionSlice)) {
                auto s = m_db.prepare(b.sql.constData());
                for (int i = 0; i < b.params.size(); ++i)
                    s.bind(i + 1, b.params.at(i));
                while (seen < kPositionSlice && s.step()) {
                    const RecordKey key{s.value(0), s.int64(1)};
                    if (m_positionRowsSeen++ % kPositionStride == 0)
                        m_positions << key;
                    m_positionCursor = key;
                    ++seen;
                }
            }
            m_positionsDone = seen < kPositionSlice;
        }
    } catch (const Error &e) {
        if (!stale(generation))
            emit failed(generation, e.userMessage());
        return;
    }
    m_positionMs += msSince(t);
    if (m_positionsDone) {
        emit positionIndexReady(generation, static_cast<int>(m_positions.size()), m_positionMs);
    } else if (!m_synchronous) {
        QMetaObject::invokeMethod(
            this, [this, generation] { buildPositionSlice(generation); }, Qt::QueuedConnection);
    }
}

} // namespace sinergi
