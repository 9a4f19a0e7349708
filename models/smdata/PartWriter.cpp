#include "PartWriter.h"

#include "common/Sha256.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace sinergi::smdata {

// Hashes the parts in order on one thread: each part alone, and all of them as one stream.
struct PartWriter::Hasher
{
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<QByteArray> queue; // implicitly shared copies of finished parts
    bool closed = false;
    QStringList partSha256;
    Sha256 whole; // libcrypto (common/Sha256.h): many times faster than QCryptographicHash here
    std::thread thread;

    Hasher()
    {
        thread = std::thread([this] {
            for (;;) {
                QByteArray part;
                {
                    std::unique_lock lock(mutex);
                    wake.wait(lock, [this] { return closed || !queue.empty(); });
                    if (queue.empty())
                        return;
                    part = std::move(queue.front());
                    queue.pop_front();
                }
                partSha256 << Sha256::hashHex(part);
                whole.addData(part);
            }
        });
    }
    void push(const QByteArray &part)
    {
        {
            std::lock_guard lock(mutex);
            queue.push_back(part);
        }
        wake.notify_one();
    }
    void close()
    {
        {
            std::lock_guard lock(mutex);
            closed = true;
        }
        wake.notify_one();
        if (thread.joinable())
            thread.join();
    }
    ~Hasher() { close(); }
};

PartWriter::PartWriter(qint64 partSize) : m_partSize(partSize), m_hasher(std::make_unique<Hasher>())
{
    m_current.reserve(qsizetype(m_partSize));
}

PartWriter::~PartWriter() = default;

void PartWriter::append(QByteArrayView data)
{
    m_total += data.size();
    while (!data.isEmpty()) {
        const qsizetype take = std::min<qsizetype>(qsizetype(m_partSize) - m_current.size(), data.size());
        m_current.append(data.first(take));
        data = data.sliced(take);
        if (m_current.size() == m_partSize)
            closePart();
    }
}

void PartWriter::closePart()
{
    m_parts.append(std::move(m_current));
    m_hasher->push(m_parts.last()); // shared, not copied: the part is never written again
    m_current = QByteArray();
    m_current.reserve(qsizetype(m_partSize));
}

PartWriter::Result PartWriter::finish()
{
    if (!m_current.isEmpty()) {
        m_current.squeeze();
        closePart();
    }
    m_current = QByteArray();
    m_hasher->close();
    Result result;
    result.parts = std::move(m_parts);
    result.partSha256 = std::move(m_hasher->partSha256);
    result.contentSha256 = QString::fromLatin1(m_hasher->whole.result().toHex());
    result.totalBytes = m_total;
    return result;
}

} // namespace sinergi::smdata
