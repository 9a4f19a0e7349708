#include "CliFailure.h"
#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "ExitCode.h"

#include "approval/PeriodApprovals.h"
#include "approval/PeriodReview.h"
#include "common/Error.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "quality/ProblemTable.h"
#include "quality/RuleLabels.h"
#include "records/DatasetSchema.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportRules.h"
#include "session/Session.h"

#include <QLocale>

namespace sinergi::cli {

namespace {

// sinergi-cli period list|review|approve|reopen (docs/approval.md): the walidata's month-end approval.
// Output is tab-separated, like validate, so scripts can cut it.
class ApprovalGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::ApprovalCommands)
public:
    static QString month(CommandContext &context)
    {
        if (!context.isSet(u"period"_qs))
            throw CliFailure(ExitUsage, tr("--period is required, e.g. --period 2025-06"));
        const QString period = context.value(u"period"_qs);
        if (!PeriodApprovals::isMonth(period))
            throw CliFailure(ExitUsage,
                             tr("--period: a month written year-month, e.g. 2025-06, not “%1”").arg(period));
        return period;
    }

    static QString percent(const std::optional<double> &share)
    {
        return share ? QStringLiteral("%1 %").arg(*share * 100.0, 0, 'f', 1) : u"-"_qs;
    }

    static QString when(const QDateTime &t)
    {
        return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm"_qs) + u" UTC"_qs : u"-"_qs;
    }

    static QString stateName(const PeriodApproval &a)
    {
        return a.isApproved() ? tr("approved") : tr("reopened");
    }

    static void requireView(Session &session)
    {
        if (!session.can(Permission::ViewDashboards))
            throw Error(ErrorCode::PermissionDenied, permissionId(Permission::ViewDashboards));
    }

    // The review as the approval page shows it, from the same core function.
    static PeriodReview gather(Session &session, const QString &period)
    {
        const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
        DatasetSchema::sync(session.db(), templates);
        const IpkFormSet forms = IpkFormSet::loadDefault(CodeListRegistry::loadEmbedded());
        Database worker = session.vault().openWorkerConnection();
        const LabourSnapshot snapshot = LabourSnapshot::load(worker);
        return PeriodReview::gather(worker, templates, snapshot, forms, ReportRules::fromSettings(session),
                                    period);
    }

    static void print(const PeriodReview &review)
    {
        const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
        Console::outLine(tr("period %1 (%2)").arg(review.period, ReportPeriod::parse(review.period).label()));
        Console::outLine(tr("validation problems (severity, dataset, rule, records, findings):"));
        if (review.problems.isEmpty())
            Console::outLine(tr("  none"));
        for (const RuleCount &c : review.problems)
            Console::outLine(
                QStringLiteral("  %1\t%2\t%3\t%4\t%5\t%6")
                    .arg(c.severity == problemtable::kError ? tr("error") : tr("warning"), c.dataset, c.rule)
                    .arg(c.records)
                    .arg(c.problems)
                    .arg(RuleLabels::label(templates.find(c.dataset), c.rule)));
        Console::outLine(tr("IPK checks:"));
        for (const PeriodReview::InvariantCheck &c : review.invariants) {
            const QString status = c.ok() ? tr("ok") : c.isError() ? tr("broken") : tr("warning");
            Console::outLine(
                QStringLiteral("  %1\t%2\t%3\t%4").arg(status, c.id()).arg(c.recordCount()).arg(c.label()));
            for (const IpkBreak &b : c.breaks)
                Console::outLine(QStringLiteral("    %1").arg(b.message));
        }
        Console::outLine(tr("quality (completeness / validity / timeliness):"));
        for (const QualitySummary &q : review.quality)
            Console::outLine(
                QStringLiteral("  %1\t%2\t%3\t%4\t%5")
                    .arg(q.dataset)
                    .arg(tr("%n record(s)", nullptr, static_cast<int>(q.records)))
                    .arg(percent(q.completeness()), percent(q.validity()), percent(q.timeliness())));
    }

    static int list(CommandContext &context)
    {
        auto session = context.login();
        requireView(*session);
        const QList<PeriodApproval> all = PeriodApprovals(session->db()).list();
        if (all.isEmpty())
            Console::outLine(tr("no period has been approved yet"));
        // period, state, approved by, approved at, reopened by, reopened at, reason or note
        for (const PeriodApproval &a : all)
            Console::outLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                                 .arg(a.period, stateName(a), a.approvedBy, when(a.approvedAt),
                                      a.reopenedBy.isEmpty() ? u"-"_qs : a.reopenedBy, when(a.reopenedAt),
                                      a.isApproved() ? a.note : a.reopenReason));
        return ExitOk;
    }

    static int review(CommandContext &context)
    {
        const QString period = month(context);
        auto session = context.login();
        requireView(*session);
        const PeriodReview review = gather(*session, period);
        print(review);
        const auto approval = PeriodApprovals(session->db()).find(period);
        Console::outLine(
            approval ? tr("state: %1 by %2, %3")
                           .arg(stateName(*approval),
                                approval->isApproved() ? approval->approvedBy : approval->reopenedBy,
                                when(approval->isApproved() ? approval->approvedAt : approval->reopenedAt))
                     : tr("state: not approved"));
        return review.hasErrors() ? ExitProblemsFound : ExitOk;
    }

    static int approve(CommandContext &context)
    {
        const QString period = month(context);
        auto session = context.login();
        // Refuse before the review (seconds at 10^6 records) when the role may not approve anyway.
        if (!session->can(Permission::ApprovePeriod))
            throw Error(ErrorCode::PermissionDenied, permissionId(Permission::ApprovePeriod));
        const PeriodReview review = gather(*session, period);
        if (review.hasErrors() && !context.isSet(u"acknowledge-errors"_qs))
            print(review);
        PeriodApprovals(session->db())
            .approve(*session, period, context.value(u"note"_qs), review,
                     context.isSet(u"acknowledge-errors"_qs));
        Console::errLine(tr("period %1 approved; its records are locked until it is reopened").arg(period));
        return ExitOk;
    }

    static int reopen(CommandContext &context)
    {
        const QString period = month(context);
        if (context.value(u"reason"_qs).trimmed().isEmpty())
            throw CliFailure(ExitUsage, tr("--reason is required: say why the period is reopened"));
        auto session = context.login();
        PeriodApprovals(session->db()).reopen(*session, period, context.value(u"reason"_qs));
        Console::errLine(tr("period %1 reopened; its records can be edited again").arg(period));
        return ExitOk;
    }

    static QList<Command> all()
    {
        const OptionSpec periodOption{u"period"_qs, u"YYYY-MM"_qs, tr("The month (required)")};
        Command list;
        list.words = {u"period"_qs, u"list"_qs};
        list.summary = tr("List approved and reopened periods: state, who, when");
        list.run = &ApprovalGroup::list;

        Command review;
        review.words = {u"period"_qs, u"review"_qs};
        review.summary = tr("Review a month before approval: problems, IPK checks, quality");
        review.options = {periodOption};
        review.run = &ApprovalGroup::review;

        Command approve;
        approve.words = {u"period"_qs, u"approve"_qs};
        approve.summary = tr("Approve a month and lock its records (walidata, admin)");
        approve.options = {periodOption,
                           {u"note"_qs, u"TEXT"_qs, tr("A note kept with the approval")},
                           {u"acknowledge-errors"_qs,
                            {},
                            tr("Approve although the review found errors (needs --note saying why)")}};
        approve.run = &ApprovalGroup::approve;

        Command reopen;
        reopen.words = {u"period"_qs, u"reopen"_qs};
        reopen.summary = tr("Reopen an approved month so its records can be edited (walidata, admin)");
        reopen.options = {periodOption,
                          {u"reason"_qs, u"TEXT"_qs, tr("Why it is reopened (required; audited)")}};
        reopen.run = &ApprovalGroup::reopen;
        return {list, review, approve, reopen};
    }
};

} // namespace

QList<Command> approvalCommands()
{
    return ApprovalGroup::all();
}

} // namespace sinergi::cli
