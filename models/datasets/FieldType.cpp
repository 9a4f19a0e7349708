#include "FieldType.h"

#include <array>
#include <utility>

namespace sinergi {

namespace {
const std::array<std::pair<FieldType, const char16_t *>, 9> kNames = {{
    {FieldType::Text, u"text"},
    {FieldType::Integer, u"integer"},
    {FieldType::Decimal, u"decimal"},
    {FieldType::Date, u"date"},
    {FieldType::Bool, u"bool"},
    {FieldType::Code, u"code"},
    {FieldType::Nik, u"nik"},
    {FieldType::Phone, u"phone"},
    {FieldType::Email, u"email"},
}};
} // namespace

QString fieldTypeName(FieldType type)
{
    for (const auto &[t, name] : kNames) {
        if (t == type)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    for (const auto &[t, n] : kNames) {
        if (name == QStringView(n))
            return t;
    }
    return std::nullopt;
}

} // namespace sinergi
