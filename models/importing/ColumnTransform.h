#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace sinergi {

// How the values of one source column are turned into what the template field expects, as a mapping
// profile describes it: the spelling of dates, and a map from the source system's codes to ours
// ("Laki-laki" -> "L"). Keys of the value map are compared without case and surrounding spaces.
struct ColumnTransform
{
    enum class DateFormat {
        Auto,        // ISO, Excel serial, or a/b/yyyy in the order the column itself proves (day first if not)
        DayFirst,    // dd/mm/yyyy (also - and .), ISO accepted too
        MonthFirst,  // mm/dd/yyyy, ISO accepted too
        Iso,         // yyyy-mm-dd only
        ExcelSerial  // a day number (1 = 1900-01-01), ISO accepted too
    };

    DateFormat dateFormat = DateFormat::Auto;
    QHash<QString, QString> values; // normalised source value (lower case, trimmed) -> stored value

    // "auto", "dd/mm/yyyy", "mm/dd/yyyy", "yyyy-mm-dd", "excel-serial"
    static std::optional<DateFormat> dateFormatFromName(const QString &name);
    static QString dateFormatName(DateFormat format);
    static QString valueKey(const QString &value) { return value.trimmed().toLower(); }

    // The mapped value, or the input when the map does not name it.
    QString mapValue(const QString &value) const;
};

} // namespace sinergi
