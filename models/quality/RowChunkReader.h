#pragma once

#include <QByteArray>
#include <QVariantList>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace sinergi {

class Database;

// One page of a dataset's live rows as read from the store, for the validation job.
struct RowChunk
{
    std::vector<qint64> ids;
    std::vector<int> errors;          // the row's stored _errors
    std::vector<int> warnings;        // and _warnings
    std::vector<QVariantList> values; // in template field order
    bool empty() const { return ids.empty(); }
};

// Reads a dataset's live rows in _id order, a chunk at a time: "SELECT _id, _errors, _warnings, <fields>
// FROM <table> WHERE _deleted = 0 AND _id > ?1 ORDER BY _id LIMIT ?2" (the caller's SQL).
//
// With a connection of its own (`threaded`), the reading runs on a thread of this object and stays up to
// two chunks ahead: turning a million rows' cells into QVariants is about a quarter of a full validation's
// time, and on the job's thread it queued behind writing the findings. The reading connection must have
// pinned its snapshot before the writer changes anything (a read transaction opened while the writer holds
// its lock), so it reads the rows as they were when the job began. Without a thread, next() reads on the
// caller's thread from the caller's connection (key-paged: no statement stays open across its writes).
class RowChunkReader
{
public:
    RowChunkReader(Database &db, const QByteArray &selectSql, int width, int chunkRows, bool threaded);
    ~RowChunkReader(); // stops and joins the thread
    RowChunkReader(const RowChunkReader &) = delete;
    RowChunkReader &operator=(const RowChunkReader &) = delete;

    // The next chunk; an empty one at the end. A failure on the reading thread is thrown here.
    RowChunk next();

private:
    RowChunk read();
    void loop();

    static constexpr size_t kAhead = 2;

    Database &m_db;
    QByteArray m_sql;
    int m_width;
    int m_chunkRows;
    qint64 m_lastId = 0;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowChunk> m_ready;
    bool m_done = false;    // the reader delivered its last chunk
    bool m_stopped = false; // the consumer went away
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace sinergi
