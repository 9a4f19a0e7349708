#pragma once

#include "RuleKind.h"

#include <QCoreApplication>

namespace sinergi {

// "date_order": the listed dates, where present, do not go backwards (registration <= placement, opening
// <= closing). Params: fields (2+ date fields, in order), not_after_today (bool, optional).
class DateOrderRule : public RuleKind
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::DateOrderRule)
public:
    QString name() const override { return u"date_order"_qs; }
    QStringList requiredParams() const override { return {u"fields"_qs}; }
    QStringList optionalParams() const override { return {u"not_after_today"_qs}; }
    QStringList fieldParams() const override { return {u"fields"_qs}; }
    QString paramProblem(const RuleDef &rule, const DatasetTemplate &tpl) const override;
    Problems check(const RuleDef &rule, const QVariantMap &record, const RuleContext &context) const override;
};

} // namespace sinergi
