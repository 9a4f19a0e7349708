#include "BenchReports.h"

#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "importing/Importer.h"
#include "records/DatasetSchema.h"
#include "records/RecordService.h"
#include "reports/IpkCalculator.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportSource.h"
#include "session/Session.h"
#include "store/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sinergi;

namespace {

const QString kPassword = u"Bench-Password-2026"_qs;

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void report(const char *name, std::vector<double> ms, const QString &extra)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%s runs=%zu median_ms=%.1f min_ms=%.1f max_ms=%.1f %s\n", name, ms.size(), ms[ms.size() / 2],
                ms.front(), ms.back(), qPrintable(extra));
    std::fflush(stdout);
}

// Generates the regency with sinergi-datagen and imports it through the Importer, as an office would.
bool buildStore(const QString &dir, int seekers)
{
    const QString datagen = QCoreApplication::applicationDirPath() + u"/../datagen/sinergi-datagen"_qs;
    const QString csv = dir + u"/csv"_qs;
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(datagen, {u"--seed"_qs, u"42"_qs, u"--job-seekers"_qs, QString::number(seekers),
                      u"--vacancies"_qs, QString::number(seekers / 10), u"--placements"_qs,
                      QString::number(seekers / 5), u"--out"_qs, csv});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "sinergi-datagen failed: %s\n", p.readAllStandardError().constData());
        return false;
    }
    const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
    const CodeListRegistry codes = CodeListRegistry::loadEmbedded();
    const RegionCatalog regions = RegionCatalog::loadEmbedded();
    const FieldValidator fields(&codes, &regions);
    const RecordValidator validator(fields, RuleRegistry::standard());
    auto session = std::move(Session::initialize(StoreLocation{dir + u"/store"_qs}, u"admin"_qs, u"Bench"_qs,
                                                 kPassword, KdfParams::minimal())
                                 .session);
    DatasetSchema::sync(session->db(), templates);
    Importer importer(*session, templates, validator, &codes, &regions);
    for (const char *dataset : {"pencari_kerja", "lowongan", "penempatan"}) {
        ImportOptions o;
        o.dataset = QString::fromLatin1(dataset);
        o.path = csv + u'/' + o.dataset + u".csv"_qs;
        const ImportReport r = importer.run(o);
        std::printf("# ipk: imported %lld %s\n", static_cast<long long>(r.inserted), dataset);
    }
    QDir(csv).removeRecursively();
    std::printf("# ipk: store generated and imported in %.1f s\n", msSince(t) / 1000.0);
    std::fflush(stdout);
    return true;
}

// The cached snapshot (ReportSource): what a page pays when nothing changed (one query of the write
// counters on a connection of its own) and after one edit (a full read). The edit is undone afterwards, so
// the cached store keeps its data (only history and audit grow).
void benchReportSource(Session &session, int runs, const QString &extra)
{
    const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
    const CodeListRegistry codes = CodeListRegistry::loadEmbedded();
    const RegionCatalog regions = RegionCatalog::loadEmbedded();
    const FieldValidator fields(&codes, &regions);
    const RecordValidator validator(fields, RuleRegistry::standard());
    RecordService records(session, templates, validator, &regions);
    const QString dataset = u"pencari_kerja"_qs;
    const qint64 id =
        session.db().scalar("SELECT min(_id) FROM rec_pencari_kerja WHERE _deleted = 0").toLongLong();

    ReportSource source(session.vault());
    std::vector<double> first, fresh, isFresh, afterEdit;
    QElapsedTimer t;
    t.start();
    auto snapshot = source.current();
    first.push_back(msSince(t));
    for (int i = 0; i < std::max(runs, 20); ++i) {
        t.restart();
        const auto again = source.current();
        fresh.push_back(msSince(t));
        if (again != snapshot)
            std::fprintf(stderr, "ReportSource read again without a write\n");
        t.restart();
        if (!source.isFresh())
            std::fprintf(stderr, "ReportSource not fresh without a write\n");
        isFresh.push_back(msSince(t));
    }
    for (int i = 0; i < runs && id > 0; ++i) {
        const QString name = records.get(dataset, id)->value(u"nama"_qs).toString();
        records.update(dataset, id, {{u"nama"_qs, name + u" (bench)"_qs}});
        t.restart();
        snapshot = source.current();
        afterEdit.push_back(msSince(t));
        records.undo(dataset, id, records.history(dataset, id).last().seq);
    }
    report("ipk_source_first_read", first, extra);
    report("ipk_source_current_fresh", fresh, extra);
    report("ipk_source_is_fresh", isFresh, extra);
    if (!afterEdit.empty())
        report("ipk_source_current_after_one_edit", afterEdit, extra);
}

} // namespace

QString reportBenchStore(int seekers, const QString &cacheDir)
{
    const QString dir =
        cacheDir.isEmpty() ? QDir::tempPath() + u"/sinergi-bench-ipk-%1"_qs.arg(seekers) : cacheDir;
    if (!QFileInfo::exists(dir + u"/store"_qs)) {
        QDir().mkpath(dir);
        if (!buildStore(dir, seekers))
            return {};
    }
    return dir;
}

QString reportBenchPassword()
{
    return kPassword;
}

int benchReports(int runs, int seekers, const QString &cacheDir)
{
    const QString dir = reportBenchStore(seekers, cacheDir);
    if (dir.isEmpty())
        return 1;
    const CodeListRegistry codes = CodeListRegistry::loadEmbedded();
    const IpkFormSet forms = IpkFormSet::loadDefault(codes);
    auto session = Session::login(StoreLocation{dir + u"/store"_qs}, u"admin"_qs, kPassword);

    std::vector<double> load, derive, month, year, filtered;
    std::size_t counts[3] = {};
    for (int i = 0; i < runs; ++i) {
        Database db = session->vault().openWorkerConnection(); // a fresh connection: its page cache is cold
        QElapsedTimer t;
        t.start();
        const LabourSnapshot snap = LabourSnapshot::load(db);
        load.push_back(msSince(t));
        counts[0] = snap.seekers().size();
        counts[1] = snap.vacancies().size();
        counts[2] = snap.placements().size();
        t.restart();
        const IpkCalculator calc(snap, ReportRules{});
        derive.push_back(msSince(t));
        t.restart();
        const IpkReport m = calc.compute(forms, ReportPeriod::month(2025, 3));
        month.push_back(msSince(t));
        t.restart();
        const IpkReport y = calc.compute(forms, ReportPeriod::year(2025));
        year.push_back(msSince(t));
        t.restart();
        const IpkReport f = calc.compute(forms, ReportPeriod::month(2025, 3), 0);
        filtered.push_back(msSince(t));
        if (i == 0)
            std::printf("# ipk: month tables=%lld breaks=%lld, year breaks=%lld\n",
                        static_cast<long long>(m.tables.size()), static_cast<long long>(m.breaks.size()),
                        static_cast<long long>(y.breaks.size()));
    }
    const QString extra =
        u"seekers=%1 vacancies=%2 placements=%3"_qs.arg(counts[0]).arg(counts[1]).arg(counts[2]);
    report("ipk_snapshot_load_cold_connection", load, extra);
    report("ipk_rules_derive", derive, extra);
    report("ipk_month_all_tables", month, extra + u" period=2025-03"_qs);
    report("ipk_year_all_tables", year, extra + u" period=2025"_qs);
    report("ipk_month_one_kecamatan", filtered, extra + u" period=2025-03"_qs);
    benchReportSource(*session, runs, extra);
    return 0;
}
