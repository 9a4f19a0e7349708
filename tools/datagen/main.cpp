// sinergi-datagen: synthetic labour-office data for one regency (see README.md). Everything it writes is
// generated at random; no real person's data is involved.
#include "DataGenerator.h"
#include "common/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace sinergi;
using namespace sinergi::datagen;

namespace {
qint64 countOption(const QCommandLineParser &p, const QString &name, qint64 fallback)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < 0)
        throw Error(ErrorCode::InvalidArgument, u"--%1 needs a non-negative whole number"_qs.arg(name));
    return v;
}

double rateOption(const QCommandLineParser &p, const QString &name)
{
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok)
        throw Error(ErrorCode::InvalidArgument, u"--%1 needs a number such as 0.02"_qs.arg(name));
    return v;
}

QDate dateOption(const QCommandLineParser &p, const QString &name, const QDate &fallback)
{
    if (!p.isSet(name))
        return fallback;
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    if (!d.isValid())
        throw Error(ErrorCode::InvalidArgument, u"--%1 needs a date yyyy-MM-dd"_qs.arg(name));
    return d;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sinergi-datagen"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(SINERGI_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(u"Writes realistic SYNTHETIC labour-office datasets for one regency "
                                u"(one CSV per dataset, ground_truth.csv, manifest.json)."_qs);
    p.addHelpOption();
    p.addVersionOption();
    const DatagenConfig defaults;
    const auto opt = [&](const char16_t *name, const QString &help, const QString &value = u"N"_qs,
                         const QString &def = {}) {
        p.addOption(QCommandLineOption(QString::fromUtf16(name), help, value, def));
    };
    opt(u"regency", u"Kemendagri kab/kota code, e.g. 33.73"_qs, u"CODE"_qs, defaults.regency);
    opt(u"seed", u"Random seed (unsigned 64-bit); same seed, same bytes"_qs, u"N"_qs, u"42"_qs);
    opt(u"out", u"Output directory (created if missing)"_qs, u"DIR"_qs);
    opt(u"job-seekers", u"AK/I card holders (default 10000)"_qs);
    opt(u"vacancies", u"Vacancies (default job seekers / 10, at least 20)"_qs);
    opt(u"employers", u"Employers (default job seekers / 30, at least 10)"_qs);
    opt(u"placements", u"Placed job seekers (default 30 % of job seekers)"_qs);
    opt(u"training-programs", u"Training programmes (default participants / 20)"_qs);
    opt(u"participants", u"Training participants (default job seekers / 12)"_qs);
    opt(u"employed", u"Employed-population records (default job seekers / 2)"_qs);
    opt(u"foreign-workers", u"Foreign workers (default job seekers / 150)"_qs);
    opt(u"error-rate", u"Fraction of records given one detectable defect"_qs, u"RATE"_qs, u"0"_qs);
    opt(u"duplicate-rate", u"Fraction of records repeated later in the file"_qs, u"RATE"_qs, u"0"_qs);
    opt(u"format", u"Output format (csv)"_qs, u"FORMAT"_qs, u"csv"_qs);
    opt(u"from", u"First registration date (default 2024-01-01)"_qs, u"DATE"_qs);
    opt(u"to", u"Last date of the period (default 2025-12-31)"_qs, u"DATE"_qs);
    p.process(app);

    try {
        DatagenConfig cfg;
        cfg.regency = p.value(u"regency"_qs);
        bool ok = false;
        cfg.seed = p.value(u"seed"_qs).toULongLong(&ok);
        if (!ok)
            throw Error(ErrorCode::InvalidArgument, u"--seed needs an unsigned whole number"_qs);
        cfg.outDir = p.value(u"out"_qs);
        cfg.jobSeekers = countOption(p, u"job-seekers"_qs, cfg.jobSeekers);
        cfg.vacancies = countOption(p, u"vacancies"_qs, -1);
        cfg.employers = countOption(p, u"employers"_qs, -1);
        cfg.placements = countOption(p, u"placements"_qs, -1);
        cfg.trainingPrograms = countOption(p, u"training-programs"_qs, -1);
        cfg.participants = countOption(p, u"participants"_qs, -1);
        cfg.employed = countOption(p, u"employed"_qs, -1);
        cfg.foreignWorkers = countOption(p, u"foreign-workers"_qs, -1);
        cfg.errorRate = rateOption(p, u"error-rate"_qs);
        cfg.duplicateRate = rateOption(p, u"duplicate-rate"_qs);
        cfg.from = dateOption(p, u"from"_qs, cfg.from);
        cfg.to = dateOption(p, u"to"_qs, cfg.to);
        if (p.value(u"format"_qs) != u"csv")
            throw Error(ErrorCode::InvalidArgument, u"--format: only csv is supported"_qs);
        if (cfg.to > QDate::currentDate())
            std::fprintf(stderr, "warning: --to is in the future; dates after today fail the \"not in the "
                                 "future\" checks when imported today\n");

        QElapsedTimer timer;
        timer.start();
        const auto result = DataGenerator::run(cfg);
        long long rows = 0;
        for (const DatasetSummary &d : result.datasets) {
            std::printf("%-18s %10lld rows (%lld errors, %lld duplicates)\n", d.id.c_str(), d.rows, d.errors,
                        d.duplicates);
            rows += d.rows;
        }
        std::printf("ground_truth       %10lld rows\n", result.groundTruthRows);
        std::printf("%lld rows in %.2f s -> %s\n", rows, double(timer.nsecsElapsed()) / 1e9,
                    qPrintable(cfg.outDir));
        return 0;
    } catch (const Error &e) {
        std::fprintf(stderr, "sinergi-datagen: %s\n",
                     qPrintable(e.detail().isEmpty() ? e.userMessage() : e.detail()));
        return 2;
    }
}
