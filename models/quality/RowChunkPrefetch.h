#pragma once

#include "RowChunkReader.h"
#include "store/Database.h"

#include <QFuture>
#include <QThreadPool>

#include <exception>
#include <optional>

namespace sinergi {

// The validation job's source of row chunks when it has a second connection to the store: the chunk after
// the one handed out is read on a thread of its own, on that connection, while the job's thread validates
// and writes. At 10^6 rows a single thread reading the rows and writing the counts and findings was the
// job's bottleneck (the validating threads waited on it); with the reading moved here the two overlap on
// two cores.
// The reads run in one read transaction, so every chunk comes from the same snapshot of the store. The
// writer's own uncommitted changes are not in it: the job only changes rows it has already read, and its
// write transaction keeps every other writer out until it commits.
class RowChunkPrefetch
{
public:
    // `reader` is used on the prefetch thread only from here on; it must outlive this object.
    RowChunkPrefetch(Database &reader, const QByteArray &selectSql, int width, int chunkRows);
    ~RowChunkPrefetch(); // waits for a read in flight and ends the read transaction

    // The next chunk in _id order, empty at the end. Re-throws what reading it threw.
    RowChunk next();

private:
    struct Read
    {
        RowChunk chunk;
        std::exception_ptr error;
    };
    void readAhead();

    Database &m_db;
    std::optional<RowChunkReader> m_rows; // made on the prefetch thread, inside the read transaction
    QByteArray m_sql;
    int m_width;
    int m_chunkRows;
    bool m_inTransaction = false;
    QThreadPool m_thread; // one thread: reads stay in order
    QFuture<Read> m_pending;
};

} // namespace sinergi
