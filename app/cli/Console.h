#pragma once

#include <QString>

namespace sinergi::cli {

// Writes text to stdout / stderr in the locale's encoding and flushes at once, so prompts, results and
// errors interleave correctly even when both streams go to the same terminal or pipe.
namespace Console {
void out(const QString &text);     // text as is
void outLine(const QString &text); // text + newline
void errLine(const QString &text); // text + newline on stderr
void err(const QString &text);     // stderr, no newline (prompts)
} // namespace Console

} // namespace sinergi::cli
