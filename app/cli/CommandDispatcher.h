#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace sinergi::cli {

// Finds the subcommand in the arguments, parses its options, prints help, and runs it, turning every
// failure into the documented exit code.
class CommandDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::CommandDispatcher)
public:
    CommandDispatcher();

    // `arguments` includes the program name, like QCoreApplication::arguments().
    int run(const QStringList &arguments);

    QString globalHelp() const;
    QString commandHelp(const Command &command) const;

private:
    struct Located
    {
        const Command *command = nullptr;
        QStringList rest; // arguments without the command words
        QString group;    // set when only the group word was found
    };
    Located locate(const QStringList &args) const;
    QList<OptionSpec> optionsFor(const Command &command) const;
    int execute(const Command &command, const QStringList &rest);
    int usageError(const QString &message) const;

    QList<Command> m_commands;
    QSet<QString> m_valueOptions; // options that take a value, to skip it while looking for the command
};

} // namespace sinergi::cli
