#pragma once

#include "datasets/FieldDef.h"
#include "importing/ColumnMapping.h"
#include "importing/ExcelPitfalls.h"
#include "importing/TabularCell.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>
#include <QVariantMap>

#include <vector>

namespace sinergi {

class DatasetTemplate;

// Turns one source row into the values the record table stores, following the mapping: strips the
// apostrophe Excel users type before numbers, maps codes, reads dates in the column's format and refuses
// values that cannot be stored faithfully. A refused row is rejected with a reason the user can act on
// (digits lost to scientific notation, a date that is not a date); ordinary validation problems are not
// decided here.
class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::RowConverter)
public:
    RowConverter(const DatasetTemplate &tpl, const ColumnMapping &mapping, bool date1904 = false);

    // The order a/b/yyyy dates of a column are read in (from ExcelPitfalls::analyzeDateColumn).
    void setDateOrder(const QString &field, ExcelPitfalls::DateOrder order);
    // Off: Result::record stays empty (the importer validates the values with a CompiledValidator and
    // has no use for a map per row).
    void setFillRecord(bool fill) { m_fillRecord = fill; }

    struct Result
    {
        std::vector<QVariant> values; // one per mapping column, storage form (RecordTable::toStorage)
        QVariantMap record;           // the same by field name, for validation
        QStringList rejectReasons;    // empty: the row can be stored
    };
    // cells are the file's columns; missing trailing cells count as empty.
    void convert(const QList<TabularCell> &cells, Result &out) const;

    // The text a cell gives before conversion (apostrophe stripped, trimmed).
    static QString cellText(const TabularCell &cell);

private:
    struct Target
    {
        const FieldDef *field = nullptr;
        int source = -1;
        ColumnTransform transform;
        ExcelPitfalls::DateOrder order = ExcelPitfalls::DateOrder::DayFirst;
        bool identifier = false; // digits that Excel may have cut (NIK, phone, natural key, digit codes)
    };
    QVariant dateValue(const Target &t, const QString &text, QStringList &reasons) const;
    void fillRecord(Result &out) const;

    std::vector<Target> m_targets;
    std::vector<size_t> m_byName; // indexes into m_targets, ordered by field name (the record's order)
    bool m_date1904 = false;
    bool m_fillRecord = true;
};

} // namespace sinergi
