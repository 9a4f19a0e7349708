#pragma once

#include "ColumnFilter.h"

#include <QList>
#include <QString>

namespace sinergi {

// What the record grid shows: one dataset, one order, filters. Plain data; RecordSql turns it into SQL.
struct RecordQuery
{
    QString dataset;
    // "_id" (insertion order) or a field that RecordSql::isSortable accepts.
    QString sortColumn = QStringLiteral("_id");
    Qt::SortOrder order = Qt::AscendingOrder;
    QList<ColumnFilter> filters; // all must hold
    // Prefix match on the quick-search columns (RecordSql::quickSearchColumns); empty = none.
    QString quickSearch;
    bool includeDeleted = false;
};

} // namespace sinergi
