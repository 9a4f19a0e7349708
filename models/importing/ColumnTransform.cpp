#include "ColumnTransform.h"

namespace sinergi {

std::optional<ColumnTransform::DateFormat> ColumnTransform::dateFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == u"auto")
        return DateFormat::Auto;
    if (n == u"dd/mm/yyyy" || n == u"dd-mm-yyyy" || n == u"dd.mm.yyyy")
        return DateFormat::DayFirst;
    if (n == u"mm/dd/yyyy")
        return DateFormat::MonthFirst;
    if (n == u"yyyy-mm-dd" || n == u"iso")
        return DateFormat::Iso;
    if (n == u"excel-serial" || n == u"serial")
        return DateFormat::ExcelSerial;
    return std::nullopt;
}

QString ColumnTransform::dateFormatName(DateFormat format)
{
    switch (format) {
    case DateFormat::Auto: return u"auto"_qs;
    case DateFormat::DayFirst: return u"dd/mm/yyyy"_qs;
    case DateFormat::MonthFirst: return u"mm/dd/yyyy"_qs;
    case DateFormat::Iso: return u"yyyy-mm-dd"_qs;
    case DateFormat::ExcelSerial: return u"excel-serial"_qs;
    }
    return {};
}

QString ColumnTransform::mapValue(const QString &value) const
{
    if (values.isEmpty())
        return value;
    const auto it = values.constFind(valueKey(value));
    return it == values.constEnd() ? value : it.value();
}

} // namespace sinergi
