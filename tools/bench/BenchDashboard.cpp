#include "BenchDashboard.h"

#include "BenchReports.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "records/ColumnFilter.h"
#include "records/RecordQuery.h"
#include "records/RecordTableModel.h"
#include "reports/DashboardData.h"
#include "reports/IpkCalculator.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "session/Session.h"
#include "store/Vault.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sinergi;

namespace {

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

} // namespace

int benchDashboard(int runs, int seekers, const QString &cacheDir)
{
    const QString dir = reportBenchStore(seekers, cacheDir);
    if (dir.isEmpty())
        return 1;
    const CodeListRegistry codes = CodeListRegistry::loadEmbedded();
    const IpkFormSet forms = IpkFormSet::loadDefault(codes);
    auto session = Session::login(StoreLocation{dir + u"/store"_qs}, u"admin"_qs, reportBenchPassword());
    LabourSnapshot snap;
    {
        Database db = session->vault().openWorkerConnection();
        snap = LabourSnapshot::load(db);
    }
    // The cached store predates training in the snapshot: without participants, add 2 % of the job seekers
    // as synthetic ones (programmes of 2–12 weeks in 2024–2025), so their scan is in the figures too.
    bool syntheticTrainees = false;
    if (snap.trainees().empty()) {
        syntheticTrainees = true;
        const std::int32_t start = std::int32_t(QDate(2024, 1, 1).toJulianDay());
        std::uint32_t x = 12345;
        const auto next = [&x] { return x = x * 1664525u + 1013904223u; };
        for (std::size_t i = 0; i < snap.seekers().size() / 50; ++i) {
            LabourSnapshot::Trainee t;
            t.id = qint64(i + 1);
            t.programStart = start + std::int32_t(next() % 700);
            t.programEnd = t.programStart + 14 + std::int32_t(next() % 70);
            t.sex = std::uint8_t(next() % 2);
            t.district =
                snap.districts().isEmpty() ? -1 : int(next() % std::uint32_t(snap.districts().size()));
            t.outcome = next() % 10 < 8 ? LabourSnapshot::TrainingOutcome::Passed
                                        : LabourSnapshot::TrainingOutcome::Failed;
            snap.trainees().push_back(t);
        }
    }
    const QString extra = u"seekers=%1 vacancies=%2 placements=%3 trainees=%4"_qs.arg(snap.seekers().size())
                              .arg(snap.vacancies().size())
                              .arg(snap.placements().size())
                              .arg(snap.trainees().size()) +
                          (syntheticTrainees ? u"(synthetic)"_qs : QString());
    const ReportPeriod month = ReportPeriod::month(2025, 3);
    std::vector<double> derive, all, filtered, ids;
    qint64 active = 0, idCount = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const IpkCalculator calc(snap, ReportRules{});
        const DashboardData data(calc, forms);
        derive.push_back(msSince(t));
        t.restart();
        const DashboardFigures f = data.compute(month);
        all.push_back(msSince(t));
        active = f.headline(DashboardFigures::ActiveSeekers);
        t.restart();
        const DashboardFigures k = data.compute(month, 0);
        filtered.push_back(msSince(t));
        t.restart();
        idCount =
            data.recordsOf(month, -1, {DashboardFigures::Chart::Headline, 0, DashboardFigures::ActiveSeekers})
                .ids.size();
        ids.push_back(msSince(t));
        if (k.headline(DashboardFigures::ActiveSeekers) > active) {
            std::fprintf(stderr, "a kecamatan has more active job seekers than the regency\n");
            return 1;
        }
    }
    if (idCount != active) {
        std::fprintf(stderr, "recordsOf gave %lld ids for %lld active job seekers\n",
                     static_cast<long long>(idCount), static_cast<long long>(active));
        return 1;
    }
    // The click-through's grid: count and first page of the largest bucket's ids (one JSON parameter).
    std::vector<double> grid;
    {
        const IpkCalculator calc(snap, ReportRules{});
        const DashboardData data(calc, forms);
        const QList<qint64> activeIds =
            data.recordsOf(month, -1, {DashboardFigures::Chart::Headline, 0, DashboardFigures::ActiveSeekers})
                .ids;
        const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
        for (int i = 0; i < runs; ++i) {
            RecordTableModel m(*session, templates);
            m.setSynchronous(true);
            // What the user waits for: count and first page (the position index follows in the background).
            m.setPositionIndexEnabled(false);
            RecordQuery q{u"pencari_kerja"_qs};
            q.filters << ColumnFilter{{}, ColumnFilter::Kind::IdIn, QVariant::fromValue(activeIds), {}};
            QElapsedTimer t;
            t.start();
            m.setQuery(q);
            const bool firstRow = m.index(0, 0).data(RecordTableModel::RecordIdRole).isValid();
            grid.push_back(msSince(t));
            if (m.rowCount() != activeIds.size() || !firstRow) {
                std::fprintf(stderr, "the grid shows %d rows for %lld ids\n", m.rowCount(),
                             static_cast<long long>(activeIds.size()));
                return 1;
            }
        }
    }
    report("dashboard_derive_calculator", derive, extra);
    report("dashboard_month_all_aggregates", all, extra + u" period=2025-03 active=%1"_qs.arg(active));
    report("dashboard_month_one_kecamatan", filtered, extra + u" period=2025-03"_qs);
    report("dashboard_click_through_ids_active", ids, extra + u" ids=%1"_qs.arg(idCount));
    report("dashboard_click_through_grid_count_first_page", grid, extra + u" ids=%1"_qs.arg(idCount));

    session.reset(); // the UI process opens the store itself (one session at a time)
    // The page: filter change → repaint, offscreen, in its own process (it links the widgets).
    const QString ui = QCoreApplication::applicationDirPath() + u"/sinergi-bench-dashboard-ui"_qs;
    if (!QFileInfo::exists(ui)) {
        std::printf("# dashboard: %s not built, no repaint figures\n", qPrintable(ui));
        return 0;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(ui, {dir, QString::number(runs)});
    p.waitForFinished(-1);
    return p.exitCode();
}
