#pragma once

#include "RuleKind.h"

#include <QCoreApplication>

namespace sinergi {

// "aki_expiry": an AK/I card is valid for a fixed number of years from registration, and a holder who is
// still active reports every few months. Params: registered, valid_until (date fields), years (int);
// optional: status (field) with active_statuses (values that mean "still a job seeker"), reports (the
// report-date fields, in order) with report_months (interval, default 6). Expiry and overdue reports are
// warnings: what follows (removal from the stock) is an office setting, not a validation error.
class AkiValidityRule : public RuleKind
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::AkiValidityRule)
public:
    QString name() const override { return u"aki_expiry"_qs; }
    QStringList requiredParams() const override { return {u"registered"_qs, u"valid_until"_qs, u"years"_qs}; }
    QStringList optionalParams() const override
    {
        return {u"status"_qs, u"active_statuses"_qs, u"reports"_qs, u"report_months"_qs};
    }
    QStringList fieldParams() const override
    {
        return {u"registered"_qs, u"valid_until"_qs, u"status"_qs, u"reports"_qs};
    }
    QString paramProblem(const RuleDef &rule, const DatasetTemplate &tpl) const override;
    Problems check(const RuleDef &rule, const QVariantMap &record, const RuleContext &context) const override;

    // The findings' texts, shared with CompiledValidator's native version of this rule so both give the
    // same words.
    static QString validityMessage(int years, const QDate &expected);
    static QString expiredMessage(const QDate &end);
    static QString reportDueMessage(int report, const QDate &due);
};

} // namespace sinergi
