#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace sinergi {

// One column filter of the record grid. Values are given as a user would type them (a QDate or an
// ISO date for date fields); RecordSql converts them to the stored form with recordtable::toStorage.
struct ColumnFilter
{
    enum class Kind {
        Equals,     // field = value
        Contains,   // substring, ASCII case-insensitive (LIKE): a full scan, the price of "contains"
        Prefix,     // starts with value: an index range when the field has an index
        Range,      // value <= field <= value2; either bound may be null (open)
        Empty,      // field has no value
        HasProblems, // the row has validation errors (_errors > 0); field is ignored
        IdIn         // the row's _id is in value (a QList<qint64>, e.g. the records behind a dashboard bar);
                     // field is ignored. Bound as one JSON array parameter, so any number of ids is one query.
    };

    QString field;
    Kind kind = Kind::Equals;
    QVariant value;
    QVariant value2;
};

} // namespace sinergi
