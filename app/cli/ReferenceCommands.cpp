#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "ExitCode.h"

#include "reference/ReferenceLists.h"
#include "reference/RegionEditions.h"
#include "session/Session.h"

namespace sinergi::cli {

namespace {

class ReferenceGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::ReferenceCommands)
public:
    static int list(CommandContext &context)
    {
        auto session = context.login();
        const CodeListRegistry registry = ReferenceLists::load(session->db());
        for (const ReferenceLists::Edition &e : ReferenceLists::editions(session->db(), registry, u"id"_qs)) {
            const QString state = e.newest ? tr("in use") : tr("older (codes still readable)");
            const QString origin =
                e.shipped ? tr("shipped") : tr("loaded %1 by %2").arg(e.loadedAt, e.loadedBy);
            Console::outLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                                 .arg(e.listId, e.version, state)
                                 .arg(e.codes)
                                 .arg(origin, e.label));
        }
        // The region list's editions as one more list: counts per level instead of one count of codes.
        const RegionCatalog regions = RegionEditions::load(session->db());
        for (const RegionEditions::Edition &e : RegionEditions::editions(session->db(), regions)) {
            const QString state = e.newest ? tr("in use") : tr("older (codes still readable)");
            const QString origin = e.shipped
                                       ? tr("shipped")
                                       : tr("loaded %1 by %2 from %3").arg(e.loadedAt, e.loadedBy, e.source);
            Console::outLine(QStringLiteral("wilayah\t%1\t%2\t%3\t%4\t%5")
                                 .arg(e.version, state, regionCounts(e.counts), origin, e.credit));
        }
        return ExitOk;
    }

    static QString regionCounts(const qsizetype counts[4])
    {
        return tr("%1 provinces, %2 regencies, %3 kecamatan, %4 desa")
            .arg(counts[0])
            .arg(counts[1])
            .arg(counts[2])
            .arg(counts[3]);
    }

    static int loadRegions(CommandContext &context)
    {
        auto session = context.login();
        RegionCatalog regions = RegionEditions::load(session->db());
        const RegionEditions::Loaded r = RegionEditions::loadPath(*session, regions, context.argument(0));
        Console::outLine(tr("loaded region list %1 (%2; previous edition %3 stays readable)")
                             .arg(r.version, regionCounts(r.counts), r.previousVersion));
        if (r.retiredDistricts > 0 || r.retiredVillages > 0)
            Console::outLine(
                tr("no longer in the new edition (records keeping them get a warning): %1 kecamatan, "
                   "%2 desa")
                    .arg(r.retiredDistricts)
                    .arg(r.retiredVillages));
        return ExitOk;
    }

    static int load(CommandContext &context)
    {
        auto session = context.login();
        CodeListRegistry registry = ReferenceLists::load(session->db());
        const ReferenceLists::Loaded r = ReferenceLists::loadFile(*session, registry, context.argument(0));
        Console::outLine(tr("loaded %1 version %2 (%3 codes; previous version %4 stays readable)")
                             .arg(r.listId, r.version)
                             .arg(r.codes)
                             .arg(r.previousVersion));
        if (!r.retired.isEmpty())
            Console::outLine(tr("codes no longer in the new version (records keeping them get a warning): %1")
                                 .arg(r.retired.join(u", "_qs)));
        return ExitOk;
    }

    static QList<Command> all()
    {
        Command list;
        list.words = {u"reference"_qs, u"list"_qs};
        list.summary =
            tr("List the reference code lists and region list editions and their versions (id, version, "
               "state, codes, origin, name or credit)");
        list.run = &ReferenceGroup::list;

        Command load;
        load.words = {u"reference"_qs, u"load"_qs};
        load.arguments = u"FILE.json"_qs;
        load.summary = tr("Load a newer version of a code list (administrators; audited)");
        load.minArguments = 1;
        load.maxArguments = 1;
        load.run = &ReferenceGroup::load;

        Command loadRegions;
        loadRegions.words = {u"reference"_qs, u"load-regions"_qs};
        loadRegions.arguments = u"FOLDER|FILE.zip"_qs;
        loadRegions.summary = tr("Load a newer edition of the region list (provinces.csv, regencies.csv, "
                                 "districts.csv, villages.csv, VERSION; administrators; audited)");
        loadRegions.minArguments = 1;
        loadRegions.maxArguments = 1;
        loadRegions.run = &ReferenceGroup::loadRegions;
        return {list, load, loadRegions};
    }
};

} // namespace

QList<Command> referenceCommands()
{
    return ReferenceGroup::all();
}

} // namespace sinergi::cli
