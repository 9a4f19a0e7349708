#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "ExitCode.h"
#include "RecoveryCodeNotice.h"

#include "session/Session.h"

namespace sinergi::cli {

namespace {
class KeyGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::KeyCommands)
public:
    static int rotate(CommandContext &context)
    {
        auto session = context.login();
        session->rotateDataKey();
        Console::outLine(tr("Data key rotated: the store is re-encrypted under a new key. Every password "
                            "and the recovery code still open it."));
        return ExitOk;
    }

    static int recoveryCode(CommandContext &context)
    {
        auto session = context.login();
        const QString code = session->regenerateRecoveryCode();
        Console::outLine(tr("A new recovery code was made; the previous one no longer opens the store."));
        RecoveryCodeNotice::print(code);
        return ExitOk;
    }

    static QList<Command> all()
    {
        Command rotate;
        rotate.words = {u"key"_qs, u"rotate"_qs};
        rotate.summary = tr("Re-encrypt the store under a new data key (passwords stay the same)");
        rotate.run = &KeyGroup::rotate;

        Command recovery;
        recovery.words = {u"key"_qs, u"recovery-code"_qs};
        recovery.summary = tr("Replace the recovery code; prints the new one once");
        recovery.run = &KeyGroup::recoveryCode;
        return {rotate, recovery};
    }
};
} // namespace

QList<Command> keyCommands()
{
    return KeyGroup::all();
}

} // namespace sinergi::cli
