#include "Backoff.h"

#include <algorithm>
#include <cmath>

namespace sinergi::smdata {

double backoffSeconds(const BackoffPolicy &policy, int failedAttempts, int retryAfterSeconds,
                      const std::function<double()> &random01)
{
    // 2^n overflows nothing here: the exponent is clamped long before a double loses the cap.
    const double window =
        std::min(policy.capSeconds, policy.baseSeconds * std::pow(2.0, std::clamp(failedAttempts, 0, 60)));
    const double delay = window * std::clamp(random01(), 0.0, 1.0);
    return std::max(delay, double(retryAfterSeconds));
}

} // namespace sinergi::smdata
