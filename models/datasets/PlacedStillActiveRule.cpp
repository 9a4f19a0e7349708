#include "PlacedStillActiveRule.h"

#include "FieldValue.h"

#include <QJsonArray>

namespace sinergi {

QString PlacedStillActiveRule::paramProblem(const RuleDef &rule, const DatasetTemplate &tpl) const
{
    Q_UNUSED(tpl)
    const QJsonValue statuses = rule.params.value(u"active_statuses");
    if (!statuses.isArray() || statuses.toArray().isEmpty())
        return tr("\"active_statuses\" must be a non-empty list of status codes");
    return {};
}

Problems PlacedStillActiveRule::check(const RuleDef &rule, const QVariantMap &record,
                                      const RuleContext &context) const
{
    const QVariant key = record.value(rule.param(u"key"_qs));
    if (!context.exists || fieldvalue::isEmpty(key))
        return {};
    const QString statusField = rule.param(u"status"_qs);
    const QString status = fieldvalue::text(record, statusField);
    bool active = false;
    for (const QJsonValue &v : rule.params.value(u"active_statuses").toArray())
        active = active || v.toString() == status;
    if (!active || !context.exists(rule.param(u"placements"_qs), rule.param(u"placement_field"_qs), key))
        return {};
    return {{statusField, rule.id,
             tr("A placement is recorded for this job seeker, but the status is still “%1”.").arg(status)}};
}

} // namespace sinergi
