#pragma once

namespace sinergi {

enum class TextEncoding { Utf8, Windows1252, Utf16LE, Utf16BE };

} // namespace sinergi
