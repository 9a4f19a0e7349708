#include "Rng.h"

#include <algorithm>

namespace sinergi::datagen {

std::uint64_t Rng::mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

std::uint64_t Rng::streamId(const char *name)
{
    // FNV-1a: a fixed, documented hash, so stream ids never depend on the standard library.
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const char *p = name; *p; ++p)
        h = (h ^ static_cast<unsigned char>(*p)) * 0x100000001b3ull;
    return h;
}

Rng::Rng(std::uint64_t seed, std::uint64_t stream) : m_engine(mix(seed ^ mix(stream))) {}

std::uint64_t Rng::below(std::uint64_t n)
{
    // Rejection sampling: drop the top partial block so every residue is equally likely.
    const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % n);
    std::uint64_t x = m_engine();
    while (x >= limit)
        x = m_engine();
    return x % n;
}

int Rng::between(int lo, int hi)
{
    return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1));
}

double Rng::unit()
{
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

std::size_t Rng::weighted(std::span<const int> weights)
{
    std::uint64_t total = 0;
    for (int w : weights)
        total += static_cast<std::uint64_t>(w);
    std::uint64_t x = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const auto w = static_cast<std::uint64_t>(weights[i]);
        if (x < w)
            return i;
        x -= w;
    }
    return weights.size() - 1;
}

std::vector<std::uint64_t> Rng::runningTotals(std::span<const int> weights)
{
    std::vector<std::uint64_t> totals;
    totals.reserve(weights.size());
    std::uint64_t sum = 0;
    for (int w : weights)
        totals.push_back(sum += static_cast<std::uint64_t>(w));
    return totals;
}

std::size_t Rng::weightedCumulative(std::span<const std::uint64_t> runningTotals)
{
    const std::uint64_t x = below(runningTotals.back());
    return static_cast<std::size_t>(std::upper_bound(runningTotals.begin(), runningTotals.end(), x) -
                                    runningTotals.begin());
}

} // namespace sinergi::datagen
