#pragma once

#include <QDate>

#include <cstdint>
#include <string>

namespace sinergi::datagen::dates {

// yyyy-MM-dd appended without going through QString (called several times per generated row).
void appendIso(std::string &out, const QDate &date);
std::string iso(const QDate &date);
// Parses yyyy-MM-dd; invalid QDate otherwise. Only used on the few rows that get a defect.
QDate parseIso(const std::string &text);
// Clamp to [lo, hi].
QDate clamp(const QDate &d, const QDate &lo, const QDate &hi);
// Uniform day in [lo, hi]; lo <= hi.
template <typename R> QDate uniformDay(R &rng, const QDate &lo, const QDate &hi)
{
    return lo.addDays(static_cast<qint64>(rng.below(static_cast<std::uint64_t>(lo.daysTo(hi)) + 1)));
}

} // namespace sinergi::datagen::dates
