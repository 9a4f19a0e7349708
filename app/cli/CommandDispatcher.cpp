#include "CommandDispatcher.h"

#include "CliFailure.h"
#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "ErrorReport.h"

#include "common/Error.h"

#include <QCommandLineParser>

namespace sinergi::cli {

namespace {
constexpr qsizetype kOptionColumn = 26;

constexpr qsizetype kExitCodeColumn = 6;

QString formatRow(const QString &left, const QString &right, qsizetype column = kOptionColumn)
{
    QString row = u"  "_qs + left;
    if (row.size() + 1 >= column)
        return row + u"\n"_qs + QString(column, u' ') + right + u'\n';
    return row.leftJustified(column) + right + u'\n';
}

QString exitRow(int code, const QString &meaning)
{
    return formatRow(QString::number(code), meaning, kExitCodeColumn);
}

QString optionLabel(const OptionSpec &option)
{
    QString label = u"--"_qs + option.name;
    if (!option.valueName.isEmpty())
        label += u' ' + option.valueName;
    return label;
}

bool isOptionToken(const QString &token)
{
    return token.size() > 1 && token.startsWith(u'-');
}
} // namespace

CommandDispatcher::CommandDispatcher()
{
    for (const auto &group :
         {initCommands(), userCommands(), storeCommands(), auditCommands(), keyCommands(), importCommands(),
          exportCommands(), referenceCommands(), validateCommands(), reportCommands(), approvalCommands(),
          batchCommands(), smdataCommands()})
        m_commands.append(group);
    for (const Command &command : std::as_const(m_commands)) {
        for (const OptionSpec &option : optionsFor(command)) {
            if (!option.valueName.isEmpty())
                m_valueOptions.insert(option.name);
        }
    }
}

QList<OptionSpec> CommandDispatcher::optionsFor(const Command &command) const
{
    QList<OptionSpec> options = command.options;
    if (command.needs != Command::Needs::Nothing) {
        options.append({u"store"_qs, u"DIR"_qs,
                        tr("Store folder (default: $SINERGI_STORE, else the per-user application data "
                           "folder)")});
    }
    if (command.needs == Command::Needs::Login)
        options.append(
            {u"user"_qs, u"USER"_qs, tr("Acting user; the password is asked (default: $SINERGI_USER)")});
    if (command.needs != Command::Needs::Nothing) {
        options.append({u"password-stdin"_qs,
                        {},
                        tr("Read passwords as lines from standard input instead of the terminal")});
    }
    options.append({u"verbose"_qs, {}, tr("Show technical detail with error messages")});
    return options;
}

CommandDispatcher::Located CommandDispatcher::locate(const QStringList &args) const
{
    // The command words are the first positional tokens; options may come before or after them, so the
    // value of a value-taking option (--store DIR) must be skipped, not mistaken for a command word.
    QList<qsizetype> positional;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size() && positional.size() < 2; ++i) {
        const QString &token = args.at(i);
        if (optionsEnded || !isOptionToken(token)) {
            positional.append(i);
        } else if (token == u"--"_qs) {
            optionsEnded = true;
        } else if (!token.contains(u'=') &&
                   m_valueOptions.contains(token.mid(token.startsWith(u"--"_qs) ? 2 : 1))) {
            ++i;
        }
    }

    Located located;
    if (positional.isEmpty())
        return located;
    located.group = args.at(positional.first());
    for (const Command &command : m_commands) {
        if (command.words.first() != located.group)
            continue;
        qsizetype used = 1;
        if (command.words.size() == 2) {
            if (positional.size() < 2 || args.at(positional.at(1)) != command.words.at(1))
                continue;
            used = 2;
        }
        located.command = &command;
        located.rest = args;
        for (qsizetype k = used - 1; k >= 0; --k)
            located.rest.removeAt(positional.at(k));
        return located;
    }
    return located;
}

int CommandDispatcher::usageError(const QString &message) const
{
    Console::errLine(tr("error:") + u' ' + message);
    Console::errLine(tr("Run 'sinergi-cli --help' for usage."));
    return ExitUsage;
}

int CommandDispatcher::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    const bool wantsHelp = args.contains(u"--help"_qs) || args.contains(u"-h"_qs);
    if (args.isEmpty()) {
        Console::err(globalHelp());
        return ExitUsage;
    }
    // "sinergi-cli help [command]" reads better than "--help" for people new to the tool.
    const bool helpWord = args.first() == u"help"_qs;
    if (helpWord)
        args.removeFirst();

    const Located located = locate(args);
    if (located.group.isEmpty()) {
        if (wantsHelp || helpWord) {
            Console::out(globalHelp());
            return ExitOk;
        }
        return usageError(tr("No command given."));
    }
    if (!located.command) {
        QStringList known;
        for (const Command &command : m_commands) {
            if (command.words.first() == located.group)
                known.append(command.name());
        }
        if (known.isEmpty())
            return usageError(tr("Unknown command '%1'.").arg(located.group));
        if (wantsHelp || helpWord) {
            Console::out(globalHelp());
            return ExitOk;
        }
        return usageError(tr("'%1' needs one of: %2.").arg(located.group, known.join(u", "_qs)));
    }
    if (helpWord) {
        Console::out(commandHelp(*located.command));
        return ExitOk;
    }
    return execute(*located.command, located.rest);
}

int CommandDispatcher::execute(const Command &command, const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption({u"h"_qs, u"help"_qs}, tr("Show this help")));
    for (const OptionSpec &option : optionsFor(command)) {
        if (option.valueName.isEmpty())
            parser.addOption(QCommandLineOption(option.name, option.description));
        else
            parser.addOption(QCommandLineOption(option.name, option.description, option.valueName));
    }

    if (!parser.parse(QStringList{u"sinergi-cli"_qs} + rest)) {
        for (const QString &unknown : parser.unknownOptionNames()) {
            if (unknown.contains(u"pass"_qs, Qt::CaseInsensitive)) {
                Console::errLine(tr("Passwords are never taken from the command line (they would show up "
                                    "in the process list and shell history). Type it when asked, or pipe "
                                    "it with --password-stdin."));
                break;
            }
        }
        return usageError(parser.errorText());
    }
    if (parser.isSet(u"help"_qs)) {
        Console::out(commandHelp(command));
        return ExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < command.minArguments || count > command.maxArguments) {
        return usageError(tr("Wrong number of arguments for '%1'. Usage: sinergi-cli %1 %2")
                              .arg(command.name(), command.arguments)
                              .trimmed());
    }

    const bool verbose = parser.isSet(u"verbose"_qs);
    try {
        CommandContext context(parser, verbose);
        return command.run(context);
    } catch (const Error &error) {
        return ErrorReport::report(error, verbose);
    } catch (const CliFailure &failure) {
        return ErrorReport::report(failure);
    } catch (const std::exception &e) {
        return ErrorReport::reportInternal(QString::fromLocal8Bit(e.what()));
    }
}

QString CommandDispatcher::globalHelp() const
{
    QString text = tr("Usage: sinergi-cli <command> [options]\n\n"
                      "Administers a Sinergi store: users, keys, audit log and health checks.\n\n"
                      "Commands:\n");
    for (const Command &command : m_commands)
        text += formatRow((command.name() + u' ' + command.arguments).trimmed(), command.summary);

    text += tr("\nCommon options:\n");
    text += formatRow(u"--store DIR"_qs, tr("Store folder (default: $SINERGI_STORE, else the per-user "
                                            "application data folder)"));
    text += formatRow(u"--user USER"_qs, tr("Acting user (default: $SINERGI_USER); the password is asked"));
    text += formatRow(u"--password-stdin"_qs, tr("Read passwords as lines from stdin (scripts)"));
    text += formatRow(u"--verbose"_qs, tr("Show technical detail with error messages"));
    text += formatRow(u"-h, --help"_qs, tr("Show help; 'sinergi-cli COMMAND --help' for one command"));
    text += formatRow(u"--version"_qs, tr("Show the version"));

    text += tr("\nPasswords are never taken from the command line. On a terminal they are typed without\n"
               "echo; otherwise (or with --password-stdin) each one is a line of standard input: first the\n"
               "acting user's password, then any new password the command asks for.\n");

    text += tr("\nExit codes:\n");
    text += exitRow(ExitOk, tr("success"));
    text += exitRow(ExitUsage, tr("usage error (bad command line, missing input)"));
    text += exitRow(ExitAuthentication,
                    tr("authentication failed (wrong password or recovery code, locked, disabled)"));
    text += exitRow(ExitStore, tr("store error (not found, not a store, corrupted, in "
                                  "use, read-only, disk full, key file damaged)"));
    text += exitRow(ExitPermission, tr("permission denied or policy violation"));
    text += exitRow(ExitProblemsFound, tr("a check found problems"));
    text += exitRow(ExitSmdata, tr("SMData unreachable, refused the request or the account, or a batch failed"));
    text += exitRow(ExitSmdataPending, tr("a batch is still undecided when --wait ends (it stays queued)"));
    text += exitRow(ExitInternal, tr("internal error"));
    return text;
}

QString CommandDispatcher::commandHelp(const Command &command) const
{
    QString text = tr("Usage: sinergi-cli %1 [options] %2").arg(command.name(), command.arguments).trimmed();
    text += u"\n\n"_qs + command.summary + u"\n\n"_qs + tr("Options:\n");
    for (const OptionSpec &option : optionsFor(command))
        text += formatRow(optionLabel(option), option.description);
    text += formatRow(u"-h, --help"_qs, tr("Show this help"));
    text += tr("\nExit codes: 0 ok, 1 usage, 2 authentication, 3 store, 4 permission/policy, 5 problems "
               "found, 10 internal. See 'sinergi-cli --help'.\n");
    return text;
}

} // namespace sinergi::cli
