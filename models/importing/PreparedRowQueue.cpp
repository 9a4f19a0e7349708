#include "PreparedRowQueue.h"

namespace sinergi {

PreparedRowQueue::PreparedRowQueue(std::function<bool(PreparedRow &)> produce) : m_produce(std::move(produce))
{
    m_thread = std::thread([this] { run(); });
}

PreparedRowQueue::~PreparedRowQueue()
{
    stop();
    if (m_thread.joinable())
        m_thread.join();
}

void PreparedRowQueue::run()
{
    try {
        bool more = true;
        while (more) {
            std::vector<PreparedRow> batch(kBatchRows);
            size_t n = 0;
            while (n < kBatchRows && (more = m_produce(batch[n])))
                ++n;
            batch.resize(n);
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopped || m_batches.size() < kMaxBatches; });
            if (m_stopped)
                return;
            if (n > 0)
                m_batches.push_back(std::move(batch));
            m_changed.notify_all();
        }
    } catch (...) {
        const std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
    const std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

bool PreparedRowQueue::next(std::vector<PreparedRow> &out)
{
    out.clear();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_batches.empty() || m_done; });
    if (!m_batches.empty()) {
        out = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    // Rows read before a failure have all been delivered; now the failure itself.
    if (m_error)
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
