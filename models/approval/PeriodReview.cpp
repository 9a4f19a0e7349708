#include "PeriodReview.h"

#include "PeriodApprovals.h"
#include "datasets/TemplateRegistry.h"
#include "quality/ProblemTable.h"
#include "records/RecordTable.h"
#include "reports/IpkCalculator.h"
#include "reports/ReportPeriod.h"
#include "store/Database.h"

#include <QJsonArray>

namespace sinergi {

using recordtable::quoted;
using recordtable::tableName;

namespace {

// The checks a review always shows, in this order, so "no break" is visible as a passed check.
constexpr IpkBreak::Kind kChecks[] = {IpkBreak::Kind::ClosingNotAMinusB, IpkBreak::Kind::Continuity,
                                      IpkBreak::Kind::NegativeStock, IpkBreak::Kind::NotCounted};

// Problems of the month's live records of one dataset, grouped like problemcounts::query: a range of the
// record table on the period field, each record's findings read through the (dataset, record_id) index.
QList<RuleCount> monthProblems(Database &db, const DatasetTemplate &tpl, const QString &month)
{
    const QByteArray field = quoted(tpl.periodField());
    const QByteArray sql = "SELECT p.rule, p.severity, count(*), count(DISTINCT p.record_id) FROM " +
                           quoted(tableName(tpl.id())) +
                           " AS r JOIN record_problems AS p ON p.dataset = ?1 AND p.record_id = r._id "
                           "WHERE r._deleted = 0 AND r." +
                           field + " >= ?2 AND r." + field +
                           " < ?3 GROUP BY p.rule, p.severity ORDER BY p.severity, p.rule";
    auto s = db.prepare(sql.constData());
    s.bindAll(tpl.id(), month, month + u'\x7f');
    QList<RuleCount> out;
    while (s.step())
        out.append({tpl.id(), s.text(0), s.int32(1), s.int64(2), s.int64(3)});
    return out;
}

QString ratio(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : QString();
}

} // namespace

qint64 PeriodReview::InvariantCheck::recordCount() const
{
    qint64 n = 0;
    for (const IpkBreak &b : breaks)
        n += b.recordCount;
    return n;
}

QString PeriodReview::InvariantCheck::label() const
{
    switch (kind) {
    case IpkBreak::Kind::ClosingNotAMinusB:
        return tr("Closing stock = A − B");
    case IpkBreak::Kind::Continuity:
        return tr("Closing stock = opening stock of the next month");
    case IpkBreak::Kind::NegativeStock:
        return tr("No negative stock");
    case IpkBreak::Kind::NotCounted:
        return tr("Every record counted in the tables");
    }
    return {};
}

QString PeriodReview::InvariantCheck::id() const
{
    switch (kind) {
    case IpkBreak::Kind::ClosingNotAMinusB:
        return u"closing"_qs;
    case IpkBreak::Kind::Continuity:
        return u"continuity"_qs;
    case IpkBreak::Kind::NegativeStock:
        return u"negative_stock"_qs;
    case IpkBreak::Kind::NotCounted:
        return u"not_counted"_qs;
    }
    return {};
}

qint64 PeriodReview::problemCount(int severity) const
{
    qint64 n = 0;
    for (const RuleCount &c : problems)
        if (c.severity == severity)
            n += c.problems;
    return n;
}

int PeriodReview::brokenInvariants() const
{
    int n = 0;
    for (const InvariantCheck &c : invariants)
        if (c.isError() && !c.ok())
            ++n;
    return n;
}

QJsonObject PeriodReview::summary() const
{
    QJsonObject o;
    o.insert(u"period"_qs, period);
    o.insert(u"errors"_qs, problemCount(problemtable::kError));
    o.insert(u"warnings"_qs, problemCount(problemtable::kWarning));
    QJsonObject byRule;
    for (const RuleCount &c : problems) {
        const QString key =
            c.dataset + u'.' + c.rule + (c.severity == problemtable::kError ? u".error"_qs : u".warning"_qs);
        byRule.insert(key, c.problems);
    }
    o.insert(u"problems"_qs, byRule);
    QJsonObject checks;
    for (const InvariantCheck &c : invariants)
        checks.insert(c.id(), c.ok() ? QJsonValue(u"ok"_qs) : QJsonValue(c.recordCount()));
    o.insert(u"ipk_checks"_qs, checks);
    QJsonObject quality;
    for (const QualitySummary &q : this->quality) {
        QJsonObject d;
        d.insert(u"records"_qs, q.records);
        d.insert(u"completeness"_qs, ratio(q.completeness()));
        d.insert(u"validity"_qs, ratio(q.validity()));
        d.insert(u"timeliness"_qs, ratio(q.timeliness()));
        quality.insert(q.dataset, d);
    }
    o.insert(u"quality"_qs, quality);
    return o;
}

PeriodReview PeriodReview::gather(Database &db, const TemplateRegistry &templates,
                                  const LabourSnapshot &snapshot, const IpkFormSet &forms,
                                  const ReportRules &rules, const QString &period)
{
    PeriodApprovals::requireMonth(period);
    PeriodReview review;
    review.period = period;
    for (const DatasetTemplate &tpl : templates.templates()) {
        if (tpl.periodField().isEmpty())
            continue;
        review.problems += monthProblems(db, tpl, period);
        review.quality.append(QualitySummary::computeForMonth(db, tpl, period));
    }
    // Errors first across datasets, then dataset and rule, as the problems panel orders them.
    std::stable_sort(
        review.problems.begin(), review.problems.end(), [](const RuleCount &a, const RuleCount &b) {
            return std::tie(a.severity, a.dataset, a.rule) < std::tie(b.severity, b.dataset, b.rule);
        });

    const IpkCalculator calculator(snapshot, rules);
    const IpkReport report = calculator.compute(forms, ReportPeriod::parse(period));
    for (IpkBreak::Kind kind : kChecks) {
        InvariantCheck check;
        check.kind = kind;
        for (const IpkBreak &b : report.breaks)
            if (b.kind == kind)
                check.breaks.append(b);
        review.invariants.append(check);
    }
    return review;
}

} // namespace sinergi
