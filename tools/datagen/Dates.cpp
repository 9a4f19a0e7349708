#include "Dates.h"

#include <QString>

namespace sinergi::datagen::dates {

namespace {
void appendDigits(std::string &out, int value, int width)
{
    char buf[8];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buf, static_cast<std::size_t>(width));
}
} // namespace

void appendIso(std::string &out, const QDate &date)
{
    // Civil date from the day count (H. Hinnant's algorithm): QDate::getDate goes through the calendar
    // system and showed up in profiles at several dates per row.
    const qint64 z = date.toJulianDay() - 2440588 + 719468; // days since 0000-03-01
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    appendDigits(out, y, 4);
    out.push_back('-');
    appendDigits(out, m, 2);
    out.push_back('-');
    appendDigits(out, d, 2);
}

std::string iso(const QDate &date)
{
    std::string s;
    appendIso(s, date);
    return s;
}

QDate parseIso(const std::string &text)
{
    if (text.size() != 10)
        return {};
    return QDate::fromString(QString::fromLatin1(text.data(), 10), Qt::ISODate);
}

QDate clamp(const QDate &d, const QDate &lo, const QDate &hi)
{
    return d < lo ? lo : (d > hi ? hi : d);
}

} // namespace sinergi::datagen::dates
