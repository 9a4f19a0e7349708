#include "RegistrationCalendar.h"

#include "Rng.h"

#include <algorithm>

namespace sinergi::datagen {

RegistrationCalendar::RegistrationCalendar(const QDate &from, const QDate &to) : m_from(from)
{
    static constexpr int kMonth[] = {12, 10, 10, 10, 10, 13, 15, 14, 10, 10, 10, 9};
    std::uint64_t total = 0;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const int dow = d.dayOfWeek();
        const int weekday = dow == 7 ? 0 : (dow == 6 ? 3 : 10);
        total += std::uint64_t(weekday * kMonth[d.month() - 1]);
        m_cumulative.push_back(total);
    }
    if (total == 0) { // a period of Sundays only: fall back to a flat calendar
        for (std::size_t i = 0; i < m_cumulative.size(); ++i)
            m_cumulative[i] = i + 1;
    }
}

QDate RegistrationCalendar::day(Rng &rng, std::uint64_t index, std::uint64_t count) const
{
    const std::uint64_t total = m_cumulative.back();
    // floor((index + u) * total / count) with u uniform: monotone in index, exact integer arithmetic.
    const std::uint64_t target = (index * total + rng.below(total)) / count;
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    const auto offset =
        std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1);
    return m_from.addDays(offset);
}

} // namespace sinergi::datagen
