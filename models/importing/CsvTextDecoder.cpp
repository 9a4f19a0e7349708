#include "CsvTextDecoder.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace sinergi {

namespace {

// 0x80..0x9F of Windows-1252; the other bytes are the same code points as Latin-1. The five unassigned
// bytes map to the C1 control of the same value, as Windows' own converter does.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

struct Utf8Scan
{
    bool valid = true;
    bool nonAscii = false;
    qsizetype complete = 0; // bytes up to the last complete character
};

// A strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF). A sequence cut by the end
// of the block is not an error: it is left for the next block.
Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan r;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII, most of any export, eight bytes at a time: the reading thread of an import decodes the
        // whole file, and byte by byte this check was a third of that thread's instructions.
        std::uint64_t word = 0;
        while (i + 8 <= n && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ULL) == 0))
            i += 8;
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            r.valid = false;
            break;
        }
        if (i + len > n) {
            // Check what is there, then leave the tail for the next block.
            for (qsizetype k = i + 1; k < n; ++k) {
                const unsigned char b = p[k];
                if ((k == i + 1 && (b < lo || b > hi)) || (k > i + 1 && (b & 0xC0) != 0x80)) {
                    r.valid = false;
                    r.complete = i;
                    return r;
                }
            }
            break;
        }
        if (p[i + 1] < lo || p[i + 1] > hi) {
            r.valid = false;
            break;
        }
        for (int k = 2; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                r.valid = false;
                break;
            }
        }
        if (!r.valid)
            break;
        r.nonAscii = true; // counted only for complete characters: a cut tail may still prove invalid
        i += len;
    }
    r.complete = i;
    return r;
}

} // namespace

QString CsvTextDecoder::decodeWindows1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        dst[i] = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

qsizetype CsvTextDecoder::detect(const QByteArray &firstBlock, std::optional<TextEncoding> forced)
{
    if (forced) {
        m_forced = true;
        switch (*forced) {
        case TextEncoding::Utf8:
            m_encoding = TextEncoding::Utf8;
            m_sawNonAscii = true; // declared UTF-8: never fall back to Windows-1252
            m_bom = firstBlock.startsWith("\xEF\xBB\xBF");
            return m_bom ? 3 : 0;
        case TextEncoding::Windows1252:
            m_encoding = TextEncoding::Windows1252;
            return 0;
        case TextEncoding::Utf16LE:
        case TextEncoding::Utf16BE:
            // A BOM tells the byte order; without one, the order chosen.
            m_encoding = firstBlock.startsWith("\xFE\xFF")   ? TextEncoding::Utf16BE
                         : firstBlock.startsWith("\xFF\xFE") ? TextEncoding::Utf16LE
                                                             : *forced;
            m_utf16 = QStringDecoder(m_encoding == TextEncoding::Utf16BE ? QStringConverter::Utf16BE
                                                                         : QStringConverter::Utf16LE);
            m_bom = firstBlock.startsWith("\xFF\xFE") || firstBlock.startsWith("\xFE\xFF");
            return m_bom ? 2 : 0;
        }
    }
    if (firstBlock.startsWith("\xEF\xBB\xBF")) {
        m_encoding = TextEncoding::Utf8;
        m_bom = true;
        m_sawNonAscii = true; // a BOM declares UTF-8: never fall back to Windows-1252
        return 3;
    }
    if (firstBlock.startsWith("\xFF\xFE")) { // Excel "Unicode text"
        m_encoding = TextEncoding::Utf16LE;
        m_bom = true;
        m_utf16 = QStringDecoder(QStringConverter::Utf16LE);
        return 2;
    }
    if (firstBlock.startsWith("\xFE\xFF")) {
        m_encoding = TextEncoding::Utf16BE;
        m_bom = true;
        m_utf16 = QStringDecoder(QStringConverter::Utf16BE);
        return 2;
    }
    return 0;
}

CsvTextDecoder::Decoded CsvTextDecoder::decode(const QByteArray &block, bool atEnd)
{
    switch (m_encoding) {
    case TextEncoding::Windows1252:
        return {decodeWindows1252(block)};
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return {m_utf16.decode(block)};
    case TextEncoding::Utf8:
        break;
    }
    const QByteArray bytes = m_carry.isEmpty() ? block : m_carry + block;
    const Utf8Scan scan = scanUtf8(bytes);
    if (!scan.valid || (atEnd && scan.complete < bytes.size())) {
        if (m_sawNonAscii) {
            m_carry.clear();
            return {QString::fromUtf8(bytes.constData(), scan.complete), true};
        }
        // Everything before this block was ASCII, which reads the same in both encodings.
        m_encoding = TextEncoding::Windows1252;
        m_carry.clear();
        return {decodeWindows1252(bytes)};
    }
    m_sawNonAscii = m_sawNonAscii || scan.nonAscii;
    m_carry = bytes.mid(scan.complete);
    return {QString::fromUtf8(bytes.constData(), scan.complete)};
}

} // namespace sinergi
