#pragma once

#include "Problem.h"
#include "RuleContext.h"
#include "RuleDef.h"

#include <QStringList>
#include <QVariantMap>

namespace sinergi {

class DatasetTemplate;

// A kind of cross-field rule implemented in C++ and referenced by name from templates. The parameter
// spec lets TemplateParser reject a template with a missing, unknown or dangling parameter at load time,
// so a typo in a template never turns into a rule that silently checks nothing.
class RuleKind
{
public:
    virtual ~RuleKind() = default;

    virtual QString name() const = 0;
    virtual QStringList requiredParams() const = 0;
    virtual QStringList optionalParams() const { return {}; }
    // Parameters whose value names a field (a string) or fields (an array of strings) of the template.
    virtual QStringList fieldParams() const = 0;
    // Kind-specific parameter check beyond presence and field names; empty when fine.
    virtual QString paramProblem(const RuleDef &rule, const DatasetTemplate &tpl) const
    {
        Q_UNUSED(rule)
        Q_UNUSED(tpl)
        return {};
    }

    // The (dataset, field) value sets the rule asks RuleContext::exists about. The full-validation job loads
    // each set once instead of running one query per row.
    virtual QList<QPair<QString, QString>> lookups(const RuleDef &rule) const
    {
        Q_UNUSED(rule)
        return {};
    }

    virtual Problems check(const RuleDef &rule, const QVariantMap &record, const RuleContext &context) const = 0;
};

} // namespace sinergi
