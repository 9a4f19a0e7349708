#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace sinergi::datagen {

// Deterministic random numbers. std::mt19937_64's output sequence is fixed by the C++ standard, but the
// std distributions are not (libstdc++, libc++ and MSVC differ), so every distribution here is written
// out by hand: the same seed gives byte-identical files on every platform.
class Rng
{
public:
    // One independent stream per purpose (dataset, defects, ...): changing one count or rate must not
    // shift the numbers another dataset sees.
    Rng(std::uint64_t seed, std::uint64_t stream);

    std::uint64_t next() { return m_engine(); }
    std::uint64_t below(std::uint64_t n); // uniform in [0, n); n > 0
    int between(int lo, int hi);          // uniform in [lo, hi], inclusive
    double unit();                        // uniform in [0, 1), 53 bits
    bool chance(double p) { return unit() < p; }
    // Index drawn with probability weights[i] / sum(weights).
    std::size_t weighted(std::span<const int> weights);
    // The same for long lists (thousands of employers): running totals, binary search.
    std::size_t weightedCumulative(std::span<const std::uint64_t> runningTotals);
    static std::vector<std::uint64_t> runningTotals(std::span<const int> weights);

    template <typename T, std::size_t N> const T &pick(const T (&items)[N]) { return items[below(N)]; }

    static std::uint64_t mix(std::uint64_t x); // splitmix64 finaliser
    static std::uint64_t streamId(const char *name);

private:
    std::mt19937_64 m_engine;
};

} // namespace sinergi::datagen
