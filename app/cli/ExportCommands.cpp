#include "CliFailure.h"
#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "ExitCode.h"

#include "datasets/RegionCatalog.h"
#include "datasets/TemplateRegistry.h"
#include "exporting/RecordExporter.h"
#include "records/DatasetSchema.h"
#include "reference/ReferenceLists.h"
#include "reference/RegionEditions.h"
#include "session/Session.h"

namespace sinergi::cli {

namespace {

class ExportGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::ExportCommands)
public:
    // "field=value", one ColumnFilter::Equals each; every filter must hold, as in the grid.
    static ColumnFilter filterFrom(const QString &spec, const DatasetTemplate &tpl)
    {
        const qsizetype eq = spec.indexOf(u'=');
        if (eq <= 0)
            throw CliFailure(ExitUsage, tr("--filter takes FIELD=VALUE, not “%1”").arg(spec));
        const QString field = spec.left(eq).trimmed();
        if (!tpl.field(field))
            throw CliFailure(ExitUsage, tr("dataset “%1” has no field “%2”; fields: %3")
                                            .arg(tpl.id(), field, tpl.fieldNames().join(u", "_qs)));
        const QString value = spec.mid(eq + 1);
        if (value.isEmpty())
            return ColumnFilter{field, ColumnFilter::Kind::Empty, {}, {}};
        return ColumnFilter{field, ColumnFilter::Kind::Equals, value, {}};
    }

    static int run(CommandContext &context)
    {
        if (!context.isSet(u"dataset"_qs) || !context.isSet(u"out"_qs))
            throw CliFailure(ExitUsage, tr("give --dataset and --out"));
        const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
        const DatasetTemplate *tpl = templates.find(context.value(u"dataset"_qs));
        if (!tpl)
            throw CliFailure(ExitUsage,
                             tr("unknown dataset “%1”; datasets: %2")
                                 .arg(context.value(u"dataset"_qs), templates.ids().join(u", "_qs)));
        ExportOptions options;
        options.query.dataset = tpl->id();
        for (const QString &spec : context.values(u"filter"_qs))
            options.query.filters << filterFrom(spec, *tpl);
        options.query.quickSearch = context.value(u"search"_qs);
        if (context.isSet(u"sort"_qs))
            options.query.sortColumn = context.value(u"sort"_qs);
        options.query.order = context.isSet(u"desc"_qs) ? Qt::DescendingOrder : Qt::AscendingOrder;
        options.path = context.value(u"out"_qs);
        options.format = ExportOptions::formatForPath(options.path);
        if (context.isSet(u"delimiter"_qs)) {
            const QString d = context.value(u"delimiter"_qs);
            if (d != u";" && d != u",")
                throw CliFailure(ExitUsage, tr("--delimiter is ; or ,"));
            options.csvDelimiter = d.front();
        }
        options.codeLabels = !context.isSet(u"codes-only"_qs);
        options.includePii = context.isSet(u"include-pii"_qs);
        // --yes is the command line's confirmation dialog: without it a script cannot export PII by accident.
        options.piiConfirmed = options.includePii && context.isSet(u"yes"_qs);
        if (options.includePii && !options.piiConfirmed)
            throw CliFailure(
                ExitPermission,
                tr("--include-pii writes NIK, names and addresses into the file, which can then be "
                   "copied outside Sinergi; the export is recorded in the audit log. Add --yes to "
                   "confirm."));

        auto session = context.login();
        DatasetSchema::sync(session->db(), templates);
        const CodeListRegistry codeLists = ReferenceLists::load(session->db()); // shipped + loaded editions
        const RegionCatalog regions = RegionEditions::load(session->db());      // shipped + loaded editions
        const ExportReport r = RecordExporter(*session, templates, &codeLists, &regions).run(options);
        Console::outLine(
            tr("exported %1 row(s) to %2 in %3 s%4")
                .arg(r.rows)
                .arg(r.path)
                .arg(r.seconds, 0, 'f', 1)
                .arg(r.piiIncluded ? tr(" (with personal data; recorded in the audit log)") : QString()));
        return ExitOk;
    }

    static QList<Command> all()
    {
        Command c;
        c.words = {u"export"_qs};
        c.summary = tr("Export a dataset view (filters, search, sort) to CSV or XLSX; personal data left out "
                       "unless --include-pii --yes");
        c.options = {
            {u"dataset"_qs, u"ID"_qs, tr("The dataset to export")},
            {u"filter"_qs, u"FIELD=VALUE"_qs,
             tr("Only rows where FIELD equals VALUE (repeatable; VALUE empty = no value)")},
            {u"search"_qs, u"TEXT"_qs,
             tr("Quick search: rows whose registration number, NIK or name starts with TEXT")},
            {u"sort"_qs, u"FIELD"_qs, tr("Order by an indexed field (default: order of entry)")},
            {u"desc"_qs, {}, tr("Descending order")},
            {u"out"_qs, u"FILE"_qs, tr("The file to write: .xlsx for Excel, anything else CSV")},
            {u"delimiter"_qs, u"CHAR"_qs,
             tr("CSV delimiter: ; (default, Excel with Indonesian settings) or ,")},
            {u"codes-only"_qs, {}, tr("Code fields as the code only (default: code and label columns)")},
            {u"include-pii"_qs, {}, tr("Include personal data (needs the export-PII permission and --yes)")},
            {u"yes"_qs, {}, tr("Confirm that the file will contain personal data")},
        };
        c.run = &ExportGroup::run;
        return {c};
    }
};

} // namespace

QList<Command> exportCommands()
{
    return ExportGroup::all();
}

} // namespace sinergi::cli
