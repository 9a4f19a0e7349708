#include "RowChunkPrefetch.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sinergi {

RowChunkPrefetch::RowChunkPrefetch(Database &reader, const QByteArray &selectSql, int width, int chunkRows)
    : m_db(reader), m_sql(selectSql), m_width(width), m_chunkRows(chunkRows)
{
    m_thread.setMaxThreadCount(1);
    readAhead();
}

RowChunkPrefetch::~RowChunkPrefetch()
{
    if (m_pending.isValid()) // a read not yet taken
        m_pending.waitForFinished();
    // The statement is released and the snapshot let go on the thread that used them.
    QtConcurrent::run(&m_thread, [this] {
        m_rows.reset();
        if (m_inTransaction) {
            try {
                m_db.exec("COMMIT"); // nothing was written: this only ends the read transaction
            } catch (...) {
                // Closing the connection ends it as well.
            }
        }
    }).waitForFinished();
}

void RowChunkPrefetch::readAhead()
{
    m_pending = QtConcurrent::run(&m_thread, [this] {
        Read r;
        try {
            if (!m_rows) {
                m_db.exec("BEGIN");
                m_inTransaction = true;
                m_rows.emplace(m_db, m_sql, m_width, m_chunkRows);
            }
            r.chunk = m_rows->next();
        } catch (...) {
            r.error = std::current_exception();
        }
        return r;
    });
}

RowChunk RowChunkPrefetch::next()
{
    // takeResult() moves the chunk out instead of copying it, and leaves the future invalid: waiting on it
    // again would block for ever, hence the isValid() in the destructor.
    Read r = m_pending.takeResult();
    if (r.error)
        std::rethrow_exception(r.error);
    if (!r.chunk.empty())
        readAhead();
    return std::move(r.chunk);
}

} // namespace sinergi
