#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "ExitCode.h"

#include "audit/AuditLog.h"
#include "common/Error.h"
#include "session/Session.h"

namespace sinergi::cli {

namespace {
class AuditGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::AuditCommands)
public:
    static QString kindName(AuditProblem::Kind kind)
    {
        switch (kind) {
        case AuditProblem::Kind::Edited:
            return tr("edited");
        case AuditProblem::Kind::Missing:
            return tr("missing");
        case AuditProblem::Kind::Reordered:
            return tr("reordered");
        case AuditProblem::Kind::TailTruncated:
            return tr("tail truncated");
        }
        return {};
    }

    static int verify(CommandContext &context)
    {
        auto session = context.login();
        const QList<AuditProblem> problems = session->verifyAudit(); // checks ViewAudit
        if (problems.isEmpty()) {
            Console::outLine(tr("audit log intact (%1 entries)").arg(session->audit().count()));
            return ExitOk;
        }
        for (const AuditProblem &problem : problems) {
            Console::outLine(
                tr("seq %1: %2 (%3)").arg(problem.seq).arg(problem.description, kindName(problem.kind)));
        }
        Console::errLine(tr("the audit log was changed outside Sinergi: %n problem(s) found.", nullptr,
                            static_cast<int>(problems.size())));
        return ExitProblemsFound;
    }

    static QList<Command> all()
    {
        Command verify;
        verify.words = {u"audit"_qs, u"verify"_qs};
        verify.summary = tr("Verify the hash chain of the audit log");
        verify.run = &AuditGroup::verify;
        return {verify};
    }
};
} // namespace

QList<Command> auditCommands()
{
    return AuditGroup::all();
}

} // namespace sinergi::cli
