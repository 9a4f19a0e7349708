#pragma once

#include "RuleKind.h"

#include <QCoreApplication>

namespace sinergi {

// "required_if": a field is required when another field has one of some values (the destination country
// of an AKAN placement). Params: field, when_field, equals (list of values), only_then (bool, optional:
// the field must be empty otherwise).
class RequiredIfRule : public RuleKind
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::RequiredIfRule)
public:
    QString name() const override { return u"required_if"_qs; }
    QStringList requiredParams() const override { return {u"field"_qs, u"when_field"_qs, u"equals"_qs}; }
    QStringList optionalParams() const override { return {u"only_then"_qs}; }
    QStringList fieldParams() const override { return {u"field"_qs, u"when_field"_qs}; }
    QString paramProblem(const RuleDef &rule, const DatasetTemplate &tpl) const override;
    Problems check(const RuleDef &rule, const QVariantMap &record, const RuleContext &context) const override;
};

} // namespace sinergi
