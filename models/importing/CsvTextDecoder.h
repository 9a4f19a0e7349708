#pragma once

#include "importing/TextEncoding.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace sinergi {

// Turns the blocks of a CSV file into text, guessing the encoding as it goes. Office exports here are
// UTF-8 (often with a BOM, from Excel "CSV UTF-8") or Windows-1252 (Excel's plain "CSV" on Windows).
// Until a byte >= 0x80 has been decoded both are the same, so the decoder starts as UTF-8 and switches to
// Windows-1252 when the first non-ASCII bytes are not valid UTF-8. A file that is valid UTF-8 first and
// invalid later mixes encodings: decode() then reports an error after the text that was still valid,
// so the reader can name the line where the bad bytes are.
class CsvTextDecoder
{
public:
    // Looks at the start of the file; returns the number of BOM bytes to skip. With forced, the text is
    // read in that encoding whatever the bytes say (the BOM of that encoding is still skipped), and bytes
    // that are not valid UTF-8 in a forced UTF-8 file are reported as mixed, not read as Windows-1252.
    qsizetype detect(const QByteArray &firstBlock, std::optional<TextEncoding> forced = std::nullopt);
    struct Decoded
    {
        QString text;
        bool mixed = false; // text ends where bytes that are not UTF-8 follow UTF-8 text
    };
    Decoded decode(const QByteArray &block, bool atEnd);

    TextEncoding encoding() const { return m_encoding; }
    bool hadBom() const { return m_bom; }
    bool isForced() const { return m_forced; }

    static QString decodeWindows1252(const QByteArray &bytes);

private:
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_bom = false;
    bool m_forced = false;
    bool m_sawNonAscii = false; // whether UTF-8 text with multi-byte characters was already returned
    QByteArray m_carry;         // an incomplete UTF-8 sequence at the end of the previous block
    QStringDecoder m_utf16;
};

} // namespace sinergi
