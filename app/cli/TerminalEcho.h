#pragma once

namespace sinergi::cli {

// The only platform-specific code in the CLI: is stdin a terminal, and switching its echo off while a
// password is typed. Kept tiny so the Windows branch is easy to review without a Windows machine.
bool stdinIsTerminal();

// Turns terminal echo off for its lifetime and restores the previous mode afterwards (also on Ctrl+C on
// POSIX, so an interrupted prompt does not leave the user's shell without echo).
class EchoSuppressor
{
public:
    EchoSuppressor();
    ~EchoSuppressor();
    EchoSuppressor(const EchoSuppressor &) = delete;
    EchoSuppressor &operator=(const EchoSuppressor &) = delete;

    bool active() const { return m_active; }

private:
    bool m_active = false;
};

} // namespace sinergi::cli
