#pragma once

#include "RuleKind.h"

#include <QCoreApplication>

namespace sinergi {

// "placed_still_active": a job seeker for whom a placement is recorded must no longer be in the active
// stock (IPK row 5 would count them twice: placed and still looking). Params: key (field whose value the
// placements refer to), status (field), active_statuses (list), placements (dataset), placement_field
// (field of that dataset holding the key). The lookup is RuleContext::exists; without it nothing is reported.
class PlacedStillActiveRule : public RuleKind
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::PlacedStillActiveRule)
public:
    QString name() const override { return u"placed_still_active"_qs; }
    QStringList requiredParams() const override
    {
        return {u"key"_qs, u"status"_qs, u"active_statuses"_qs, u"placements"_qs, u"placement_field"_qs};
    }
    QStringList fieldParams() const override { return {u"key"_qs, u"status"_qs}; }
    QString paramProblem(const RuleDef &rule, const DatasetTemplate &tpl) const override;
    QList<QPair<QString, QString>> lookups(const RuleDef &rule) const override
    {
        return {{rule.param(u"placements"_qs), rule.param(u"placement_field"_qs)}};
    }
    Problems check(const RuleDef &rule, const QVariantMap &record, const RuleContext &context) const override;
};

} // namespace sinergi
