#include "TerminalEcho.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace sinergi::cli {

#ifdef Q_OS_WIN

namespace {
DWORD g_savedMode = 0;
}

bool stdinIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

EchoSuppressor::EchoSuppressor()
{
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    if (in == INVALID_HANDLE_VALUE || !GetConsoleMode(in, &g_savedMode))
        return;
    m_active = SetConsoleMode(in, g_savedMode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) != 0;
}

EchoSuppressor::~EchoSuppressor()
{
    if (!m_active)
        return;
    SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), g_savedMode);
    // Windows has no ECHONL: without echo the Enter key leaves the cursor on the prompt line.
    std::fputs("\n", stderr);
}

#else

namespace {
// Saved globally because the signal handler must reach it; only one prompt is ever active at a time.
termios g_savedTermios{};
struct sigaction g_previousSigint
{
};

void restoreAndReraise(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTermios);
    sigaction(SIGINT, &g_previousSigint, nullptr);
    raise(signal);
}
} // namespace

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) != 0;
}

EchoSuppressor::EchoSuppressor()
{
    if (tcgetattr(STDIN_FILENO, &g_savedTermios) != 0)
        return;
    struct sigaction onInterrupt
    {
    };
    onInterrupt.sa_handler = restoreAndReraise;
    sigemptyset(&onInterrupt.sa_mask);
    sigaction(SIGINT, &onInterrupt, &g_previousSigint);

    termios silent = g_savedTermios;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    silent.c_lflag |= ECHONL; // the Enter key still moves to the next line
    m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
    if (!m_active)
        sigaction(SIGINT, &g_previousSigint, nullptr);
}

EchoSuppressor::~EchoSuppressor()
{
    if (!m_active)
        return;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTermios);
    sigaction(SIGINT, &g_previousSigint, nullptr);
}

#endif

} // namespace sinergi::cli
