// sinergi-bench-dashboard-ui <store dir> <runs>: the dashboard page's filter change → repaint (issue 5),
// offscreen, on the report benchmarks' store. Started by `sinergi-bench dashboard`; prints lines in the
// harness's format. A filter change is timed from the combo change to the charts showing the new figures
// (worker computation + chart rebuild), and the repaint as a full render of the page (grab()).
#include "BenchReports.h"
#include "common/Translations.h"
#include "dashboard/DashboardTile.h"
#include "dashboard/DashboardPage.h"
#include "reports/ReportSource.h"
#include "session/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sinergi;

namespace {

void report(const char *name, std::vector<double> ms, const QString &extra)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%s runs=%zu median_ms=%.1f min_ms=%.1f max_ms=%.1f %s\n", name, ms.size(), ms[ms.size() / 2],
                ms.front(), ms.back(), qPrintable(extra));
    std::fflush(stdout);
}

// Waits for the page to show the figures of the last change; false after a minute.
bool waitShown(DashboardPage &page, QSignalSpy &shown)
{
    QElapsedTimer t;
    t.start();
    while (shown.isEmpty() || page.isBusy()) {
        if (t.elapsed() > 60000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dir = args.value(1);
    const int runs = std::max(3, args.value(2).toInt());
    Translations::install(u"id"_qs);
    auto session = Session::login(StoreLocation{dir + u"/store"_qs}, u"admin"_qs, reportBenchPassword());
    auto source = std::make_shared<ReportSource>(session->vault());
    DashboardPage page(*session, source);
    page.resize(1176, 700); // the page's share of a 1366×768 window
    QSignalSpy shown(&page, &DashboardPage::figuresShown);
    QElapsedTimer t;
    t.start();
    page.show();
    if (!waitShown(page, shown)) {
        std::fprintf(stderr, "the dashboard did not load\n");
        return 1;
    }
    const double first = double(t.nsecsElapsed()) / 1e6;
    // The quality tile follows on its own worker (a table scan); the filter timings start after it.
    while (!page.tile(DashboardPage::kQualityTile)->value().endsWith(u'%') && t.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double quality = double(t.nsecsElapsed()) / 1e6;
    page.setMonth(QDate(2025, 3, 1));
    shown.clear();
    if (!waitShown(page, shown))
        return 1;
    auto *kecamatan = page.findChild<QComboBox *>(u"kecamatanCombo"_qs);
    std::vector<double> change, paint, total, monthChange;
    for (int i = 0; i < runs; ++i) {
        // Alternately a kecamatan and the whole regency, so every run changes the figures.
        shown.clear();
        t.restart();
        kecamatan->setCurrentIndex(i % 2 == 0 ? 1 + (i / 2) % std::max(1, kecamatan->count() - 1) : 0);
        if (!waitShown(page, shown))
            return 1;
        const double computed = double(t.nsecsElapsed()) / 1e6;
        QElapsedTimer p;
        p.start();
        const QPixmap pixmap = page.grab();
        const double painted = double(p.nsecsElapsed()) / 1e6;
        change.push_back(computed);
        paint.push_back(painted);
        total.push_back(computed + painted);

        shown.clear();
        t.restart();
        page.setMonth(QDate(2025, 1 + (i % 2) * 5, 1));
        if (!waitShown(page, shown))
            return 1;
        page.grab();
        monthChange.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const QString extra = u"(offscreen, page 1176x700)"_qs;
    std::printf("dashboard_page_first_show runs=1 median_ms=%.1f min_ms=%.1f max_ms=%.1f (snapshot read + "
                "first figures)\n",
                first, first, first);
    std::printf("dashboard_page_quality_tile runs=1 median_ms=%.1f min_ms=%.1f max_ms=%.1f (from show)\n",
                quality, quality, quality);
    report("dashboard_filter_change_to_figures_shown", change, extra);
    report("dashboard_repaint_grab", paint, extra);
    report("dashboard_filter_change_repaint_total", total, extra);
    report("dashboard_month_change_repaint_total", monthChange, extra);
    return 0;
}
