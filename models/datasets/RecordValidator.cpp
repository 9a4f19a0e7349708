#include "RecordValidator.h"

#include "RuleRegistry.h"

namespace sinergi {

RecordValidator::RecordValidator(const FieldValidator &fields, const RuleRegistry &rules)
    : m_fields(fields), m_rules(rules)
{
}

Problems RecordValidator::validate(const DatasetTemplate &tpl, const QVariantMap &record,
                                   const RuleContext &context) const
{
    Problems problems = m_fields.validateRecord(tpl, record);
    for (const RuleDef &rule : tpl.rules()) {
        // The parser already refused unknown kinds; a registry without the kind is a programming error
        // that must not hide the remaining rules, so it is skipped here and caught by the template tests.
        if (const RuleKind *kind = m_rules.find(rule.kind))
            problems += kind->check(rule, record, context);
    }
    return problems;
}

} // namespace sinergi
