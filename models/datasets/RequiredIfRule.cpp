#include "RequiredIfRule.h"

#include "FieldValue.h"

#include <QJsonArray>

namespace sinergi {

QString RequiredIfRule::paramProblem(const RuleDef &rule, const DatasetTemplate &tpl) const
{
    Q_UNUSED(tpl)
    const QJsonValue equals = rule.params.value(u"equals");
    if (!equals.isArray() || equals.toArray().isEmpty())
        return tr("\"equals\" must be a non-empty list of values");
    return {};
}

Problems RequiredIfRule::check(const RuleDef &rule, const QVariantMap &record, const RuleContext &context) const
{
    Q_UNUSED(context)
    const QString field = rule.param(u"field"_qs);
    const QString whenField = rule.param(u"when_field"_qs);
    const QString when = fieldvalue::text(record, whenField);
    bool matches = false;
    for (const QJsonValue &v : rule.params.value(u"equals").toArray())
        matches = matches || v.toString() == when;
    const bool empty = fieldvalue::isEmpty(record.value(field));
    if (matches && empty)
        return {{field, rule.id, tr("%1 is required when %2 is %3.").arg(field, whenField, when)}};
    if (!matches && !empty && rule.params.value(u"only_then").toBool())
        return {{field, rule.id, tr("%1 must be empty when %2 is %3.").arg(field, whenField, when)}};
    return {};
}

} // namespace sinergi
