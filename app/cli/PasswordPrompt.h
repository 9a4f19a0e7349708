#pragma once

#include <QCoreApplication>
#include <QString>

namespace sinergi::cli {

// Where passwords come from. Never argv: a command line is visible in `ps`, shell history and logs.
// On a terminal the password is typed without echo; otherwise (a pipe, or --password-stdin) each
// password is one line of stdin, in the order the command asks for them.
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::PasswordPrompt)
public:
    explicit PasswordPrompt(bool forceStdin);

    bool interactive() const { return m_interactive; }

    // A password that already exists (the acting user's, a recovery code).
    QString askExisting(const QString &prompt);
    // A password being set. On a terminal it is always typed twice; from stdin a second, confirming line
    // is read only when `confirmFromStdin` (init does this, so a setup script reads like the dialog).
    QString askNew(const QString &prompt, bool confirmFromStdin = false);

private:
    QString readLine(const QString &prompt);

    bool m_interactive = false;
    int m_linesRead = 0;
};

} // namespace sinergi::cli
