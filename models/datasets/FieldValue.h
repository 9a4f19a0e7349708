#pragma once

#include <QDate>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace sinergi::fieldvalue {

// Records reach validation either typed (from the store: QDate, qint64) or as text (from an import
// preview). These helpers read both the same way so rules need not care.
bool isEmpty(const QVariant &value);
QString text(const QVariant &value);
// ISO yyyy-MM-dd only; other spellings are the importer's job. Invalid QDate when absent or unreadable.
QDate date(const QVariant &value);

inline QString text(const QVariantMap &record, const QString &field) { return text(record.value(field)); }
inline QDate date(const QVariantMap &record, const QString &field) { return date(record.value(field)); }

} // namespace sinergi::fieldvalue
