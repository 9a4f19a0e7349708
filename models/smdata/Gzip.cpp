#include "Gzip.h"

#include <zlib.h>

#include <algorithm>

namespace sinergi::gzip {

namespace {
// windowBits 15 + 16 selects the gzip wrapper in zlib (deflateInit2/inflateInit2).
constexpr int kGzipWindowBits = 15 + 16;
constexpr qsizetype kChunk = 64 * 1024;
} // namespace

QByteArray compress(const QByteArray &data, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    const auto written = static_cast<qsizetype>(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

Inflated decompress(const QByteArray &data, qint64 maxBytes)
{
    z_stream stream{};
    if (inflateInit2(&stream, kGzipWindowBits) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    Inflated result;
    int rc = Z_OK;
    while (rc == Z_OK) {
        const qsizetype before = result.data.size();
        if (before > maxBytes) {
            inflateEnd(&stream);
            return {InflateStatus::TooLarge, {}};
        }
        // One byte beyond the limit is enough to know the limit was passed.
        const qsizetype chunk = std::min<qsizetype>(kChunk, maxBytes - before + 1);
        result.data.resize(before + chunk);
        stream.next_out = reinterpret_cast<Bytef *>(result.data.data() + before);
        stream.avail_out = static_cast<uInt>(chunk);
        rc = inflate(&stream, Z_NO_FLUSH);
        result.data.resize(before + chunk - static_cast<qsizetype>(stream.avail_out));
        // Z_BUF_ERROR: no progress possible, i.e. the input ended before the gzip trailer (truncated).
    }
    inflateEnd(&stream);
    if (result.data.size() > maxBytes)
        return {InflateStatus::TooLarge, {}};
    // Trailing bytes after the member (a second member, garbage) are not accepted: one body, one member.
    if (rc != Z_STREAM_END || stream.avail_in != 0)
        return {InflateStatus::Invalid, {}};
    result.status = InflateStatus::Ok;
    return result;
}

} // namespace sinergi::gzip
