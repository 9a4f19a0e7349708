#include "CliFailure.h"
#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "ExitCode.h"

#include "common/Error.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "quality/QualitySummary.h"
#include "quality/RuleLabels.h"
#include "quality/ValidationJob.h"
#include "records/DatasetSchema.h"
#include "reference/ReferenceLists.h"
#include "reference/RegionEditions.h"
#include "session/Session.h"

namespace sinergi::cli {

namespace {

class ValidateGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::ValidateCommands)
public:
    static QString percent(const std::optional<double> &share)
    {
        return share ? QStringLiteral("%1 %").arg(*share * 100.0, 0, 'f', 1) : u"-"_qs;
    }

    static int run(CommandContext &context)
    {
        const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
        QStringList datasets;
        if (context.isSet(u"dataset"_qs)) {
            const QString id = context.value(u"dataset"_qs);
            if (!templates.find(id))
                throw CliFailure(
                    ExitUsage,
                    tr("unknown dataset “%1”; datasets: %2").arg(id, templates.ids().join(u", "_qs)));
            datasets << id;
        }
        auto session = context.login();
        if (!session->can(Permission::EditRecords))
            throw Error(ErrorCode::PermissionDenied, permissionId(Permission::EditRecords));
        const CodeListRegistry codeLists = ReferenceLists::load(session->db());
        const RegionCatalog regions = RegionEditions::load(session->db()); // shipped + loaded editions
        const FieldValidator fields(&codeLists, &regions);
        const RecordValidator validator(fields, RuleRegistry::standard());
        DatasetSchema::sync(session->db(), templates);

        ValidationJob::Options options;
        options.datasets = datasets;
        options.officeRegency = session->setting(u"office.regency"_qs);
        options.openReader = [&session] { return session->vault().openWorkerConnection(); };
        // The job writes through a connection of its own, as in the app; the session's stays idle meanwhile.
        Database worker = session->vault().openWorkerConnection();
        worker.setCacheSizeKiB(64 * 1024);
        const ValidationResult r = ValidationJob(templates, validator, &regions).run(worker, options);

        qint64 errors = 0;
        QString current;
        for (const RuleCount &c : r.ruleCounts) {
            if (c.dataset != current) {
                current = c.dataset;
                Console::outLine(current);
            }
            // Tab-separated so scripts can cut it: severity, rule id, records, findings, readable name.
            Console::outLine(QStringLiteral("  %1\t%2\t%3\t%4\t%5")
                                 .arg(c.severity == 0 ? tr("error") : tr("warning"), c.rule)
                                 .arg(c.records)
                                 .arg(c.problems)
                                 .arg(RuleLabels::label(templates.find(c.dataset), c.rule)));
            if (c.severity == 0)
                errors += c.records;
        }
        Console::outLine(tr("quality (completeness / validity / timeliness):"));
        const QStringList shown = datasets.isEmpty() ? templates.ids() : datasets;
        for (const QString &id : shown) {
            const QualitySummary q = QualitySummary::compute(session->db(), *templates.find(id));
            Console::outLine(
                QStringLiteral("  %1\t%2\t%3\t%4\t%5")
                    .arg(id)
                    .arg(tr("%n record(s)", nullptr, static_cast<int>(q.records)))
                    .arg(percent(q.completeness()), percent(q.validity()), percent(q.timeliness())));
        }
        Console::outLine(tr("validated %1 record(s) in %2 s; %3 changed their problem counts")
                             .arg(r.rows)
                             .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
                             .arg(r.changedCounts));
        return errors > 0 ? ExitProblemsFound : ExitOk;
    }

    static QList<Command> all()
    {
        Command validate;
        validate.words = {u"validate"_qs};
        validate.summary = tr("Validate every record again; print problems per rule and the quality summary");
        validate.options = {{u"dataset"_qs, u"ID"_qs, tr("Only this dataset (default: all)")}};
        validate.run = &ValidateGroup::run;
        return {validate};
    }
};

} // namespace

QList<Command> validateCommands()
{
    return ValidateGroup::all();
}

} // namespace sinergi::cli
