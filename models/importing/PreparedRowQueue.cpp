#include "PreparedRowQueue.h"

#include "common/ThreadPriority.h"

#include <algorithm>

namespace sinergi {

PreparedRowQueue::PreparedRowQueue(std::function<bool(PreparedRow &)> read,
                                   std::function<void(PreparedRow &)> prepare, int workers)
    : m_read(std::move(read)), m_prepare(std::move(prepare))
{
    m_reader = std::thread([this] { readLoop(); });
    for (int i = 0; i < std::max(1, workers); ++i)
        m_workers.emplace_back([this] { workLoop(); });
}

PreparedRowQueue::~PreparedRowQueue()
{
    stop();
    if (m_reader.joinable())
        m_reader.join();
    for (std::thread &t : m_workers)
        if (t.joinable())
            t.join();
}

// Called in a catch block with the mutex held: the earliest failing batch wins, so the consumer sees the
// error the file order reaches first.
void PreparedRowQueue::fail(std::uint64_t seq)
{
    if (!m_error || seq < m_errorSeq) {
        m_error = std::current_exception();
        m_errorSeq = seq;
    }
    m_changed.notify_all();
}

void PreparedRowQueue::readLoop()
{
    threadpriority::lowerCurrentThread();
    try {
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock,
                               [this] { return m_stopped || m_nextRead - m_nextDeliver < kMaxInFlight; });
                if (m_stopped)
                    return;
                if (!m_spare.empty()) {
                    batch = std::move(m_spare.back());
                    m_spare.pop_back();
                }
            }
            batch.resize(kBatchRows);
            size_t n = 0;
            bool more = true;
            while (n < kBatchRows && (more = m_read(batch[n])))
                ++n;
            batch.resize(n);
            const std::lock_guard lock(m_mutex);
            if (n > 0)
                m_toPrepare.emplace_back(m_nextRead++, std::move(batch));
            if (!more)
                m_readEnd = m_nextRead;
            m_changed.notify_all();
            if (!more)
                return;
        }
    } catch (...) {
        // The rows of the unfinished batch are dropped; the error comes in their place.
        const std::lock_guard lock(m_mutex);
        m_readEnd = m_nextRead;
        fail(m_nextRead);
    }
}

void PreparedRowQueue::workLoop()
{
    threadpriority::lowerCurrentThread();
    for (;;) {
        std::pair<std::uint64_t, Batch> job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock,
                           [this] { return m_stopped || !m_toPrepare.empty() || m_readEnd != UINT64_MAX; });
            if (m_stopped || m_toPrepare.empty())
                return;
            job = std::move(m_toPrepare.front());
            m_toPrepare.pop_front();
        }
        try {
            for (PreparedRow &row : job.second)
                m_prepare(row);
        } catch (...) {
            const std::lock_guard lock(m_mutex);
            fail(job.first);
            continue;
        }
        const std::lock_guard lock(m_mutex);
        m_prepared.emplace(job.first, std::move(job.second));
        m_changed.notify_all();
    }
}

bool PreparedRowQueue::next(std::vector<PreparedRow> &out)
{
    std::unique_lock lock(m_mutex);
    if (!out.empty())
        m_spare.push_back(std::move(out));
    out.clear();
    m_changed.notify_all(); // a spare batch, or room in the window, for the reader
    m_changed.wait(lock, [this] {
        return m_prepared.count(m_nextDeliver) > 0 || m_errorSeq == m_nextDeliver ||
               m_readEnd == m_nextDeliver;
    });
    const auto it = m_prepared.find(m_nextDeliver);
    if (it != m_prepared.end()) {
        out = std::move(it->second);
        m_prepared.erase(it);
        ++m_nextDeliver;
        m_changed.notify_all();
        return true;
    }
    // Every batch before the failure has been delivered; now the failure itself.
    if (m_error && m_errorSeq == m_nextDeliver)
        std::rethrow_exception(m_error);
    return false;
}

void PreparedRowQueue::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

} // namespace sinergi
