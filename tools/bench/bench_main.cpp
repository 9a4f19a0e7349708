// sinergi-bench: in-process timings of core operations, printed as one line per measurement:
//   <name> runs=<n> median_ms=<x> min_ms=<y> max_ms=<z> [extra]
// Usage: sinergi-bench unlock|regions [--runs N]
//        sinergi-bench import [--rows N] [--csv FILE] [--runs N]   (at least 3 runs)
//        sinergi-bench grid [--rows N] [--runs N]                   (record model at N job seekers)
//        sinergi-bench validate [--rows N] [--runs N]               (full validation of N job seekers)
//        sinergi-bench dashboard [--rows N] [--runs N] [--store-dir D] (dashboard aggregates and repaint)
//        sinergi-bench smdata [--records N] [--runs N] [--store-dir D] (build + submit a month's batch)
#include "BenchDashboard.h"
#include "BenchImport.h"
#include "BenchReports.h"
#include "BenchSmdata.h"
#include "BenchValidate.h"
#include "datasets/RegionCatalog.h"
#include "datasets/TemplateRegistry.h"
#include "records/DatasetSchema.h"
#include "records/RecordTable.h"
#include "records/RecordTableModel.h"
#include "session/Session.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <functional>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sinergi;

namespace {

void report(const char *name, std::vector<double> ms, const QString &extra = {})
{
    std::sort(ms.begin(), ms.end());
    const double median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    std::printf("%s runs=%zu median_ms=%.1f min_ms=%.1f max_ms=%.1f %s\n", name, ms.size(), median,
                ms.front(), ms.back(), qPrintable(extra));
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

// --- grid: the windowed record model at N synthetic job seekers -------------------------------------------

// Peak and current resident set size in MiB (Linux /proc; this tool only).
double procStatusMiB(const char *key)
{
    QFile f(u"/proc/self/status"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(static_cast<int>(qstrlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

void resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_qs); // "5" resets VmHWM to the current RSS (Linux >= 4.0)
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// Plausible synthetic AK/I cards written straight into rec_pencari_kerja in one transaction, indexes built
// afterwards (as a bulk import does).
void fillJobSeekers(Session &session, const DatasetTemplate &tpl, int rows)
{
    Database &db = session.db();
    db.setCacheSizeKiB(256 * 1024);
    for (const QString &ix : recordtable::indexNames(tpl))
        db.exec(("DROP INDEX IF EXISTS " + recordtable::quoted(ix)).constData());
    const QStringList first{u"Agus"_qs,    u"Budi"_qs,  u"Siti"_qs,  u"Dewi"_qs, u"Eko"_qs,   u"Sri"_qs,
                            u"Joko"_qs,    u"Rina"_qs,  u"Wahyu"_qs, u"Nur"_qs,  u"Ahmad"_qs, u"Lestari"_qs,
                            u"Bambang"_qs, u"Indah"_qs, u"Yusuf"_qs, u"Fitri"_qs};
    const QStringList last{u"Santoso"_qs, u"Wijaya"_qs,    u"Rahayu"_qs,   u"Saputra"_qs,
                           u"Hidayat"_qs, u"Kurniawan"_qs, u"Setiawan"_qs, u"Lestari"_qs,
                           u"Pratama"_qs, u"Susanti"_qs,   u"Nugroho"_qs,  u"Wulandari"_qs};
    const QStringList education{u"1000"_qs, u"2000"_qs, u"3000"_qs, u"4000"_qs, u"5000"_qs, u"6000"_qs};
    QRandomGenerator rng(42);
    Transaction tx(db);
    auto s = db.prepare(
        "INSERT INTO rec_pencari_kerja(_id, no_pendaftaran, nik, nama, tempat_lahir, tanggal_lahir, "
        "jenis_kelamin, alamat, kode_kecamatan, kode_desa, pendidikan, jurusan, tanggal_daftar, "
        "berlaku_sampai, status, _deleted, _created_at, _updated_at, _updated_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    // One row in twenty carries an error count (the grid shows it; a filter selects it).
    auto counts = db.prepare("INSERT INTO counts_pencari_kerja(_id, errors, warnings) VALUES (?1, 1, 0)");
    const QString now = u"2026-01-05T08:00:00Z"_qs;
    for (int i = 1; i <= rows; ++i) {
        const int kec = 1 + static_cast<int>(rng.bounded(4));
        const bool female = rng.bounded(2) == 1;
        const QDate born = QDate(1970, 1, 1).addDays(rng.bounded(12000));
        const QDate registered = QDate(2019, 1, 1).addDays(rng.bounded(2500));
        const QString nik = QStringLiteral("33730%1%2%3%4%5")
                                .arg(kec)
                                .arg(born.day() + (female ? 40 : 0), 2, 10, QLatin1Char('0'))
                                .arg(born.month(), 2, 10, QLatin1Char('0'))
                                .arg(born.year() % 100, 2, 10, QLatin1Char('0'))
                                .arg(i % 10000, 4, 10, QLatin1Char('0'));
        const QString status = rng.bounded(5) == 0 ? u"ditempatkan"_qs : u"terdaftar"_qs;
        s.bindAll(std::int64_t(i), QStringLiteral("AK1-3373-%1").arg(i, 7, 10, QLatin1Char('0')), nik,
                  first.at(rng.bounded(first.size())) + u' ' + last.at(rng.bounded(last.size())),
                  u"Salatiga"_qs, born.toString(Qt::ISODate), female ? u"P"_qs : u"L"_qs,
                  QStringLiteral("Jl. Diponegoro No. %1, RT 0%2 RW 0%3").arg(i % 200).arg(i % 9).arg(i % 7),
                  QStringLiteral("33.73.0%1").arg(kec), QStringLiteral("33.73.0%1.100%2").arg(kec).arg(i % 5),
                  education.at(rng.bounded(education.size())), u"Teknik Mesin"_qs,
                  registered.toString(Qt::ISODate), registered.addYears(2).toString(Qt::ISODate), status,
                  std::int64_t(i % 100 == 0 ? 1 : 0), now, now, u"bench"_qs);
        s.exec();
        s.reset();
        if (rng.bounded(20) == 0) {
            counts.bind(1, std::int64_t(i));
            counts.exec();
        }
    }
    tx.commit();
    for (const QByteArray &sql : recordtable::createIndexSql(tpl))
        db.exec(sql.constData());
    db.exec("ANALYZE");
    db.setCacheSizeKiB(2000);
}

// Time from setQuery until the first page is in the model, and until the count is.
std::pair<double, double> timeQuery(RecordTableModel &m, const RecordQuery &q)
{
    QElapsedTimer t;
    t.start();
    m.setQuery(q);
    double firstPage = -1;
    waitUntil(
        [&] { return m.rowCount() > 0 && m.index(0, 0).data(RecordTableModel::RecordIdRole).isValid(); });
    firstPage = static_cast<double>(t.nsecsElapsed()) / 1e6;
    waitUntil([&] { return m.isCountKnown(); });
    return {firstPage, static_cast<double>(t.nsecsElapsed()) / 1e6};
}

int benchGridMeasure(const QString &dir, int runs, int rows);

// Writes the store in this process, then measures in a fresh one: writing 1M rows leaves this process's
// heap large (freed pages of a 256 MB cache stay resident), which would hide the grid's own memory.
int benchGrid(int runs, int rows)
{
    QTemporaryDir tmp;
    const StoreLocation where{tmp.filePath(u"store"_qs)};
    {
        const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
        auto session = std::move(Session::initialize(where, u"admin"_qs, u"Bench"_qs,
                                                     u"Bench-Password-2026"_qs, KdfParams::minimal())
                                     .session);
        DatasetSchema::sync(session->db(), templates);
        QElapsedTimer t;
        t.start();
        fillJobSeekers(*session, *templates.find(u"pencari_kerja"_qs), rows);
        std::printf("# grid: %d synthetic job seekers written and indexed in %.1f s\n", rows,
                    static_cast<double>(t.elapsed()) / 1000.0);
        std::fflush(stdout);
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {u"grid-measure"_qs, where.dir, QString::number(runs), QString::number(rows)});
    child.waitForFinished(-1);
    return child.exitCode();
}

int benchGridMeasure(const QString &dir, int runs, int rows)
{
    const StoreLocation where{dir};
    const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
    auto session = Session::login(where, u"admin"_qs, u"Bench-Password-2026"_qs);
    resetPeakRss();
    const QString extra = QStringLiteral("rows=%1").arg(rows);

    std::vector<double> openPage, openCount, last, sortPage, sortCount, filterPage, filterCount, filter2Page,
        filter2Count, searchPage, search, rarePage, rareCount, densePage, denseCount;
    RecordQuery byName{u"pencari_kerja"_qs, u"nama"_qs};
    RecordQuery registered{u"pencari_kerja"_qs};
    registered.filters << ColumnFilter{u"status"_qs, ColumnFilter::Kind::Equals, u"terdaftar"_qs, {}};
    RecordQuery dateRange{u"pencari_kerja"_qs, u"tanggal_daftar"_qs};
    dateRange.filters << ColumnFilter{u"tanggal_daftar"_qs, ColumnFilter::Kind::Range, QDate(2021, 1, 1),
                                      QDate(2021, 12, 31)};
    RecordQuery quick{u"pencari_kerja"_qs};
    quick.quickSearch = u"siti"_qs;
    // The two ends of quick search: a full name (about 1 in 190 rows: the index plan) and one letter that
    // begins every registration number (every row: the scan plan).
    RecordQuery rare{u"pencari_kerja"_qs};
    rare.quickSearch = u"yusuf wulandari"_qs;
    RecordQuery dense{u"pencari_kerja"_qs};
    dense.quickSearch = u"a"_qs;
    for (int run = 0; run < runs; ++run) {
        RecordTableModel m(*session, templates);
        auto [page, count] = timeQuery(m, {u"pencari_kerja"_qs});
        openPage.push_back(page);
        openCount.push_back(count);
        // Jump to the last row (the position index may still be building: the worker reads from the end).
        QElapsedTimer j;
        j.start();
        const QModelIndex end = m.index(m.rowCount() - 1, 2);
        waitUntil([&] { return m.data(end, RecordTableModel::RecordIdRole).isValid(); });
        last.push_back(static_cast<double>(j.nsecsElapsed()) / 1e6);
        std::tie(page, count) = timeQuery(m, byName);
        sortPage.push_back(page);
        sortCount.push_back(count);
        std::tie(page, count) = timeQuery(m, registered);
        filterPage.push_back(page);
        filterCount.push_back(count);
        std::tie(page, count) = timeQuery(m, dateRange);
        filter2Page.push_back(page);
        filter2Count.push_back(count);
        std::tie(page, count) = timeQuery(m, quick);
        searchPage.push_back(page);
        search.push_back(count);
        std::tie(page, count) = timeQuery(m, rare);
        rarePage.push_back(page);
        rareCount.push_back(count);
        std::tie(page, count) = timeQuery(m, dense);
        densePage.push_back(page);
        denseCount.push_back(count);
    }
    report("grid_open_first_page", openPage, extra);
    report("grid_open_count_known", openCount, extra);
    report("grid_jump_to_last_row", last, extra);
    report("grid_sort_indexed_first_page", sortPage, extra + u" sort=nama"_qs);
    report("grid_sort_indexed_count_known", sortCount, extra + u" sort=nama"_qs);
    report("grid_filter_first_page", filterPage, extra + u" status=terdaftar"_qs);
    report("grid_filter_count_known", filterCount, extra + u" status=terdaftar"_qs);
    report("grid_filter_range_first_page", filter2Page, extra + u" tanggal_daftar in 2021, sorted by it"_qs);
    report("grid_filter_range_count_known", filter2Count,
           extra + u" tanggal_daftar in 2021, sorted by it"_qs);
    report("grid_quick_search_first_page", searchPage, extra + u" 'siti' on no_pendaftaran/nik/nama"_qs);
    report("grid_quick_search_count_known", search, extra + u" 'siti' on no_pendaftaran/nik/nama"_qs);
    report("grid_quick_search_rare_first_page", rarePage, extra + u" 'yusuf wulandari'"_qs);
    report("grid_quick_search_rare_count_known", rareCount, extra + u" 'yusuf wulandari'"_qs);
    report("grid_quick_search_dense_first_page", densePage, extra + u" 'a' (matches every row)"_qs);
    report("grid_quick_search_dense_count_known", denseCount, extra + u" 'a' (matches every row)"_qs);

    // Scroll end to end, page by page as a view would, with the position index; peak RSS of the whole run.
    {
        const double before = procStatusMiB("VmRSS:");
        resetPeakRss();
        RecordTableModel m(*session, templates);
        timeQuery(m, byName);
        waitUntil([&] { return m.isPositionIndexReady(); });
        QElapsedTimer s;
        s.start();
        for (int r = 0; r < m.rowCount(); r += RecordTableModel::kPageSize) {
            const QModelIndex i = m.index(r, 1);
            waitUntil([&] { return m.data(i, RecordTableModel::RecordIdRole).isValid(); });
            for (int c = 0; c < m.columnCount(); ++c)
                m.index(r, c).data();
        }
        report("grid_scroll_end_to_end", {static_cast<double>(s.nsecsElapsed()) / 1e6},
               extra + QStringLiteral(" sort=nama pages=%1 rss_before_mib=%4 peak_rss_mib=%2 rss_now_mib=%3")
                           .arg(m.rowCount() / RecordTableModel::kPageSize + 1)
                           .arg(procStatusMiB("VmHWM:"), 0, 'f', 1)
                           .arg(procStatusMiB("VmRSS:"), 0, 'f', 1)
                           .arg(before, 0, 'f', 1));
    }
    // Why sorting is restricted to indexed columns: one page ordered by a column without an index.
    {
        Database db = session->vault().openWorkerConnection();
        std::vector<double> ms;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer u;
            u.start();
            auto s = db.prepare(
                "SELECT * FROM rec_pencari_kerja WHERE _deleted = 0 AND (tempat_lahir, _id) > ('M', 0) "
                "ORDER BY tempat_lahir, _id LIMIT 200");
            while (s.step()) {
            }
            ms.push_back(static_cast<double>(u.nsecsElapsed()) / 1e6);
        }
        report("grid_sort_unindexed_one_page", ms,
               extra + u" sort=tempat_lahir (not offered: every page costs this)"_qs);
    }

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
    if (args.value(1) == u"import"_qs) {
        const qsizetype rowsAt = args.indexOf(u"--rows"_qs);
        const qsizetype csvAt = args.indexOf(u"--csv"_qs);
        return benchImport(std::max(runs, 3), rowsAt > 0 ? args.value(rowsAt + 1).toLongLong() : 1000000,
                           csvAt > 0 ? args.value(csvAt + 1) : QString());
    }
    if (args.value(1) == u"grid-measure"_qs) // internal: the second half of "grid"
        return benchGridMeasure(args.value(2), args.value(3).toInt(), args.value(4).toInt());
    if (args.value(1) == u"grid"_qs) {
        const qsizetype rowsAt = args.indexOf(u"--rows"_qs);
        return benchGrid(std::max(runs, 3),
                         rowsAt > 0 ? std::max(1000, args.value(rowsAt + 1).toInt()) : 1000000);
    }
    if (args.value(1) == u"ipk"_qs) {
        const qsizetype rowsAt = args.indexOf(u"--rows"_qs);
        const qsizetype dirAt = args.indexOf(u"--store-dir"_qs);
        return benchReports(std::max(runs, 3),
                            rowsAt > 0 ? std::max(1000, args.value(rowsAt + 1).toInt()) : 1000000,
                            dirAt > 0 ? args.value(dirAt + 1) : QString());
    }
    if (args.value(1) == u"dashboard"_qs) {
        const qsizetype rowsAt = args.indexOf(u"--rows"_qs);
        const qsizetype dirAt = args.indexOf(u"--store-dir"_qs);
        return benchDashboard(std::max(runs, 3),
                              rowsAt > 0 ? std::max(1000, args.value(rowsAt + 1).toInt()) : 1000000,
                              dirAt > 0 ? args.value(dirAt + 1) : QString());
    }
    if (args.value(1) == u"validate"_qs) {
        const qsizetype rowsAt = args.indexOf(u"--rows"_qs);
        return benchValidate(std::max(runs, 3),
                             rowsAt > 0 ? std::max(1000, args.value(rowsAt + 1).toInt()) : 1000000);
    }
    if (args.value(1) == u"smdata"_qs) {
        const qsizetype recordsAt = args.indexOf(u"--records"_qs);
        const qsizetype dirAt = args.indexOf(u"--store-dir"_qs);
        return benchSmdata(std::max(runs, 3),
                           recordsAt > 0 ? std::max(1000, args.value(recordsAt + 1).toInt()) : 100000,
                           dirAt > 0 ? args.value(dirAt + 1) : QString());
    }
    std::fprintf(stderr, "usage: sinergi-bench unlock|regions [--runs N]\n");
    return 1;
}
