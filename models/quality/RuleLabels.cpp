#include "RuleLabels.h"

#include "datasets/DatasetTemplate.h"

namespace sinergi {

QString RuleLabels::kindLabel(const QString &kind)
{
    if (kind == u"nik_consistency")
        return tr("NIK consistency");
    if (kind == u"date_order")
        return tr("Date order");
    if (kind == u"reference_exists")
        return tr("Referenced record exists");
    if (kind == u"aki_expiry")
        return tr("AK/I validity and reports");
    if (kind == u"required_if")
        return tr("Required in this case");
    if (kind == u"placed_still_active")
        return tr("Placed but still active");
    return kind;
}

QString RuleLabels::label(const DatasetTemplate *tpl, const QString &ruleId)
{
    // The field checks of FieldValidator.
    if (ruleId == u"required")
        return tr("Required value missing");
    if (ruleId == u"pattern")
        return tr("Wrong format");
    if (ruleId == u"length")
        return tr("Wrong length");
    if (ruleId == u"type")
        return tr("Wrong type of value");
    if (ruleId == u"range")
        return tr("Out of range");
    if (ruleId == u"nik_format")
        return tr("NIK not 16 digits");
    if (ruleId == u"phone")
        return tr("Phone number");
    if (ruleId == u"email")
        return tr("E-mail address");
    if (ruleId == u"code")
        return tr("Unknown code");
    if (ruleId == u"code_retired")
        return tr("Code from an older list");
    if (tpl) {
        for (const RuleDef &rule : tpl->rules())
            if (rule.id == ruleId)
                return tr("%1 (%2)").arg(kindLabel(rule.kind), ruleId);
    }
    return ruleId;
}

} // namespace sinergi
