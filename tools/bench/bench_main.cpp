// sinergi-bench: in-process timings of core operations, printed as one line per measurement:
//   <name> runs=<n> median_ms=<x> min_ms=<y> max_ms=<z> [extra]
// Usage: sinergi-bench unlock|regions [--runs N]
#include "datasets/RegionCatalog.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sinergi;

namespace {

void report(const char *name, std::vector<double> ms, const QString &extra = {})
{
    std::sort(ms.begin(), ms.end());
    const double median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    std::printf("%s runs=%zu median_ms=%.1f min_ms=%.1f max_ms=%.1f %s\n", name, ms.size(), median, ms.front(),
                ms.back(), qPrintable(extra));
    std::fflush(stdout);
}

int benchUnlock(int runs)
{
    // The production path: parameters calibrated on this machine, as the first-run wizard does.
    qunsetenv("SINERGI_TEST_FAST_KDF");
    QTemporaryDir tmp;
    const StoreLocation where{tmp.filePath(u"store"_qs)};
    const QString password = u"Bench-Password-2026"_qs;
    QElapsedTimer t;
    t.start();
    const KdfParams params = KdfParams::calibrated();
    const double calibrationMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    Session::initialize(where, u"admin"_qs, u"Bench"_qs, password, params);

    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        auto s = Session::login(where, u"admin"_qs, password);
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    report("unlock", ms,
           QStringLiteral("argon2id_ops=%1 argon2id_mem_mib=%2 calibration_ms=%3")
               .arg(params.opsLimit)
               .arg(params.memLimitBytes / (1024 * 1024))
               .arg(calibrationMs, 0, 'f', 0));
    return 0;
}

int benchRegions(int runs)
{
    RegionCatalog::loadEmbedded(); // warm-up: resource registration, page cache
    std::vector<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        const RegionCatalog catalog = RegionCatalog::loadEmbedded();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (catalog.count(RegionCatalog::Level::Village) == 0)
            return 1;
    }
    report("region_catalog_load", ms, u"(38 provinces, 514 kab/kota, 7285 kecamatan, 83762 desa)"_qs);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 5;
    if (const qsizetype i = args.indexOf(u"--runs"_qs); i > 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());
    if (args.value(1) == u"unlock"_qs)
        return benchUnlock(runs);
    if (args.value(1) == u"regions"_qs)
        return benchRegions(runs);
    std::fprintf(stderr, "usage: sinergi-bench unlock|regions [--runs N]\n");
    return 1;
}
