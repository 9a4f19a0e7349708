#include "AkiValidityRule.h"

#include "FieldValue.h"

#include <QJsonArray>

namespace sinergi {

QString AkiValidityRule::paramProblem(const RuleDef &rule, const DatasetTemplate &tpl) const
{
    Q_UNUSED(tpl)
    const int years = rule.params.value(u"years").toInt(0);
    if (years < 1 || years > 10)
        return tr("\"years\" must be a whole number of years between 1 and 10");
    if (rule.params.contains(u"report_months") && rule.params.value(u"report_months").toInt(0) < 1)
        return tr("\"report_months\" must be a positive number of months");
    if (rule.params.contains(u"status") != rule.params.contains(u"active_statuses"))
        return tr("\"status\" and \"active_statuses\" go together");
    return {};
}

QString AkiValidityRule::validityMessage(int years, const QDate &expected)
{
    return tr("The card is valid for %n year(s) from registration: valid until should be %1.", nullptr, years)
        .arg(expected.toString(Qt::ISODate));
}

QString AkiValidityRule::expiredMessage(const QDate &end)
{
    return tr("The AK/I card expired on %1.").arg(end.toString(Qt::ISODate));
}

QString AkiValidityRule::reportDueMessage(int report, const QDate &due)
{
    return tr("Report %1 was due on %2.").arg(report).arg(due.toString(Qt::ISODate));
}

Problems AkiValidityRule::check(const RuleDef &rule, const QVariantMap &record,
                                const RuleContext &context) const
{
    const QDate registered = fieldvalue::date(record, rule.param(u"registered"_qs));
    if (!registered.isValid())
        return {};
    Problems problems;
    const QString validField = rule.param(u"valid_until"_qs);
    const QDate validUntil = fieldvalue::date(record, validField);
    const int years = rule.params.value(u"years").toInt();
    const QDate expected = registered.addYears(years);
    if (validUntil.isValid() && validUntil != expected)
        problems.append({validField, rule.id, validityMessage(years, expected)});

    // Only a holder who is still looking for work can expire or be late with a report.
    bool active = true;
    if (rule.params.contains(u"status")) {
        const QString status = fieldvalue::text(record, rule.param(u"status"_qs));
        active = false;
        for (const QJsonValue &v : rule.params.value(u"active_statuses").toArray())
            active = active || v.toString() == status;
    }
    if (!active)
        return problems;
    const QDate end = validUntil.isValid() ? validUntil : expected;
    if (context.today > end) {
        problems.append({validField, rule.id, expiredMessage(end), Problem::Severity::Warning});
        return problems;
    }

    const QJsonArray reports = rule.params.value(u"reports").toArray();
    if (reports.isEmpty())
        return problems;
    const int interval = rule.params.value(u"report_months").toInt(6);
    int due = 0;
    while (due < reports.size() && registered.addMonths(interval * (due + 1)) <= context.today)
        ++due;
    int made = 0;
    for (const QJsonValue &v : reports)
        made += fieldvalue::date(record, v.toString()).isValid() ? 1 : 0;
    if (made < due)
        problems.append({reports.at(made).toString(), rule.id,
                         reportDueMessage(made + 1, registered.addMonths(interval * (made + 1))),
                         Problem::Severity::Warning});
    return problems;
}

} // namespace sinergi
