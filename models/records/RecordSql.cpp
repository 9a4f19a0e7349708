#include "RecordSql.h"

#include "RecordCounts.h"
#include "RecordTable.h"
#include "common/Error.h"

#include <algorithm>

namespace sinergi {

namespace {

const QString kId = QStringLiteral("_id");
const char *const kBookkeeping[] = {"_id", "_version", "_deleted"};

// The variants a prefix is looked up in: as typed, UPPER and Title. Indexes compare bytes (BINARY), and
// names and places are kept either in capitals or in title case, so these three cover what an officer
// types without giving up the index range scan a case-insensitive LIKE would cost.
QStringList prefixVariants(const QString &prefix)
{
    QStringList out{prefix, prefix.toUpper()};
    QString title = prefix.toLower();
    bool start = true;
    for (QChar &c : title) {
        if (start)
            c = c.toUpper();
        start = c.isSpace();
    }
    out << title;
    out.removeDuplicates();
    return out;
}

// The smallest string above every string that starts with prefix (U+10FFFF is the last code point).
QString prefixUpperBound(const QString &prefix)
{
    const char32_t last = 0x10FFFF;
    return prefix + QString::fromUcs4(&last, 1);
}

} // namespace

RecordSql::RecordSql(const DatasetTemplate &tpl, const RecordQuery &query, bool piiVisible)
    : m_piiVisible(piiVisible), m_tpl(tpl), m_query(query),
      m_table(recordtable::quoted(recordtable::tableName(tpl.id())))
{
    for (const FieldDef &f : tpl.fields())
        m_columns << f.name;
    for (const char *c : kBookkeeping)
        m_columns << QString::fromLatin1(c);
    for (const QString &c : std::as_const(m_columns))
        m_selectList += (m_selectList.isEmpty() ? "" : ", ") + recordtable::quoted(c);
    // The validation counts, looked up beside the row (RecordCounts.h), as the last two columns.
    m_columns << u"_errors"_qs << u"_warnings"_qs;
    m_selectList += ", " + recordcounts::errorsOf(tpl.id()) + ", " + recordcounts::warningsOf(tpl.id());

    if (!isSortable(tpl, query.sortColumn))
        throw Error(ErrorCode::InvalidArgument,
                    tr("Column \"%1\" of dataset \"%2\" cannot be sorted (no index)")
                        .arg(query.sortColumn, tpl.id()));
    m_sortIndex = static_cast<int>(m_columns.indexOf(query.sortColumn));
    m_sortColumn = recordtable::quoted(query.sortColumn);

    for (const ColumnFilter &f : query.filters)
        addFilter(f);
    if (!query.quickSearch.trimmed().isEmpty())
        addQuickSearch(query.quickSearch.trimmed());
}

bool RecordSql::isSortable(const DatasetTemplate &tpl, const QString &column)
{
    return sortableColumns(tpl).contains(column);
}

QStringList RecordSql::sortableColumns(const DatasetTemplate &tpl)
{
    // An index (c) is created as (c, _id): exactly the key-paging order. A one-column natural key index
    // is partial (live rows only) but carries the rowid, so it serves the default "not deleted" view.
    QStringList out{kId};
    if (tpl.naturalKey().size() == 1)
        out << tpl.naturalKey().first();
    for (const QStringList &ix : tpl.indexes())
        if (ix.size() == 1 && !out.contains(ix.first()))
            out << ix.first();
    return out;
}

QStringList RecordSql::quickSearchColumns(const DatasetTemplate &tpl)
{
    // What an officer at the counter types: the registration number (natural key), the NIK, a name. Only
    // indexed text columns, so each lookup is an index range scan, never a table scan.
    QStringList out;
    for (const QString &c : sortableColumns(tpl)) {
        const FieldDef *f = tpl.field(c);
        if (f && (f->type == FieldType::Text || f->type == FieldType::Nik))
            out << c;
    }
    return out;
}

void RecordSql::addFilter(const ColumnFilter &filter)
{
    if (filter.kind == ColumnFilter::Kind::HasProblems) {
        m_conditions << recordcounts::hasErrors(m_tpl.id());
        m_walkConditions << recordcounts::hasErrors(m_tpl.id());
        return;
    }
    if (filter.kind == ColumnFilter::Kind::IdIn) {
        // One parameter whatever the number of ids (SQLite limits the parameters of a statement); the
        // rowid lookup serves both forms of the query.
        // Each id once, so that counting the set's live ids (count()) counts rows.
        QList<qint64> ids = filter.value.value<QList<qint64>>();
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        QByteArray json = "[";
        for (const qint64 id : std::as_const(ids))
            json += (json.size() > 1 ? "," : "") + QByteArray::number(id);
        m_idSetSlot = m_conditions.size();
        m_params << QVariant(QString::fromLatin1(json + ']'));
        m_conditions << "_id IN (SELECT value FROM json_each(?))";
        m_walkConditions << "_id IN (SELECT value FROM json_each(?))";
        return;
    }
    const FieldDef *f = m_tpl.field(filter.field);
    if (!f)
        throw Error(ErrorCode::InvalidArgument,
                    tr("Dataset \"%1\" has no field \"%2\"").arg(m_tpl.id(), filter.field));
    if (f->pii && !m_piiVisible)
        throw Error(ErrorCode::PermissionDenied,
                    tr("Filtering on \"%1\" needs the permission to view personal data").arg(f->name));
    const QVariantList paramsBefore = m_params;
    for (const bool walk : {false, true}) {
        if (walk) // the same parameters again would be bound twice: keep one set
            m_params = paramsBefore;
        const QByteArray c =
            (walk && f->name != m_query.sortColumn ? "+" : "") + recordtable::quoted(f->name);
        (walk ? m_walkConditions : m_conditions) << filterCondition(*f, c, filter);
    }
}

QByteArray RecordSql::filterCondition(const FieldDef &f, const QByteArray &c, const ColumnFilter &filter)
{
    switch (filter.kind) {
    case ColumnFilter::Kind::Equals:
        m_params << recordtable::toStorage(f, filter.value);
        return c + " = ?";
    case ColumnFilter::Kind::Contains: {
        QString needle = filter.value.toString();
        needle.replace(u"\\"_qs, u"\\\\"_qs).replace(u"%"_qs, u"\\%"_qs).replace(u"_"_qs, u"\\_"_qs);
        m_params << QVariant(u"%"_qs + needle + u"%"_qs);
        return c + " LIKE ? ESCAPE '\\'";
    }
    case ColumnFilter::Kind::Prefix:
        return prefixCondition(c, filter.value.toString());
    case ColumnFilter::Kind::Range: {
        const QVariant lo = recordtable::toStorage(f, filter.value);
        const QVariant hi = recordtable::toStorage(f, filter.value2);
        QByteArray sql = "1";
        if (!lo.isNull()) {
            sql += " AND " + c + " >= ?";
            m_params << lo;
        }
        if (!hi.isNull()) {
            sql += " AND " + c + " <= ?";
            m_params << hi;
        }
        return '(' + sql + ')';
    }
    case ColumnFilter::Kind::Empty:
        return c + " IS NULL";
    case ColumnFilter::Kind::HasProblems:
    case ColumnFilter::Kind::IdIn:
        break;
    }
    return "1";
}

QByteArray RecordSql::prefixCondition(const QByteArray &column, const QString &prefix)
{
    return prefixCondition(column, prefix, m_params);
}

QByteArray RecordSql::prefixCondition(const QByteArray &column, const QString &prefix,
                                      QVariantList &params) const
{
    QByteArray sql;
    for (const QString &v : prefixVariants(prefix)) {
        sql += (sql.isEmpty() ? "(" : " OR ") + QByteArray("(") + column + " >= ? AND " + column + " < ?)";
        params << QVariant(v) << QVariant(prefixUpperBound(v));
    }
    return sql + ')';
}

void RecordSql::addQuickSearch(const QString &text)
{
    // Both forms bind the same parameters in the same order (per column, per variant: low, high), so one
    // parameter list serves whichever form the pages use.
    QByteArray branches;
    QByteArray scan;
    QVariantList params;
    const bool oneColumnKey = m_tpl.naturalKey().size() == 1;
    for (const QString &c : quickSearchColumns(m_tpl)) {
        if (!m_piiVisible && m_tpl.field(c)->pii)
            continue;
        const QByteArray q = recordtable::quoted(c);
        QVariantList unused;
        scan += (scan.isEmpty() ? "(" : " OR ") + prefixCondition('+' + q, text, unused);
        // One branch per spelling: an OR of ranges inside a branch would not use the partial natural-key
        // index (SQLite plans each OR term without the branch's "_deleted = 0") and scan the table instead.
        for (const QString &v : prefixVariants(text)) {
            QByteArray branch = "SELECT _id FROM " + m_table + " WHERE " + q + " >= ? AND " + q + " < ?";
            params << QVariant(v) << QVariant(prefixUpperBound(v));
            // The natural-key index holds live rows only (it is partial): the branch must say so to use it.
            if (oneColumnKey && c == m_tpl.naturalKey().first() && !m_query.includeDeleted)
                branch += " AND _deleted = 0";
            branches += (branches.isEmpty() ? "" : " UNION ALL ") + branch;
        }
    }
    if (branches.isEmpty()) { // every searchable column is hidden personal data: nothing may match
        m_conditions << "0";
        m_walkConditions << "0";
        return;
    }
    m_quickProbe = branches;
    m_quickParams = params;
    m_quickIndex = "_id IN (" + branches + ')';
    m_quickScan = scan + ')';
    m_quickSlot = m_conditions.size();
    m_conditions << m_quickIndex;
    m_walkConditions << m_quickIndex;
    m_params << params;
}

RecordSql::Bound RecordSql::quickSearchProbe(int limit) const
{
    QVariantList params = m_quickParams;
    params << limit;
    return {"SELECT count(*) FROM (" + m_quickProbe + " LIMIT ?)", params};
}

RecordSql RecordSql::withQuickPlan(QuickPlan plan) const
{
    RecordSql out = *this;
    out.m_quickPlan = plan;
    if (m_quickSlot >= 0)
        out.m_walkConditions[m_quickSlot] = plan == QuickPlan::Scan ? m_quickScan : m_quickIndex;
    return out;
}

QByteArray RecordSql::where(Live live, const QByteArray &extra, bool walkSortOrder) const
{
    QList<QByteArray> all = walkSortOrder ? m_walkConditions : m_conditions;
    if (!m_query.includeDeleted)
        all << (live == Live::LiveFunction ? QByteArray("sinergi_live(_id)") : QByteArray("_deleted = 0"));
    if (!extra.isEmpty())
        all << extra;
    if (all.isEmpty())
        return {};
    QByteArray sql = " WHERE ";
    for (qsizetype i = 0; i < all.size(); ++i)
        sql += (i ? " AND " : "") + all.at(i);
    return sql;
}

QByteArray RecordSql::orderBy(bool ascending) const
{
    const QByteArray dir = ascending ? " ASC" : " DESC";
    if (m_query.sortColumn == kId)
        return " ORDER BY _id" + dir;
    return " ORDER BY " + m_sortColumn + dir + ", _id" + dir;
}

RecordSql::Bound RecordSql::count(Live live) const
{
    // Only an id set (a dashboard click-through): the live ids among them, without a row lookup per id
    // (half a million lookups take seconds at 10^6 rows; sinergi_live answers from memory).
    if (live == Live::LiveFunction && m_idSetSlot == 0 && m_conditions.size() == 1 && !m_query.includeDeleted)
        return {"SELECT count(*) FROM json_each(?) WHERE sinergi_live(value)", m_params};
    return {"SELECT count(*) FROM " + m_table + where(live, {}, false), m_params};
}

QList<RecordSql::Bound> RecordSql::keyScan(Live live, const std::optional<RecordKey> &from, int limit) const
{
    const bool ascending = m_query.order == Qt::AscendingOrder;
    const QByteArray cols = m_query.sortColumn == kId ? QByteArray("_id, _id") : m_sortColumn + ", _id";
    const QByteArray select = "SELECT " + cols + " FROM " + m_table;
    QList<Bound> out;
    const QList<Bound> conditions = from ? keyConditions(*from, false, ascending) : QList<Bound>{Bound{}};
    for (const Bound &cond : conditions) {
        QVariantList params = m_params;
        params << cond.params << limit;
        out << Bound{select + where(live, cond.sql, true) + orderBy(ascending) + " LIMIT ?", params};
    }
    return out;
}

QList<RecordSql::Bound> RecordSql::keyConditions(const RecordKey &key, bool inclusive, bool ascending) const
{
    const QByteArray op = ascending ? (inclusive ? " >= " : " > ") : (inclusive ? " <= " : " < ");
    if (m_query.sortColumn == kId)
        return {{"_id" + op + '?', {key.id}}};
    const QByteArray &c = m_sortColumn;
    if (key.sortValue.isNull()) {
        Bound nulls{c + " IS NULL AND _id" + op + '?', {key.id}};
        if (ascending) // nulls come first: the non-null rows all follow
            return {nulls, {c + " IS NOT NULL", {}}};
        return {nulls};
    }
    Bound values{'(' + c + ", _id)" + op + "(?, ?)", {key.sortValue, key.id}};
    if (ascending)
        return {values};
    return {values, {c + " IS NULL", {}}}; // descending: the nulls come last
}

QList<RecordSql::Bound> RecordSql::page(const std::optional<RecordKey> &from, bool inclusive, bool backwards,
                                        int limit, int offset) const
{
    const bool ascending = (m_query.order == Qt::AscendingOrder) != backwards;
    const QByteArray select = "SELECT " + m_selectList + " FROM " + m_table;
    QList<Bound> out;
    if (!from) {
        QVariantList params = m_params;
        params << limit << offset;
        out << Bound{select + where(Live::DeletedColumn, {}, true) + orderBy(ascending) + " LIMIT ? OFFSET ?",
                     params};
        return out;
    }
    for (const Bound &cond : keyConditions(*from, inclusive, ascending)) {
        QVariantList params = m_params;
        params << cond.params << limit;
        out << Bound{select + where(Live::DeletedColumn, cond.sql, true) + orderBy(ascending) + " LIMIT ?",
                     params};
    }
    return out;
}

RecordKey RecordSql::keyOf(const QVariantList &row) const
{
    return {row.value(m_sortIndex), row.value(idColumnIndex()).toLongLong()};
}

} // namespace sinergi
