#pragma once

#include <QDate>

#include <cstdint>
#include <vector>

namespace sinergi::datagen {

class Rng;

// Spreads N registrations over [from, to] in date order with the office's rhythm: none on Sundays, few on
// Saturdays, more in January and after the school year ends (June-August), when graduates register.
// Row i gets the day at quantile (i + u) / N of the weighted calendar, so dates never go backwards and
// registration numbers can be issued in order while streaming.
class RegistrationCalendar
{
public:
    RegistrationCalendar(const QDate &from, const QDate &to);
    QDate day(Rng &rng, std::uint64_t index, std::uint64_t count) const;

private:
    QDate m_from;
    std::vector<std::uint64_t> m_cumulative; // running weight up to and including each day
};

} // namespace sinergi::datagen
