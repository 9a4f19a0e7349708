#pragma once

#include <QDate>
#include <QTime>

#include <optional>

namespace sinergi {

// Excel stores dates as a day count ("serial") with the time as the fraction of a day.
// 1900 system (Windows default): serial 1 = 1900-01-01, and Excel keeps Lotus 1-2-3's bug of a
// 1900-02-29 (serial 60), so serials from 61 on are one day ahead of a plain count.
// 1904 system (old Mac workbooks, workbookPr date1904): serial 0 = 1904-01-01.
class ExcelDate
{
public:
    struct Value
    {
        QDate date;
        QTime time;          // midnight when the serial has no fraction
        bool hasTime = false; // the fraction is not zero (to the second)
    };

    static constexpr double kMaxSerial = 2958465.999999; // 9999-12-31T23:59:59

    // nullopt for negative serials, beyond 9999-12-31, and the fictitious 1900-02-29.
    static std::optional<Value> fromSerial(double serial, bool date1904 = false);
    // The inverse for whole dates (tests, exports).
    static double toSerial(QDate date, bool date1904 = false);
    // yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ss when there is a time.
    static QString toIso(const Value &value);
};

} // namespace sinergi
