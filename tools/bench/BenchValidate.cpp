#include "BenchValidate.h"

#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "quality/ProblemCounts.h"
#include "quality/ValidationRunner.h"
#include "records/DatasetSchema.h"
#include "records/RecordTable.h"
#include "session/Session.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

using namespace sinergi;

namespace {

// AK/I cards shaped like datagen's (NIK consistent with birth date and sex, reports every 6 months, status
// placed for a fifth with a placement row each), about 2 % broken on purpose, written in one transaction
// with the indexes built afterwards, as a bulk import does.
void fill(Session &session, const TemplateRegistry &templates, int rows)
{
    Database &db = session.db();
    db.setCacheSizeKiB(256 * 1024);
    const DatasetTemplate &js = *templates.find(u"pencari_kerja"_qs);
    for (const QString &ix : recordtable::indexNames(js))
        db.exec(("DROP INDEX IF EXISTS " + recordtable::quoted(ix)).constData());
    const QStringList names{u"Agus Santoso"_qs,   u"Siti Rahayu"_qs, u"Dewi Lestari"_qs, u"Budi Hidayat"_qs,
                            u"Rina Wulandari"_qs, u"Eko Pratama"_qs, u"Sri Susanti"_qs,  u"Joko Nugroho"_qs};
    const QStringList education{u"1099"_qs, u"2099"_qs, u"3099"_qs, u"3199"_qs, u"5099"_qs, u"6099"_qs};
    QRandomGenerator rng(42);
    const QDate end(2025, 12, 31);
    Transaction tx(db);
    auto s = db.prepare(
        "INSERT INTO rec_pencari_kerja(_id, no_pendaftaran, nik, nama, tempat_lahir, tanggal_lahir, "
        "jenis_kelamin, alamat, kode_kecamatan, pendidikan, tanggal_daftar, berlaku_sampai, lapor_1, "
        "lapor_2, lapor_3, status, tanggal_status, _created_at, _updated_at, _updated_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'2026-01-01','2026-01-01','bench')");
    auto p = db.prepare("INSERT INTO rec_penempatan(no_pendaftaran, jenis_penempatan, tanggal_penempatan, "
                        "nama_pemberi_kerja, _created_at, _updated_at, _updated_by) "
                        "VALUES (?1, 'AKL', ?2, 'PT Contoh Jaya', '2026-01-01', '2026-01-01', 'bench')");
    for (int i = 1; i <= rows; ++i) {
        const int kec = 1 + static_cast<int>(rng.bounded(4));
        const bool female = rng.bounded(2) == 1;
        const QDate registered = QDate(2024, 1, 1).addDays(rng.bounded(700));
        const QDate born = registered.addYears(-18).addDays(-static_cast<int>(rng.bounded(9000)));
        QString nik = QStringLiteral("33730%1%2%3%4%5")
                          .arg(kec)
                          .arg(born.day() + (female ? 40 : 0), 2, 10, QLatin1Char('0'))
                          .arg(born.month(), 2, 10, QLatin1Char('0'))
                          .arg(born.year() % 100, 2, 10, QLatin1Char('0'))
                          .arg(1 + i % 9999, 4, 10, QLatin1Char('0'));
        QString sex = female ? u"P"_qs : u"L"_qs;
        const int defect = rng.bounded(100) < 2 ? 1 + static_cast<int>(rng.bounded(3)) : 0;
        if (defect == 1)
            sex = female ? u"L"_qs : u"P"_qs; // NIK says otherwise
        if (defect == 2)
            nik.chop(1);
        const bool placed = rng.bounded(5) == 0;
        const QString number =
            QStringLiteral("3373-%1-%2").arg(registered.year()).arg(i, 7, 10, QLatin1Char('0'));
        QVariant reports[3];
        for (int r = 0; r < 3; ++r) {
            const QDate due = registered.addMonths(6 * (r + 1));
            if (due <= end && rng.bounded(4) != 0)
                reports[r] = due.toString(Qt::ISODate);
            else
                break;
        }
        const QDate statusDate = registered.addDays(30 + rng.bounded(300));
        s.bindAll(std::int64_t(i), number, nik, names.at(rng.bounded(names.size())), u"Salatiga"_qs,
                  born.toString(Qt::ISODate), sex, u"Jl. Diponegoro"_qs, QStringLiteral("33.73.0%1").arg(kec),
                  defect == 3 ? u"3900"_qs : education.at(rng.bounded(education.size())),
                  registered.toString(Qt::ISODate), registered.addYears(2).toString(Qt::ISODate), reports[0],
                  reports[1], reports[2], placed ? u"ditempatkan"_qs : u"terdaftar"_qs,
                  placed ? QVariant(statusDate.toString(Qt::ISODate)) : QVariant());
        s.exec();
        if (placed || rng.bounded(500) == 0) { // and a few placements whose holder is still "terdaftar"
            p.bindAll(number, statusDate.toString(Qt::ISODate));
            p.exec();
        }
    }
    tx.commit();
    for (const QByteArray &sql : recordtable::createIndexSql(js))
        db.exec(sql.constData());
    db.exec("ANALYZE");
    db.setCacheSizeKiB(2000);
}

// User + system CPU time of the whole process so far: the validation's threads and the pool together.
double processCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

void report(const char *name, std::vector<double> ms, const QString &extra)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%s runs=%zu median_ms=%.1f min_ms=%.1f max_ms=%.1f %s\n", name, ms.size(), ms[ms.size() / 2],
                ms.front(), ms.back(), qPrintable(extra));
    std::fflush(stdout);
}

} // namespace

int benchValidate(int runs, int rows)
{
    QTemporaryDir tmp;
    const StoreLocation where{tmp.filePath(u"store"_qs)};
    const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
    const CodeListRegistry codeLists = CodeListRegistry::loadEmbedded();
    const RegionCatalog regions = RegionCatalog::loadEmbedded();
    const FieldValidator fields(&codeLists, &regions);
    const RecordValidator validator(fields, RuleRegistry::standard());
    auto session = std::move(
        Session::initialize(where, u"admin"_qs, u"Bench"_qs, u"Bench-Password-2026"_qs, KdfParams::minimal())
            .session);
    session->setSetting(u"office.regency"_qs, u"33.73"_qs);
    DatasetSchema::sync(session->db(), templates);
    QElapsedTimer t;
    t.start();
    fill(*session, templates, rows);
    std::printf("# validate: %d synthetic job seekers (+ placements) written and indexed in %.1f s\n", rows,
                static_cast<double>(t.elapsed()) / 1000.0);
    std::fflush(stdout);

    // Three states a full validation meets, each timed on every repetition:
    //  - "every count changes": no findings stored and no row's counts stored (rules that
    //    changed under stored data: each row with a finding is rewritten, every finding inserted);
    //  - "after import": no findings stored, the counts already right (the importer stores each row's counts
    //    as it validates them; the findings are written by the validation that follows the import);
    //  - "re-validation": nothing changed since the last run.
    // The state is set up outside the timing, on the session's connection.
    enum Scenario { EveryCount, AfterImport, Revalidate, kScenarios };
    const char *names[kScenarios] = {"validate_full_every_count_changes", "validate_full_after_import",
                                     "validate_full_revalidate"};
    std::vector<double> total[kScenarios], stall[kScenarios], cpu[kScenarios];
    qint64 problems = 0;
    for (int run = 0; run < runs; ++run) {
        for (int scenario = 0; scenario < kScenarios; ++scenario) {
            if (scenario == EveryCount)
                session->db().exec("DELETE FROM counts_pencari_kerja");
            if (scenario != Revalidate)
                session->db().exec("DELETE FROM record_problems");
            session->db().checkpointTruncate();
            ValidationRunner runner(*session, templates, validator, &regions);
            // A 10 ms timer on this (the "GUI") thread: the longest gap between its ticks is how long the
            // window would have been frozen.
            QElapsedTimer tick;
            double worstGap = 0;
            QTimer timer;
            timer.setInterval(10);
            QObject::connect(&timer, &QTimer::timeout, [&] {
                worstGap = std::max(worstGap, static_cast<double>(tick.nsecsElapsed()) / 1e6);
                tick.restart();
            });
            QEventLoop loop;
            QObject::connect(&runner, &ValidationRunner::finished, &loop, &QEventLoop::quit);
            QObject::connect(&runner, &ValidationRunner::failed, &loop, [&](const QString &m) {
                std::fprintf(stderr, "validation failed: %s\n", qPrintable(m));
                loop.quit();
            });
            const double cpuBefore = processCpuMs();
            t.restart();
            tick.start();
            timer.start();
            runner.start({u"pencari_kerja"_qs});
            loop.exec();
            timer.stop();
            total[scenario].push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            cpu[scenario].push_back(processCpuMs() - cpuBefore);
            stall[scenario].push_back(worstGap);
            problems = 0;
            for (const RuleCount &c : runner.lastResult().ruleCounts)
                problems += c.problems;
            if (runner.lastResult().rows != rows)
                return 1;
        }
    }
    for (int scenario = 0; scenario < kScenarios; ++scenario) {
        std::vector<double> sortedCpu = cpu[scenario];
        std::sort(sortedCpu.begin(), sortedCpu.end());
        const QString extra = QStringLiteral("rows=%1 problems=%2 threads=%3 process_cpu_ms_median=%4")
                                  .arg(rows)
                                  .arg(problems)
                                  .arg(QThread::idealThreadCount())
                                  .arg(sortedCpu[sortedCpu.size() / 2], 0, 'f', 0);
        report(names[scenario], total[scenario], extra);
        report((QByteArray(names[scenario]) + "_gui_stall").constData(), stall[scenario],
               u"(longest gap of a 10 ms timer on the GUI thread)"_qs);
    }
    return 0;
}
