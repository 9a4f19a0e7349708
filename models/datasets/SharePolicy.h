#pragma once

#include <QString>

#include <optional>

namespace sinergi {

// What happens to a field when a batch leaves for SMData (UU 27/2022: minimise what leaves the machine).
// Every template field must state one, so no field is shared by accident.
enum class SharePolicy {
    Send,         // sent as stored
    Pseudonymise, // replaced by a keyed hash: records stay linkable across batches, the value does not leave
    Minimise,     // reduced (a date to its year, a code to a prefix; see FieldDef::minimiseTo)
    Withhold      // never leaves the machine
};

QString sharePolicyName(SharePolicy policy);
std::optional<SharePolicy> sharePolicyFromName(const QString &name);

} // namespace sinergi
