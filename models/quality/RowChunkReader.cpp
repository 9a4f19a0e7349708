#include "RowChunkReader.h"

#include "store/Database.h"

namespace sinergi {

RowChunkReader::RowChunkReader(Database &db, const QByteArray &selectSql, int width, int chunkRows,
                               bool threaded)
    : m_db(db), m_sql(selectSql), m_width(width), m_chunkRows(chunkRows)
{
    if (threaded)
        m_thread = std::thread([this] { loop(); });
}

RowChunkReader::~RowChunkReader()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

RowChunk RowChunkReader::read()
{
    // Prepared per chunk: a statement is a few microseconds next to 4,096 rows, and none stays open on
    // the caller's connection while it writes.
    Statement select = m_db.prepare(m_sql.constData());
    RowChunk c;
    select.bindAll(static_cast<std::int64_t>(m_lastId), m_chunkRows);
    while (select.step()) {
        c.ids.push_back(select.int64(0));
        c.errors.push_back(select.int32(1));
        c.warnings.push_back(select.int32(2));
        QVariantList row;
        row.reserve(m_width);
        for (int i = 0; i < m_width; ++i)
            row.append(select.value(3 + i));
        c.values.push_back(std::move(row));
    }
    if (!c.ids.empty())
        m_lastId = c.ids.back();
    return c;
}

void RowChunkReader::loop()
{
    try {
        for (;;) {
            RowChunk c = read();
            const bool last = c.empty();
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopped || m_ready.size() < kAhead; });
            if (m_stopped)
                return;
            if (!last)
                m_ready.push_back(std::move(c));
            m_done = last;
            m_changed.notify_all();
            if (last)
                return;
        }
    } catch (...) {
        const std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
        m_done = true;
        m_changed.notify_all();
    }
}

RowChunk RowChunkReader::next()
{
    if (!m_thread.joinable())
        return read();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (!m_ready.empty()) {
        RowChunk c = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return c;
    }
    if (m_error)
        std::rethrow_exception(m_error);
    return {};
}

} // namespace sinergi
