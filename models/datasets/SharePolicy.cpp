#include "SharePolicy.h"

namespace sinergi {

QString sharePolicyName(SharePolicy policy)
{
    switch (policy) {
    case SharePolicy::Send: return u"send"_qs;
    case SharePolicy::Pseudonymise: return u"pseudonymise"_qs;
    case SharePolicy::Minimise: return u"minimise"_qs;
    case SharePolicy::Withhold: return u"withhold"_qs;
    }
    return {};
}

std::optional<SharePolicy> sharePolicyFromName(const QString &name)
{
    for (auto p : {SharePolicy::Send, SharePolicy::Pseudonymise, SharePolicy::Minimise, SharePolicy::Withhold}) {
        if (sharePolicyName(p) == name)
            return p;
    }
    return std::nullopt;
}

} // namespace sinergi
