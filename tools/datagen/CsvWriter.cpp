#include "CsvWriter.h"

#include "common/Error.h"

#include <QFile>

#include <cstdint>
#include <cstring>

namespace sinergi::datagen {

namespace {
constexpr std::size_t kFlushAt = 1 << 20;

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// Non-zero when some byte of w equals b (the classic "has zero byte" bit trick on w ^ b...b).
constexpr std::uint64_t hasByte(std::uint64_t w, unsigned char b)
{
    const std::uint64_t x = w ^ (kOnes * b);
    return (x - kOnes) & ~x & kHighs;
}

bool isSpecial(char c)
{
    return c == ',' || c == '"' || c == '\r' || c == '\n';
}

bool needsQuotes(std::string_view v)
{
    if (v.empty())
        return false;
    if (v.front() == ' ' || v.back() == ' ')
        return true;
    // Eight bytes at a time: every output byte passes through here, and a byte loop was the top cost.
    std::size_t i = 0;
    for (; i + 8 <= v.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, v.data() + i, 8);
        if (hasByte(w, ',') | hasByte(w, '"') | hasByte(w, '\r') | hasByte(w, '\n'))
            return true;
    }
    for (; i < v.size(); ++i) {
        if (isSpecial(v[i]))
            return true;
    }
    return false;
}
} // namespace

CsvWriter::CsvWriter(const QString &path) : m_path(path)
{
    m_file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!m_file)
        throw Error(ErrorCode::Io, u"Cannot write %1"_qs.arg(path));
    std::setvbuf(m_file, nullptr, _IONBF, 0); // our buffer is the only one: no second copy in stdio
    m_buffer.reserve(kFlushAt + 4096);
    m_writing.reserve(kFlushAt + 4096);
}

CsvWriter::~CsvWriter()
{
    if (m_pending.valid())
        m_pending.wait();
    if (m_file)
        std::fclose(m_file); // an error path already threw; close() is the checked way out
}

void CsvWriter::field(std::string_view value)
{
    if (!m_firstField)
        m_buffer.push_back(',');
    m_firstField = false;
    if (!needsQuotes(value)) {
        m_buffer.append(value);
        return;
    }
    m_buffer.push_back('"');
    for (char c : value) {
        if (c == '"')
            m_buffer.push_back('"');
        m_buffer.push_back(c);
    }
    m_buffer.push_back('"');
}

void CsvWriter::endRecord()
{
    m_buffer.append("\r\n", 2);
    m_firstField = true;
    if (m_buffer.size() >= kFlushAt)
        flush();
}

void CsvWriter::waitForPendingWrite()
{
    if (m_pending.valid() && !m_pending.get())
        throw Error(ErrorCode::Io, u"Write failed: %1"_qs.arg(m_path));
}

void CsvWriter::flush()
{
    // One write in flight at a time, so the file's bytes stay in order.
    waitForPendingWrite();
    if (m_buffer.empty())
        return;
    m_writing.swap(m_buffer);
    m_buffer.clear();
    m_pending = std::async(std::launch::async, [this] {
        return std::fwrite(m_writing.data(), 1, m_writing.size(), m_file) == m_writing.size();
    });
}

void CsvWriter::close()
{
    if (!m_file)
        return;
    flush();
    waitForPendingWrite();
    const int rc = std::fclose(m_file);
    m_file = nullptr;
    if (rc != 0)
        throw Error(ErrorCode::Io, u"Write failed: %1"_qs.arg(m_path));
}

} // namespace sinergi::datagen
