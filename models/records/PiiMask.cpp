#include "PiiMask.h"

namespace sinergi::piimask {

bool isNameField(const FieldDef &field)
{
    // Templates name person-name fields "nama", "nama_*" or "*_nama" (petugas_nama).
    return field.type == FieldType::Text &&
           (field.name == u"nama"_qs || field.name.startsWith(u"nama_"_qs) || field.name.endsWith(u"_nama"_qs));
}

QString mask(const FieldDef &field, const QVariant &value)
{
    const QString text = value.isNull() ? QString() : value.toString();
    if (text.isEmpty())
        return {};
    if (field.type == FieldType::Nik)
        return text.left(6) + u"**********"_qs;
    if (isNameField(field))
        return text.left(1) + u"***"_qs;
    return QStringLiteral("\u2022\u2022\u2022");
}

} // namespace sinergi::piimask
