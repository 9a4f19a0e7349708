#include "DatagenConfig.h"

#include "common/Error.h"

#include <algorithm>

namespace sinergi::datagen {

namespace {
void fill(qint64 &value, qint64 scaled)
{
    if (value < 0)
        value = scaled;
}

void requireNonNegative(qint64 value, const char16_t *option)
{
    if (value < 0)
        throw Error(ErrorCode::InvalidArgument,
                    u"--%1 must not be negative"_qs.arg(QString::fromUtf16(option)));
}
} // namespace

void DatagenConfig::resolveDefaults()
{
    requireNonNegative(jobSeekers, u"job-seekers");
    // Proportions of a mid-sized regency: about 3 in 10 registered job seekers are placed in the period,
    // one vacancy per 10 job seekers, one employer per 30.
    fill(placements, jobSeekers * 3 / 10);
    fill(vacancies, std::max<qint64>(20, jobSeekers / 10));
    fill(employers, std::max<qint64>(10, jobSeekers / 30));
    fill(participants, jobSeekers / 12);
    fill(trainingPrograms, std::max<qint64>(participants > 0 ? 1 : 0, participants / 20));
    fill(employed, jobSeekers / 2);
    fill(foreignWorkers, jobSeekers / 150);

    if (placements > jobSeekers)
        throw Error(ErrorCode::InvalidArgument,
                    u"--placements (%1) cannot exceed --job-seekers (%2): each placement "
                    u"is one job seeker"_qs.arg(placements)
                        .arg(jobSeekers));
    if ((vacancies > 0 || foreignWorkers > 0) && employers == 0)
        throw Error(ErrorCode::InvalidArgument, u"vacancies and foreign workers need --employers > 0"_qs);
    if (participants > 0 && trainingPrograms == 0)
        throw Error(ErrorCode::InvalidArgument, u"participants need --training-programs > 0"_qs);
    if (errorRate < 0 || errorRate > 1 || duplicateRate < 0 || duplicateRate > 1)
        throw Error(ErrorCode::InvalidArgument,
                    u"--error-rate and --duplicate-rate are fractions in [0, 1]"_qs);
    if (!from.isValid() || !to.isValid() || to < from)
        throw Error(ErrorCode::InvalidArgument,
                    u"--from and --to must be dates (yyyy-MM-dd) with from <= to"_qs);
    if (from.year() < 1990)
        throw Error(ErrorCode::InvalidArgument,
                    u"--from must be 1990-01-01 or later (AK/I registration dates)"_qs);
}

} // namespace sinergi::datagen
