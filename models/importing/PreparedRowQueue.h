#pragma once

#include "importing/RowConverter.h"
#include "importing/TabularCell.h"

#include <QList>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sinergi {

// One source row after conversion and validation, ready for the writer.
struct PreparedRow
{
    QList<TabularCell> cells; // kept for the rejects file
    qint64 line = 0;
    RowConverter::Result converted;
    int errors = 0;
    int warnings = 0;
    QStringList errorMessages; // only filled when rows with errors are rejected
    qint64 bytesRead = 0;      // reader position after this row, for progress
};

// Runs the reading, conversion and validation of rows on a thread of its own while the importing thread
// writes to the store: the two halves of an import cost about the same, so on two cores this nearly
// halves the wall time. Rows come out in file order, in batches, through a bounded queue (a few thousand
// rows in memory at most). An exception on the producer thread is re-thrown to the consumer by next().
class PreparedRowQueue
{
public:
    // produce(row) fills the row and returns false at the end of the file; it runs on the worker thread.
    explicit PreparedRowQueue(std::function<bool(PreparedRow &)> produce);
    ~PreparedRowQueue(); // stops and joins the worker

    // Moves the next batch into `out` (cleared first); false when everything has been delivered.
    bool next(std::vector<PreparedRow> &out);
    void stop(); // the consumer gives up (cancel, error): the worker ends soon

private:
    void run();

    static constexpr size_t kBatchRows = 512;
    static constexpr size_t kMaxBatches = 8;

    std::function<bool(PreparedRow &)> m_produce;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<PreparedRow>> m_batches;
    bool m_done = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace sinergi
