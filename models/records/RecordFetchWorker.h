#pragma once

#include "LiveRowSet.h"
#include "RecordPage.h"
#include "RecordSql.h"
#include "store/Database.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace sinergi {

// Runs the record model's SQL on its own connection (SQLite connections must not be shared between
// threads). Lives in the model's worker thread; in synchronous mode (tests) the model calls it directly.
//
// Every piece of work carries the generation of the query it belongs to. The model bumps the generation
// on each query change (setLatestGeneration, thread-safe); work for an older generation is skipped, a
// running statement of an older generation is interrupted by SQLite's progress handler, and the model
// drops any result that still arrives with an old generation (the DB Browser for SQLite pattern).
class RecordFetchWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPositionStride = 200; // the model's page size: each page starts at a known key

    explicit RecordFetchWorker(Database db, QObject *parent = nullptr);
    ~RecordFetchWorker() override;

    void setLatestGeneration(quint64 generation) { m_latest.store(generation); }
    void setSynchronous(bool on) { m_synchronous = on; }
    void setPositionIndexEnabled(bool on) { m_positionIndexEnabled = on; }
    // A quick search with at least this many index matches pages by scanning (RecordSql::QuickPlan).
    // 2 % of 1M rows: a scan then finds a page of 200 matches within ~10,000 rows, while the index plan
    // would read, sort and look up every match for each page.
    static constexpr int kDenseQuickSearch = 20000;
    void setDenseQuickSearchThreshold(int matches) { m_denseQuickSearch = matches; }

    // First page, then the count, then (in slices, so page requests interleave) the position index.
    void startQuery(quint64 generation, std::shared_ptr<const RecordSql> sql, int pageSize);
    void fetchPage(const sinergi::PageRequest &request);

signals:
    void pageReady(const sinergi::RecordPage &page);
    void countReady(quint64 generation, int count, double elapsedMs);
    void positionIndexReady(quint64 generation, int keys, double elapsedMs);
    void failed(quint64 generation, const QString &message);

private:
    bool stale(quint64 generation) const { return generation != m_latest.load(); }
    QList<QVariantList> run(const QList<RecordSql::Bound> &segments, int limit);
    QList<QVariantList> rowsFor(const PageRequest &request);
    int count();
    void planQuickSearch();
    void buildPositionSlice(quint64 generation);
    static int progress(void *self);

    Database m_db;
    LiveRowSet m_live;
    std::atomic<quint64> m_latest{0};
    quint64 m_generation = 0;
    std::shared_ptr<const RecordSql> m_sql;
    bool m_synchronous = false;
    bool m_positionIndexEnabled = true;
    int m_denseQuickSearch = kDenseQuickSearch;
    // Key of every kPositionStride-th row in the current order; complete when m_positionsDone.
    QList<RecordKey> m_positions;
    bool m_positionsDone = false;
    qint64 m_positionRowsSeen = 0;
    std::optional<RecordKey> m_positionCursor;
    double m_positionMs = 0;
};

} // namespace sinergi
