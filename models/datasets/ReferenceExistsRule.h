#pragma once

#include "RuleKind.h"

#include <QCoreApplication>

namespace sinergi {

// "reference_exists": a value refers to a record of another dataset (a placement's job seeker and
// vacancy). Params: field, dataset, target_field. TemplateRegistry checks that the target exists; the
// lookup itself is RuleContext::exists (no lookup given: nothing is reported).
class ReferenceExistsRule : public RuleKind
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::ReferenceExistsRule)
public:
    QString name() const override { return u"reference_exists"_qs; }
    QStringList requiredParams() const override { return {u"field"_qs, u"dataset"_qs, u"target_field"_qs}; }
    QStringList fieldParams() const override { return {u"field"_qs}; }
    QList<QPair<QString, QString>> lookups(const RuleDef &rule) const override
    {
        return {{rule.param(u"dataset"_qs), rule.param(u"target_field"_qs)}};
    }
    Problems check(const RuleDef &rule, const QVariantMap &record, const RuleContext &context) const override;
};

} // namespace sinergi
