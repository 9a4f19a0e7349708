#include "FieldValue.h"

namespace sinergi::fieldvalue {

bool isEmpty(const QVariant &value)
{
    return !value.isValid() || value.isNull() || text(value).isEmpty();
}

QString text(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString().trimmed();
}

QDate date(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    const QString s = text(value);
    // QDate::fromString(ISODate) also accepts trailing time parts; a date field must be exactly a date.
    if (s.size() != 10)
        return {};
    return QDate::fromString(s, Qt::ISODate);
}

} // namespace sinergi::fieldvalue
