#include "QualitySummary.h"

#include "ProblemTable.h"
#include "datasets/DatasetTemplate.h"
#include "records/RecordCounts.h"
#include "records/RecordTable.h"
#include "store/Database.h"

namespace sinergi {

using recordtable::quoted;
using recordtable::tableName;

QStringList QualitySummary::timelinessKinds()
{
    return {u"aki_expiry"_qs};
}

std::optional<double> QualitySummary::completeness() const
{
    if (expectedValues == 0)
        return std::nullopt;
    return static_cast<double>(filledValues) / static_cast<double>(expectedValues);
}

std::optional<double> QualitySummary::validity() const
{
    if (records == 0)
        return std::nullopt;
    return static_cast<double>(validRecords) / static_cast<double>(records);
}

std::optional<double> QualitySummary::timeliness() const
{
    if (records == 0 || !hasTimeliness)
        return std::nullopt;
    return static_cast<double>(records - untimelyRecords) / static_cast<double>(records);
}

QualitySummary QualitySummary::compute(Database &db, const DatasetTemplate &tpl)
{
    return computeWhere(db, tpl, {}, {});
}

QualitySummary QualitySummary::computeForMonth(Database &db, const DatasetTemplate &tpl, const QString &month)
{
    if (tpl.periodField().isEmpty()) {
        QualitySummary q;
        q.dataset = tpl.id();
        return q;
    }
    return computeWhere(db, tpl, tpl.periodField(), month);
}

// periodField empty: all live records; else only those whose period field starts with month ("2025-06"):
// an ISO text range, so an index on the field is used when there is one.
QualitySummary QualitySummary::computeWhere(Database &db, const DatasetTemplate &tpl,
                                            const QString &periodField, const QString &month)
{
    QByteArray range;
    if (!periodField.isEmpty())
        range = " AND " + quoted(periodField) + " >= ?1 AND " + quoted(periodField) + " < ?2";
    const QString monthEnd = month + u'\x7f';
    QualitySummary q;
    q.dataset = tpl.id();
    QByteArray sql = "SELECT count(*), coalesce(sum(" + recordcounts::errorsOf(tpl.id()) + " = 0), 0)";
    int required = 0;
    for (const FieldDef &f : tpl.fields()) {
        if (!f.required)
            continue;
        ++required;
        sql += ", coalesce(sum(" + quoted(f.name) + " IS NOT NULL AND " + quoted(f.name) + " <> ''), 0)";
    }
    sql += " FROM " + quoted(tableName(tpl.id())) + " WHERE _deleted = 0" + range;
    auto s = db.prepare(sql.constData());
    if (!range.isEmpty())
        s.bindAll(month, monthEnd);
    if (s.step()) {
        q.records = s.int64(0);
        q.validRecords = s.int64(1);
        for (int i = 0; i < required; ++i)
            q.filledValues += s.int64(2 + i);
    }
    q.expectedValues = q.records * required;

    QStringList rules;
    for (const RuleDef &rule : tpl.rules())
        if (timelinessKinds().contains(rule.kind))
            rules << rule.id;
    q.hasTimeliness = !rules.isEmpty();
    for (const QString &rule : std::as_const(rules)) {
        // Rule by rule on the (dataset, rule, severity, record_id) index; with one such rule per template
        // (the usual case) the DISTINCT below is exact.
        if (!range.isEmpty()) {
            // The month's records, each looked up in the (dataset, rule, severity, record_id) index.
            const QByteArray monthSql = "SELECT count(*) FROM " + quoted(tableName(tpl.id())) +
                                        " WHERE _deleted = 0" + range +
                                        " AND EXISTS (SELECT 1 FROM record_problems WHERE dataset = ?3 AND "
                                        "rule = ?4 AND severity = ?5 "
                                        "AND record_id = _id)";
            auto u = db.prepare(monthSql.constData());
            u.bindAll(month, monthEnd, tpl.id(), rule, problemtable::kWarning);
            if (u.step())
                q.untimelyRecords += u.int64(0);
            continue;
        }
        auto u = db.prepare("SELECT count(DISTINCT record_id) FROM record_problems "
                            "WHERE dataset = ?1 AND rule = ?2 AND severity = ?3");
        u.bindAll(tpl.id(), rule, problemtable::kWarning);
        if (u.step())
            q.untimelyRecords += u.int64(0);
    }
    q.untimelyRecords = std::min(q.untimelyRecords, q.records);
    return q;
}

} // namespace sinergi
