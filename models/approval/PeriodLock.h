#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVariant>

namespace sinergi {

class Database;
class DatasetTemplate;

// Which writes an approved month forbids (docs/approval.md). A record belongs to the month its template's
// period_field names (the value's first seven characters, "2025-06"); a record without one (an empty or
// unreadable date, a year-only period, a dataset without period_field) belongs to no month and is never
// locked. A write is refused when the record's month before OR after the write is approved, so a record can
// neither be changed inside an approved month nor be moved into or out of one.
class PeriodLock
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::PeriodLock)
public:
    // "yyyy-MM" of a stored or typed period value, empty when it names no month.
    static QString monthOf(const QVariant &value);

    // Throws PolicyViolation (with lockedMessage) when oldValue's or newValue's month is approved. One
    // small query, and only when one of them names a month. Pass an invalid QVariant for "no value".
    static void requireWritable(Database &db, const DatasetTemplate &tpl, const QVariant &oldValue,
                                const QVariant &newValue);

    // Translated: what is locked, since when it cannot change, and who can reopen it.
    static QString lockedMessage(const QString &month);
};

} // namespace sinergi
