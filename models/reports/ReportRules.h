#pragma once

#include <QString>

namespace sinergi {

class Session;

// The office's choices behind the IPK numbers (issue 5), kept as store settings because guidelines leave
// them to the office (domain.md: "the exact rule is [?], so it is a setting").
struct ReportRules
{
    enum class AgeReference { PeriodEnd, Registration };

    // A card still "terdaftar" counts as removed (dihapuskan) this many months after it expired, on the
    // following day; -1 = only an explicit removal (status dihapuskan) counts. Default 0: an expired card
    // is no longer part of the active stock.
    int removeMonthsAfterExpiry = 0;
    // Age for the IPK age groups: at the end of the reported period, or at registration.
    AgeReference ageReference = AgeReference::PeriodEnd;

    static constexpr int kMaxRemoveMonths = 60;
    static ReportRules fromSettings(const Session &session);
    // Needs ManageSettings (Session::setSetting checks and audits).
    void save(Session &session) const;

    bool operator==(const ReportRules &) const = default;
};

} // namespace sinergi
