#pragma once

#include <QDate>
#include <QString>

#include <cstdint>

namespace sinergi::datagen {

// What to generate. Counts are distinct records; injected duplicates come on top (see README). A count
// of -1 means "scale from jobSeekers" (resolved by resolveDefaults), so `--job-seekers 1000000` alone
// gives a regency of consistent proportions.
struct DatagenConfig
{
    QString regency = QStringLiteral("33.73");
    std::uint64_t seed = 42;
    QString outDir;
    qint64 jobSeekers = 10000;
    qint64 vacancies = -1;
    qint64 employers = -1;
    qint64 placements = -1;
    qint64 trainingPrograms = -1;
    qint64 participants = -1;
    qint64 employed = -1;
    qint64 foreignWorkers = -1;
    double errorRate = 0.0;
    double duplicateRate = 0.0;
    QDate from = QDate(2024, 1, 1);
    QDate to = QDate(2025, 12, 31);

    // Fills the -1 counts and checks ranges; throws Error(InvalidArgument) naming the bad option.
    void resolveDefaults();
};

} // namespace sinergi::datagen
