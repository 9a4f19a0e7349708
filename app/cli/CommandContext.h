#pragma once

#include "PasswordPrompt.h"

#include "session/Session.h"
#include "store/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace sinergi::cli {

// What a command gets to work with: its parsed arguments, the store location, the password source and
// a way to log in. Keeps the commands free of option plumbing.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::CommandContext)
public:
    CommandContext(const QCommandLineParser &parser, bool verbose);

    const QStringList &arguments() const { return m_arguments; }
    QString argument(int index) const { return m_arguments.value(index); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); } // repeated option
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    bool verbose() const { return m_verbose; }

    // --store, else $SINERGI_STORE, else <AppDataLocation>/store.
    StoreLocation store() const;
    static QString defaultStoreDir();
    // The core's NotFound text points at the settings dialog; on the command line the path and the
    // option to change it are what helps.
    static QString storeNotFoundMessage(const StoreLocation &where);
    // --user, else $SINERGI_USER; a usage error when neither is given.
    QString actingUser() const;
    PasswordPrompt &passwords() { return m_passwords; }

    // Asks the acting user's password and logs in. Fails early with NotFound before asking anything
    // when there is no store at the location. `typedPassword` receives the password for commands that
    // must pass it on again (changing one's own password).
    std::unique_ptr<Session> login(QString *typedPassword = nullptr);

private:
    const QCommandLineParser &m_parser;
    QStringList m_arguments;
    bool m_verbose;
    PasswordPrompt m_passwords;
};

} // namespace sinergi::cli
