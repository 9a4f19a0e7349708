#include "ReferenceExistsRule.h"

#include "FieldValue.h"

namespace sinergi {

Problems ReferenceExistsRule::check(const RuleDef &rule, const QVariantMap &record,
                                    const RuleContext &context) const
{
    const QString field = rule.param(u"field"_qs);
    const QVariant value = record.value(field);
    if (!context.exists || fieldvalue::isEmpty(value))
        return {};
    const QString dataset = rule.param(u"dataset"_qs);
    if (context.exists(dataset, rule.param(u"target_field"_qs), value))
        return {};
    return {{field, rule.id,
             tr("No %1 record with %2 = %3 exists.").arg(dataset, rule.param(u"target_field"_qs),
                                                        fieldvalue::text(value))}};
}

} // namespace sinergi
