#pragma once

#include "DatasetTemplate.h"
#include "FieldValidator.h"
#include "Problem.h"
#include "RuleContext.h"

namespace sinergi {

class RuleRegistry;

// Field checks plus the template's named rules for one record: what the record service runs before a
// write and the full-validation job runs per row.
class RecordValidator
{
public:
    RecordValidator(const FieldValidator &fields, const RuleRegistry &rules);

    Problems validate(const DatasetTemplate &tpl, const QVariantMap &record, const RuleContext &context) const;

    const FieldValidator &fields() const { return m_fields; }
    const RuleRegistry &rules() const { return m_rules; }

private:
    const FieldValidator &m_fields;
    const RuleRegistry &m_rules;
};

} // namespace sinergi
