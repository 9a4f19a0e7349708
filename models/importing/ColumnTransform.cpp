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

namespace {

// Whether valueKey(text) is text itself: trimmed and lower case. Decided for ASCII only (anything else
// goes through valueKey), which is what codes are.
bool isOwnKey(const QString &text)
{
    if (text.isEmpty() || text.front().unicode() <= u' ' || text.back().unicode() <= u' ')
        return false;
    for (const QChar c : text)
        if (c.unicode() >= 0x80 || (c.unicode() >= u'A' && c.unicode() <= u'Z'))
            return false;
    return true;
}

} // namespace

QString ColumnTransform::mapValue(const QString &value) const
{
    if (values.isEmpty())
        return value;
    // Most cells of a code column are already codes in key form (33.73.01, 3199, terdaftar): looked up as
    // they are, without the two copies valueKey() makes for every cell of a bulk import.
    const auto it = isOwnKey(value) ? values.constFind(value) : values.constFind(valueKey(value));
    return it == values.constEnd() ? value : it.value();
}

} // namespace sinergi
