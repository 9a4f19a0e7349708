#pragma once

#include <QByteArray>

#include <optional>

namespace sinergi::gzip {

// RFC 1952 gzip (what HTTP's Content-Encoding: gzip means; qCompress writes zlib with a Qt size prefix,
// which no HTTP peer understands).
QByteArray compress(const QByteArray &data, int level = 6);

// Decodes one gzip member. nullopt when the input is not valid gzip or would inflate beyond maxBytes:
// decompression stops at the limit, so a small "gzip bomb" cannot exhaust memory.
enum class InflateStatus { Ok, Invalid, TooLarge };
struct Inflated
{
    InflateStatus status = InflateStatus::Invalid;
    QByteArray data;
};
Inflated decompress(const QByteArray &data, qint64 maxBytes);

} // namespace sinergi::gzip
