#include "DateOrderRule.h"

#include "DatasetTemplate.h"
#include "FieldValue.h"

#include <QJsonArray>

namespace sinergi {

QString DateOrderRule::paramProblem(const RuleDef &rule, const DatasetTemplate &tpl) const
{
    const QJsonArray fields = rule.params.value(u"fields").toArray();
    if (fields.size() < 2 && !rule.params.value(u"not_after_today").toBool())
        return tr("\"fields\" needs at least two date fields (or one with \"not_after_today\")");
    for (const QJsonValue &v : fields) {
        const FieldDef *f = tpl.field(v.toString());
        if (f && f->type != FieldType::Date)
            return tr("field \"%1\" is not a date field").arg(f->name);
    }
    if (rule.params.contains(u"not_after_today") && !rule.params.value(u"not_after_today").isBool())
        return tr("\"not_after_today\" must be true or false");
    return {};
}

Problems DateOrderRule::check(const RuleDef &rule, const QVariantMap &record, const RuleContext &context) const
{
    Problems problems;
    QString previousField;
    QDate previous;
    const bool notAfterToday = rule.params.value(u"not_after_today").toBool();
    for (const QJsonValue &v : rule.params.value(u"fields").toArray()) {
        const QString field = v.toString();
        const QDate d = fieldvalue::date(record, field);
        if (!d.isValid())
            continue; // missing dates are the required check's business; compare the ones present
        if (previous.isValid() && d < previous)
            problems.append({field, rule.id, tr("%1 is before %2.").arg(field, previousField)});
        if (notAfterToday && d > context.today)
            problems.append({field, rule.id, tr("%1 is in the future.").arg(field)});
        previous = d;
        previousField = field;
    }
    return problems;
}

} // namespace sinergi
