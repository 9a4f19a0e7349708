#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sinergi::cli {

class CommandContext;

struct OptionSpec
{
    QString name;        // long name without dashes
    QString valueName;   // empty for a flag
    QString description; // translated
};

// One subcommand: its words ("user", "add"), what it accepts and the function that does it.
struct Command
{
    // What the command touches decides the shared options it gets, so every store command spells
    // --store / --user / --password-stdin the same way.
    enum class Needs {
        Nothing, // no store
        Store,   // --store, --password-stdin (init)
        Login    // --store, --user, --password-stdin
    };

    QStringList words;
    QString arguments; // positional syntax for help, e.g. "USER ROLE"
    QString summary;   // one line, translated
    Needs needs = Needs::Login;
    int minArguments = 0;
    int maxArguments = 0;
    QList<OptionSpec> options;
    std::function<int(CommandContext &)> run;

    QString name() const { return words.join(u' '); }
};

} // namespace sinergi::cli
