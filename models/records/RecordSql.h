#pragma once

#include "RecordKey.h"
#include "RecordQuery.h"
#include "datasets/DatasetTemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVariantList>

#include <optional>

namespace sinergi {

// Turns a RecordQuery into SQL for the dataset's table rec_<id>. Identifiers come only from the template
// (whose parser allows [a-z][a-z0-9_]*) and are quoted; every value is a bound parameter.
//
// Row layout of page queries (columns()): the template fields in order, then _id, _version, _deleted,
// _errors, _warnings (the validation counts, looked up in the counts table).
//
// Sorting is restricted to columns with an index of exactly (column, _id) (plus _id and a one-column
// natural key): keyset paging then is an index range scan. Measured at 1M rows, an ORDER BY on a column
// without such an index costs a full table scan and sort for every page (~2 s), so it is not offered.
class RecordSql
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::RecordSql)
public:
    // How "not deleted" is tested. DeletedColumn reads _deleted from the table row. LiveFunction calls
    // sinergi_live(_id) (LiveRowSet), which needs only the rowid that every index carries, so counts and
    // key scans over an index never touch the table.
    enum class Live { DeletedColumn, LiveFunction };

    struct Bound
    {
        QByteArray sql;
        QVariantList params;
    };

    // Throws Error(InvalidArgument) for an unknown or unsortable column, or a filter on an unknown field.
    // Without piiVisible (a session lacking ViewPii) a filter on a PII field throws PermissionDenied and
    // quick search skips PII columns: matching on a value is a way to learn it, masked or not.
    RecordSql(const DatasetTemplate &tpl, const RecordQuery &query, bool piiVisible = true);

    // How pages find quick-search matches. Neither plan suits every search at 1M rows:
    //  - Index: the matching ids come from index range scans (one per searched column) and pages read those
    //    rows only. Cost grows with the number of matches, so it is right for the usual search (a name, a
    //    NIK, a registration number: few matches) and wrong for "a" (every registration number matches).
    //  - Scan: the page walks the sort order and tests each row, stopping after a page of matches. Cost
    //    grows with how rare the matches are: right when they are many, a full scan when they are few.
    // The fetch worker probes the indexes (quickSearchProbe) and picks one; counts always use the index
    // form, whose cost is bounded by the matches.
    enum class QuickPlan { Index, Scan };
    bool hasQuickSearch() const { return !m_quickIndex.isEmpty(); }
    // SELECT count(*) of at most `limit` matching index entries (index-only, stops at limit).
    Bound quickSearchProbe(int limit) const;
    QuickPlan quickPlan() const { return m_quickPlan; }
    // A copy that pages with the given plan.
    RecordSql withQuickPlan(QuickPlan plan) const;

    static bool isSortable(const DatasetTemplate &tpl, const QString &column);
    static QStringList sortableColumns(const DatasetTemplate &tpl);
    static QStringList quickSearchColumns(const DatasetTemplate &tpl);

    const QStringList &columns() const { return m_columns; }
    int sortColumnIndex() const { return m_sortIndex; }
    int idColumnIndex() const { return static_cast<int>(m_tpl.fields().size()); }
    const RecordQuery &query() const { return m_query; }
    const DatasetTemplate &dataset() const { return m_tpl; }
    // True when nothing but the deleted flag restricts the rows.
    bool isUnfiltered() const { return m_conditions.isEmpty(); }

    Bound count(Live live) const;
    // (sort value, _id) of matching rows in the model's order, after `from` when given, at most `limit`
    // (segments as for page()): the resumable scan the position index is built from.
    QList<Bound> keyScan(Live live, const std::optional<RecordKey> &from, int limit) const;
    // Up to `limit` rows in the model's order after `from` (or at it, when inclusive), or before it when
    // backwards (then in reverse order: the caller reverses). Without a key the rows start at the first
    // (or, backwards, the last) row, skipping `offset`. A key with a null sort value needs two segments
    // (SQLite sorts nulls first and a row-value comparison with null is never true): run them in order
    // until `limit` rows came.
    QList<Bound> page(const std::optional<RecordKey> &from, bool inclusive, bool backwards, int limit,
                      int offset = 0) const;

    RecordKey keyOf(const QVariantList &row) const;

private:
    QByteArray where(Live live, const QByteArray &extra, bool walkSortOrder) const;
    QByteArray orderBy(bool ascending) const;
    QList<Bound> keyConditions(const RecordKey &key, bool inclusive, bool ascending) const;
    void addFilter(const ColumnFilter &filter);
    QByteArray filterCondition(const FieldDef &field, const QByteArray &column, const ColumnFilter &filter);
    void addQuickSearch(const QString &text);
    QByteArray prefixCondition(const QByteArray &column, const QString &prefix);
    QByteArray prefixCondition(const QByteArray &column, const QString &prefix, QVariantList &params) const;

    bool m_piiVisible = true;

    DatasetTemplate m_tpl;
    RecordQuery m_query;
    QStringList m_columns;
    int m_sortIndex = 0;
    QByteArray m_table;
    QByteArray m_sortColumn;
    QByteArray m_selectList;
    QList<QByteArray> m_conditions; // ANDed
    // The same conditions with filter columns other than the sort column written "+column", which keeps
    // SQLite from answering an ORDER BY ... LIMIT through the filter's index plus a sort of every match
    // (measured: 2.8 s for "status = ?" at 100k rows); pages and key scans walk the sort index instead.
    QList<QByteArray> m_walkConditions;
    QVariantList m_params; // for m_conditions, in order
    // Quick search: position of its condition in m_conditions/m_walkConditions, the index form
    // ("_id IN (...)") and the scan form (an OR over "+column" ranges, which keeps SQLite on the sort order).
    qsizetype m_quickSlot = -1;
    qsizetype m_idSetSlot = -1; // the IdIn condition's index in m_conditions
    QByteArray m_quickIndex;
    QByteArray m_quickScan;
    QByteArray m_quickProbe; // the UNION ALL of index range scans inside m_quickIndex
    QVariantList m_quickParams;
    QuickPlan m_quickPlan = QuickPlan::Index;
};

} // namespace sinergi
