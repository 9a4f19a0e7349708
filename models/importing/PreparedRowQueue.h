#pragma once

#include "importing/RowConverter.h"
#include "importing/StorageRow.h"
#include "importing/TabularCell.h"

#include <QList>
#include <QStringList>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace sinergi {

// One source row after conversion and validation, ready for the writer.
struct PreparedRow
{
    // The row's cells (kept for the rejects file), or, for a CSV record past the date-order sample, its
    // text: the worker cuts that into cells of its own thread and the rejects file cuts it again
    // (CsvReader::splitRecord). `cells` is then left over from an earlier use and not read.
    QList<TabularCell> cells;
    QString text; // empty when `cells` holds the row
    qint64 line = 0;
    RowConverter::Result converted; // the importer empties `values` once they are packed into `stored`
    StorageRow stored; // converted.values packed for binding (filled when the row is not refused)
    int errors = 0;
    int warnings = 0;
    QStringList errorMessages; // only filled when rows with errors are rejected
    qint64 bytesRead = 0;      // reader position after this row, for progress
};

// Reading, conversion and validation run on threads of their own while the importing thread writes to
// the store: one reader (a file is read in order) and `workers` threads that convert and validate whole
// batches, which is most of the CPU of an import and parallel by nature (rows do not depend on each
// other). Batches come out in file order however the workers finish, so "the first row of a repeated key
// is kept" still means the first in the file. The queue is bounded (a few thousand rows in memory at
// most), and delivered batches go back to the reader through recycle(), so the rows' buffers are reused
// and freed on the producer side, not on the writing thread.
// An exception on a producer thread is re-thrown to the consumer by next() once every batch before it has
// been delivered. The reader and the workers run a little below the consumer's priority
// (threadpriority::lowerCurrentThread): when the rows are ready faster than they are written, the writing
// thread, which the whole import waits for, is not the one that waits for a core.
class PreparedRowQueue
{
public:
    // read(row) fills cells, line and bytesRead and returns false at the end of the file; it runs on the
    // reader thread only. prepare(row) converts and validates; it runs on the worker threads at the same
    // time for different rows, so it must only read shared state.
    PreparedRowQueue(std::function<bool(PreparedRow &)> read, std::function<void(PreparedRow &)> prepare,
                     int workers = 2);
    ~PreparedRowQueue(); // stops and joins the threads

    // Moves the next batch into `out` (its old rows are recycled first); false when everything has been
    // delivered.
    bool next(std::vector<PreparedRow> &out);
    void stop(); // the consumer gives up (cancel, error): the threads end soon

private:
    using Batch = std::vector<PreparedRow>;
    void readLoop();
    void workLoop();
    void fail(std::uint64_t seq);

    static constexpr size_t kBatchRows = 512;
    static constexpr size_t kMaxInFlight = 12; // batches read but not yet delivered

    std::function<bool(PreparedRow &)> m_read;
    std::function<void(PreparedRow &)> m_prepare;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<std::uint64_t, Batch>> m_toPrepare; // read, waiting for a worker
    std::map<std::uint64_t, Batch> m_prepared;               // ready, waiting for their turn
    std::vector<Batch> m_spare;                              // delivered, for the reader to reuse
    std::uint64_t m_nextRead = 0;         // sequence number of the next batch the reader fills
    std::uint64_t m_nextDeliver = 0;      // sequence number the consumer waits for
    std::uint64_t m_readEnd = UINT64_MAX; // the reader stopped before this batch (end of file or error)
    bool m_stopped = false;
    std::exception_ptr m_error;
    std::uint64_t m_errorSeq = UINT64_MAX; // the batch at which the error surfaces
    std::thread m_reader;
    std::vector<std::thread> m_workers;
};

} // namespace sinergi
