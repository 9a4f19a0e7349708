#include "CliFailure.h"
#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "ExitCode.h"

#include "accounts/Role.h"
#include "common/Error.h"
#include "session/Session.h"

namespace sinergi::cli {

namespace {
class UserGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::UserCommands)
public:
    // The core checks the permission again when it acts; asking early only spares a user without the
    // right role from typing a new password twice before hearing "no".
    static void requireManageUsers(const Session &session)
    {
        if (!session.can(Permission::ManageUsers))
            throw Error(ErrorCode::PermissionDenied, u"ManageUsers"_qs);
    }

    static Role parseRole(const QString &text)
    {
        if (const std::optional<Role> role = roleFromId(text.trimmed().toLower()))
            return *role;
        QStringList ids;
        for (Role role : allRoles())
            ids.append(roleId(role));
        throw CliFailure(ExitUsage, tr("Unknown role '%1'. Roles: %2.").arg(text, ids.join(u", "_qs)));
    }

    static int add(CommandContext &context)
    {
        const QString username = context.argument(0).trimmed();
        if (!context.isSet(u"role"_qs))
            throw CliFailure(ExitUsage, tr("Give the new user's role with --role ROLE."));
        const Role role = parseRole(context.value(u"role"_qs));
        const QString displayName = context.isSet(u"name"_qs) ? context.value(u"name"_qs) : username;

        auto session = context.login();
        requireManageUsers(*session);
        const QString password = context.passwords().askNew(tr("Initial password for %1:").arg(username));
        session->createUser(username, displayName, role, password);
        Console::outLine(tr("User %1 created with role %2. They must choose a new password at the first "
                            "log-in.")
                             .arg(username, roleId(role)));
        return ExitOk;
    }

    static int list(CommandContext &context)
    {
        auto session = context.login();
        const QList<User> users = session->users();

        const QStringList header = {tr("USER"), tr("NAME"), tr("ROLE"), tr("STATUS")};
        QList<QStringList> rows;
        for (const User &user : users) {
            QString status = user.active ? tr("active") : tr("disabled");
            if (user.active && user.mustChangePassword)
                status += tr(", must change password");
            rows.append({user.username, user.displayName, roleId(user.role), status});
        }
        // Column widths from the content so names of any length line up.
        QList<qsizetype> widths;
        for (const QString &h : header)
            widths.append(h.size());
        for (const QStringList &row : std::as_const(rows)) {
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], row.at(c).size());
        }
        auto printRow = [&widths](const QStringList &row) {
            QString line;
            for (qsizetype c = 0; c < row.size(); ++c)
                line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
            Console::outLine(line);
        };
        printRow(header);
        for (const QStringList &row : std::as_const(rows))
            printRow(row);
        return ExitOk;
    }

    static int passwd(CommandContext &context)
    {
        const QString username = context.argument(0).trimmed();
        auto session = context.login();
        requireManageUsers(*session);
        const QString password = context.passwords().askNew(tr("New password for %1:").arg(username));
        session->resetPassword(username, password);
        Console::outLine(tr("Password of %1 was reset; the account is enabled and must choose a new "
                            "password at the next log-in.")
                             .arg(username));
        return ExitOk;
    }

    static int changeOwn(CommandContext &context)
    {
        QString current;
        auto session = context.login(&current);
        const QString password =
            context.passwords().askNew(tr("New password for %1:").arg(session->user().username));
        session->changeOwnPassword(current, password);
        Console::outLine(tr("Password changed."));
        return ExitOk;
    }

    static int disable(CommandContext &context)
    {
        const QString username = context.argument(0).trimmed();
        auto session = context.login();
        session->setUserActive(username, false);
        Console::outLine(tr("User %1 disabled; their key slot was removed.").arg(username));
        return ExitOk;
    }

    static int enable(CommandContext &context)
    {
        const QString username = context.argument(0).trimmed();
        auto session = context.login();
        requireManageUsers(*session);
        // Disabling removed the user's key slot, so there is no password left that opens the store: the
        // core only re-enables together with a new password, and so does this command.
        if (session->vault().hasUserSlot(username)) {
            session->setUserActive(username, true);
            Console::outLine(tr("User %1 enabled.").arg(username));
            return ExitOk;
        }
        const QString password = context.passwords().askNew(tr("New password for %1:").arg(username));
        session->resetPassword(username, password);
        Console::outLine(tr("User %1 enabled with a new password; they must choose their own at the next "
                            "log-in.")
                             .arg(username));
        return ExitOk;
    }

    static int role(CommandContext &context)
    {
        const QString username = context.argument(0).trimmed();
        const Role role = parseRole(context.argument(1));
        auto session = context.login();
        session->setRole(username, role);
        Console::outLine(tr("User %1 now has role %2.").arg(username, roleId(role)));
        return ExitOk;
    }

    static QList<Command> all()
    {
        auto make = [](const QString &word, const QString &arguments, const QString &summary, int count,
                       std::function<int(CommandContext &)> run) {
            Command command;
            command.words = {u"user"_qs, word};
            command.arguments = arguments;
            command.summary = summary;
            command.minArguments = count;
            command.maxArguments = count;
            command.run = std::move(run);
            return command;
        };
        Command addCommand = make(u"add"_qs, u"USER --role ROLE"_qs,
                                  tr("Create a user; asks for the initial password"), 1, &add);
        addCommand.options = {{u"role"_qs, u"ROLE"_qs, tr("admin, walidata, operator or viewer (required)")},
                              {u"name"_qs, u"NAME"_qs, tr("Display name (default: the user name)")}};
        // Any role may change its own password, so this one is not under "user" (the admin's group).
        Command ownPassword =
            make(u"passwd"_qs, {}, tr("Change your own password; asks for the new one"), 0, &changeOwn);
        ownPassword.words = {u"passwd"_qs};

        return {
            addCommand,
            make(u"list"_qs, {}, tr("List users with role and status"), 0, &list),
            make(u"passwd"_qs, u"USER"_qs,
                 tr("Reset a user's password (administrator); asks for the new one"), 1, &passwd),
            make(u"disable"_qs, u"USER"_qs, tr("Disable a user and remove their key slot"), 1, &disable),
            make(u"enable"_qs, u"USER"_qs, tr("Enable a disabled user; asks for their new password"), 1,
                 &enable),
            make(u"role"_qs, u"USER ROLE"_qs, tr("Change a user's role"), 2, &role),
            ownPassword,
        };
    }
};
} // namespace

QList<Command> userCommands()
{
    return UserGroup::all();
}

} // namespace sinergi::cli
