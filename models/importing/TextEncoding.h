#pragma once

#include <QChar>

#include <optional>

namespace sinergi {

enum class TextEncoding { Utf8, Windows1252, Utf16LE, Utf16BE };

// How a CSV file's text is to be read when the user overrides what is detected (the import wizard's
// choices, the CLI's options). Unset parts are detected from the start of the file. A forced UTF-16 reads
// big-endian only when the file starts with the big-endian BOM.
struct CsvFormat
{
    QChar delimiter;                      // null: detect
    std::optional<TextEncoding> encoding; // unset: detect (UTF-8, falling back to Windows-1252)
};

} // namespace sinergi
