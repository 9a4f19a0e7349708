#include "PasswordPrompt.h"

#include "CliFailure.h"
#include "Console.h"
#include "TerminalEcho.h"

#include <iostream>
#include <string>

namespace sinergi::cli {

namespace {
// Best effort: std::string cannot be locked in memory, but at least the bytes do not linger after use.
void wipe(std::string &s)
{
    volatile char *p = s.data();
    for (std::size_t i = 0; i < s.size(); ++i)
        p[i] = 0;
    s.clear();
}

constexpr int kTerminalAttempts = 3;
} // namespace

PasswordPrompt::PasswordPrompt(bool forceStdin) : m_interactive(!forceStdin && stdinIsTerminal()) {}

QString PasswordPrompt::readLine(const QString &prompt)
{
    std::string line;
    bool ok = false;
    if (m_interactive) {
        Console::err(prompt + u' ');
        EchoSuppressor noEcho;
        ok = static_cast<bool>(std::getline(std::cin, line));
    } else {
        ok = static_cast<bool>(std::getline(std::cin, line));
    }
    ++m_linesRead;
    if (!ok) {
        throw CliFailure(ExitUsage, tr("No password given: standard input ended before line %1 (%2).")
                                        .arg(m_linesRead)
                                        .arg(prompt.trimmed()));
    }
    if (!line.empty() && line.back() == '\r') // scripts written on Windows
        line.pop_back();
    QString text = QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
    wipe(line);
    return text;
}

QString PasswordPrompt::askExisting(const QString &prompt)
{
    return readLine(prompt);
}

QString PasswordPrompt::askNew(const QString &prompt, bool confirmFromStdin)
{
    const QString confirmPrompt = tr("Repeat the password:");
    if (!m_interactive) {
        QString first = readLine(prompt);
        if (confirmFromStdin && readLine(confirmPrompt) != first)
            throw CliFailure(ExitUsage, tr("The two passwords do not match."));
        return first;
    }
    for (int attempt = 1; attempt <= kTerminalAttempts; ++attempt) {
        QString first = readLine(prompt);
        if (readLine(confirmPrompt) == first)
            return first;
        Console::errLine(tr("The two passwords do not match. Try again."));
    }
    throw CliFailure(ExitUsage, tr("The two passwords did not match. Nothing was changed."));
}

} // namespace sinergi::cli
