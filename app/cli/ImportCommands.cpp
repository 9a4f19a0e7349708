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
#include "importing/Importer.h"
#include "importing/MappingProfileStore.h"
#include "quality/QualitySummary.h"
#include "quality/ValidationJob.h"
#include "quality/ValidationScope.h"
#include "records/DatasetSchema.h"
#include "records/SecondaryIndexes.h"
#include "reference/ReferenceLists.h"
#include "reference/RegionEditions.h"
#include "session/Session.h"

#include <QFile>
#include <QFileInfo>

namespace sinergi::cli {

namespace {

class ImportGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::ImportCommands)
public:
    static constexpr qsizetype kReasonsShown = 20;

    static MappingProfile profileFrom(CommandContext &context, Session &session)
    {
        if (context.isSet(u"mapping"_qs)) {
            QFile f(context.value(u"mapping"_qs));
            if (!f.open(QIODevice::ReadOnly))
                throw CliFailure(ExitUsage, tr("cannot read the mapping file %1: %2").arg(f.fileName(), f.errorString()));
            return MappingProfile::fromJson(f.readAll(), f.fileName());
        }
        const QString id = context.value(u"profile"_qs);
        try {
            return MappingProfileStore(session.db()).find(id);
        } catch (const Error &e) {
            if (e.code() == ErrorCode::NotFound)
                throw CliFailure(ExitUsage, e.detail());
            throw;
        }
    }

    // A big import leaves its search and sort indexes for afterwards (ImportOptions::deferSecondaryIndexes).
    static void printIndexesBuilt(int count, double ms)
    {
        Console::outLine(
            tr("built %1 search and sort index(es) in %2 s").arg(count).arg(ms / 1000.0, 0, 'f', 1));
    }

    // The importer counts each row's problems but does not list them; the problems panel and
    // `validate` read record_problems, so the imported dataset (and those whose rules look values up in
    // it) are validated again right after the commit. A failure here leaves the import committed: it is
    // reported with the way to catch up, not turned into an import failure.
    static void validateAfterImport(Session &session, const TemplateRegistry &templates,
                                    const RecordValidator &validator, const RegionCatalog &regions,
                                    const QString &dataset)
    {
        ValidationJob::Options v;
        v.datasets = datasetsAffectedBy(templates, RuleRegistry::standard(), dataset);
        v.officeRegency = session.setting(u"office.regency"_qs);
        v.openReader = [&session] { return session.vault().openWorkerConnection(); };
        try {
            Database worker = session.vault().openWorkerConnection();
            worker.setCacheSizeKiB(64 * 1024);
            const ValidationResult done = ValidationJob(templates, validator, &regions).run(worker, v);
            if (done.indexesBuilt > 0)
                printIndexesBuilt(done.indexesBuilt, done.indexMs);
            const QualitySummary q = QualitySummary::compute(session.db(), *templates.find(dataset));
            Console::outLine(tr("validated %1 (%2 record(s) in %3 s): %4 of %5 %6 record(s) have errors; "
                                "details: sinergi-cli validate --dataset %6")
                                 .arg(v.datasets.join(u", "_qs))
                                 .arg(done.rows)
                                 .arg(done.elapsedMs / 1000.0, 0, 'f', 1)
                                 .arg(q.records - q.validRecords)
                                 .arg(q.records)
                                 .arg(dataset));
        } catch (const Error &e) {
            Console::errLine(tr("the import is committed, but validating it failed: %1; run "
                                "sinergi-cli validate --dataset %2")
                                 .arg(e.userMessage(), dataset));
        }
    }

    static int run(CommandContext &context)
    {
        ImportOptions options;
        options.dataset = context.argument(0);
        options.path = context.argument(1);
        options.sheet = context.value(u"sheet"_qs);
        options.dryRun = context.isSet(u"dry-run"_qs);
        options.rejectInvalid = context.isSet(u"reject-invalid"_qs);
        options.strict = context.isSet(u"strict"_qs);
        options.rejectsPath = context.value(u"rejects"_qs);
        // The commit comes first; the search and sort indexes follow (with the validation, or below).
        options.deferSecondaryIndexes = true;
        const QString mode = context.isSet(u"mode"_qs) ? context.value(u"mode"_qs) : u"insert"_qs;
        if (mode != u"insert" && mode != u"upsert")
            throw CliFailure(ExitUsage, tr("--mode is insert or upsert, not “%1”").arg(mode));
        options.mode = mode == u"upsert" ? ImportOptions::Mode::Upsert : ImportOptions::Mode::InsertOnly;
        if (context.isSet(u"profile"_qs) && context.isSet(u"mapping"_qs))
            throw CliFailure(ExitUsage, tr("give --profile or --mapping, not both"));
        if (!QFileInfo(options.path).isFile())
            throw CliFailure(ExitUsage, tr("the file %1 does not exist").arg(options.path));

        const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
        if (!templates.find(options.dataset))
            throw CliFailure(ExitUsage, tr("unknown dataset “%1”; datasets: %2")
                                            .arg(options.dataset, templates.ids().join(u", "_qs)));
        auto session = context.login();
        if (context.isSet(u"profile"_qs) || context.isSet(u"mapping"_qs))
            options.profile = profileFrom(context, *session);
        const CodeListRegistry codeLists = ReferenceLists::load(session->db()); // shipped + loaded editions
        const RegionCatalog regions = RegionEditions::load(session->db());      // shipped + loaded editions
        const FieldValidator fields(&codeLists, &regions);
        const RecordValidator validator(fields, RuleRegistry::standard());
        DatasetSchema::sync(session->db(), templates);

        Importer importer(*session, templates, validator, &codeLists, &regions);
        const ImportReport r = importer.run(options);

        for (const QString &note : r.notes)
            Console::errLine(tr("note: %1").arg(note));
        for (qsizetype i = 0; i < std::min(kReasonsShown, r.firstRejected.size()); ++i)
            Console::errLine(tr("rejected row %1: %2").arg(r.firstRejected.at(i).row).arg(r.firstRejected.at(i).reason));
        if (r.rejected > kReasonsShown)
            Console::errLine(tr("... and %1 more rejected row(s)").arg(r.rejected - kReasonsShown));
        if (!r.rejectsPath.isEmpty())
            Console::errLine(tr("rejected rows with their reasons: %1").arg(r.rejectsPath));
        else if (r.rejected > 0)
            Console::errLine(tr("use --rejects FILE to write the rejected rows with their reasons to a CSV file"));

        const QString counts = tr("read %1, inserted %2, updated %3, rejected %4, stored with validation errors %5")
                                   .arg(r.rowsRead)
                                   .arg(r.inserted)
                                   .arg(r.updated)
                                   .arg(r.rejected)
                                   .arg(r.withErrors);
        if (r.dryRun)
            Console::outLine(tr("dry run (nothing written): %1").arg(counts));
        else if (r.committed) {
            Console::outLine(tr("imported (import %1) in %2 s: %3").arg(r.importId).arg(r.seconds, 0, 'f', 1).arg(counts));
            if (context.isSet(u"no-validate"_qs) && r.indexesPending) {
                const auto built = secondaryindexes::buildMissing(session->db(), *templates.find(options.dataset));
                printIndexesBuilt(built.built, built.elapsedMs);
            }
            if (context.isSet(u"no-validate"_qs))
                Console::outLine(tr("not validated (--no-validate): the problems panel and reports show the "
                                    "imported rows' problems after sinergi-cli validate --dataset %1")
                                     .arg(options.dataset));
            else
                validateAfterImport(*session, templates, validator, regions, options.dataset);
        } else
            Console::outLine(tr("nothing imported: %1").arg(counts));
        return r.rejected > 0 ? ExitProblemsFound : ExitOk;
    }

    static int list(CommandContext &context)
    {
        auto session = context.login();
        for (const MappingProfile &p : MappingProfileStore(session->db()).all())
            Console::outLine(QStringLiteral("%1\t%2\t%3").arg(p.id(), p.name(), p.datasets().join(u","_qs)));
        return ExitOk;
    }

    static int show(CommandContext &context)
    {
        auto session = context.login();
        try {
            Console::out(QString::fromUtf8(MappingProfileStore(session->db()).find(context.argument(0)).toJson()));
        } catch (const Error &e) {
            if (e.code() == ErrorCode::NotFound)
                throw CliFailure(ExitUsage, e.detail());
            throw;
        }
        return ExitOk;
    }

    static QList<Command> all()
    {
        Command import;
        import.words = {u"import"_qs};
        import.arguments = u"DATASET FILE"_qs;
        import.summary = tr("Import a CSV or XLSX file into a dataset (one transaction; rejected rows listed)");
        import.minArguments = 2;
        import.maxArguments = 2;
        import.options = {
            {u"sheet"_qs, u"NAME"_qs, tr("XLSX: the sheet to read (default: the first)")},
            {u"profile"_qs, u"ID"_qs, tr("Mapping profile (see: profile list)")},
            {u"mapping"_qs, u"FILE.json"_qs, tr("Mapping profile from a JSON file")},
            {u"mode"_qs, u"MODE"_qs, tr("insert (default: existing keys are rejected) or upsert (update them)")},
            {u"dry-run"_qs, {}, tr("Read, convert and validate everything, then write nothing")},
            {u"rejects"_qs, u"FILE"_qs, tr("Write the rejected rows with the reason per row to this CSV file")},
            {u"reject-invalid"_qs, {}, tr("Also reject rows with validation errors (default: store them flagged)")},
            {u"strict"_qs, {}, tr("Import nothing when any row is rejected")},
            {u"no-validate"_qs, {},
             tr("Do not list the imported rows' problems afterwards (a long job for big files; run "
                "\"validate\" later)")},
        };
        import.run = &ImportGroup::run;

        Command list;
        list.words = {u"profile"_qs, u"list"_qs};
        list.summary = tr("List the mapping profiles (id, name, datasets)");
        list.run = &ImportGroup::list;

        Command show;
        show.words = {u"profile"_qs, u"show"_qs};
        show.arguments = u"ID"_qs;
        show.summary = tr("Print a mapping profile as JSON");
        show.minArguments = 1;
        show.maxArguments = 1;
        show.run = &ImportGroup::show;
        return {import, list, show};
    }
};

} // namespace

QList<Command> importCommands()
{
    return ImportGroup::all();
}

} // namespace sinergi::cli
