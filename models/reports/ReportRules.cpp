#include "ReportRules.h"

#include "session/Session.h"

#include <algorithm>

namespace sinergi {

namespace {
const QString kRemoveKey = u"reports.remove_months_after_expiry"_qs;
const QString kAgeKey = u"reports.age_reference"_qs;
} // namespace

ReportRules ReportRules::fromSettings(const Session &session)
{
    ReportRules rules;
    bool ok = false;
    const int months = session.setting(kRemoveKey).toInt(&ok);
    if (ok)
        rules.removeMonthsAfterExpiry = std::clamp(months, -1, kMaxRemoveMonths);
    if (session.setting(kAgeKey) == u"registration")
        rules.ageReference = AgeReference::Registration;
    return rules;
}

void ReportRules::save(Session &session) const
{
    session.setSetting(kRemoveKey,
                       QString::number(std::clamp(removeMonthsAfterExpiry, -1, kMaxRemoveMonths)));
    session.setSetting(kAgeKey,
                       ageReference == AgeReference::Registration ? u"registration"_qs : u"period_end"_qs);
}

} // namespace sinergi
