#include "ExcelDate.h"

#include <cmath>

namespace sinergi {

namespace {

const QDate kEpoch1900(1899, 12, 31); // serial 0 ("1900-01-00")
const QDate kEpoch1900Late(1899, 12, 30); // serials from 61 on, past the fictitious leap day
const QDate kEpoch1904(1904, 1, 1);

} // namespace

std::optional<ExcelDate::Value> ExcelDate::fromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > kMaxSerial)
        return std::nullopt;
    double days = std::floor(serial);
    // Round to the second: stored fractions are binary approximations of 1/86400 steps.
    auto seconds = static_cast<qint64>(std::llround((serial - days) * 86400.0));
    if (seconds >= 86400) {
        seconds -= 86400;
        days += 1;
    }
    const auto d = static_cast<qint64>(days);
    Value v;
    if (date1904) {
        v.date = kEpoch1904.addDays(d);
    } else {
        if (d == 60)
            return std::nullopt; // 1900-02-29 does not exist
        v.date = (d < 60 ? kEpoch1900 : kEpoch1900Late).addDays(d);
    }
    v.time = QTime(0, 0).addSecs(static_cast<int>(seconds));
    v.hasTime = seconds != 0;
    if (!v.date.isValid() || v.date.year() > 9999)
        return std::nullopt;
    return v;
}

double ExcelDate::toSerial(QDate date, bool date1904)
{
    if (date1904)
        return static_cast<double>(kEpoch1904.daysTo(date));
    const qint64 late = kEpoch1900Late.daysTo(date);
    return static_cast<double>(late >= 61 ? late : kEpoch1900.daysTo(date));
}

QString ExcelDate::toIso(const Value &value)
{
    if (!value.hasTime)
        return value.date.toString(Qt::ISODate);
    return value.date.toString(Qt::ISODate) + u'T' + value.time.toString(u"HH:mm:ss");
}

} // namespace sinergi
