#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "ExitCode.h"

#include "session/Session.h"

namespace sinergi::cli {

namespace {
class StoreGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::StoreCommands)
public:
    static int unlockCheck(CommandContext &context)
    {
        // A full log-in rather than a bare slot check: a disabled or locked-out account must fail here too,
        // and the attempt counts toward lockout like any other.
        context.login();
        Console::outLine(tr("ok"));
        return ExitOk;
    }

    static int check(CommandContext &context)
    {
        auto session = context.login();
        const QStringList problems = session->checkStore();
        if (problems.isEmpty()) {
            Console::outLine(tr("store intact (integrity, cipher integrity and audit chain checked)"));
            return ExitOk;
        }
        for (const QString &problem : problems)
            Console::outLine(tr("problem: %1").arg(problem));
        Console::errLine(tr("store check found %n problem(s); restore the store from a backup and tell your "
                            "administrator.",
                            nullptr, static_cast<int>(problems.size())));
        return ExitProblemsFound;
    }

    static QList<Command> all()
    {
        Command unlock;
        unlock.words = {u"unlock-check"_qs};
        unlock.summary = tr("Check that the user's password opens the store; prints ok");
        unlock.run = &StoreGroup::unlockCheck;

        Command check;
        check.words = {u"store"_qs, u"check"_qs};
        check.summary = tr("Check store integrity, cipher integrity and the audit chain");
        check.run = &StoreGroup::check;
        return {unlock, check};
    }
};
} // namespace

QList<Command> storeCommands()
{
    return StoreGroup::all();
}

} // namespace sinergi::cli
