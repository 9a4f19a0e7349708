#pragma once

#include <functional>

namespace sinergi::smdata {

// Exponential backoff with full jitter: the n-th retry (n = failed attempts so far, from 0) waits a uniformly
// random time in [0, min(cap, base * 2^n)]. Full jitter rather than the protocol's suggested +/-20 % spreads
// many offices that lost the same server at the same moment over the whole window (see
// docs/architecture.md, "SMData outbox"). A Retry-After from the server is a floor on top of it.
struct BackoffPolicy
{
    double baseSeconds = 1.0;
    double capSeconds = 15 * 60.0;
};

// random01 returns a value in [0, 1); injected so tests can pin it.
double backoffSeconds(const BackoffPolicy &policy, int failedAttempts, int retryAfterSeconds,
                      const std::function<double()> &random01);

} // namespace sinergi::smdata
