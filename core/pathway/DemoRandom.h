#pragma once

#include <QList>
#include <cstdint>

namespace forlop {

// A small deterministic generator (SplitMix64) for synthetic demo data: the same seed gives the same sequence
// on every platform and compiler, which std::uniform_int_distribution does not promise.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}

    [[nodiscard]] std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // A whole number in [low, high].
    [[nodiscard]] int between(int low, int high)
    {
        if (high <= low) {
            return low;
        }
        return low + int(next() % std::uint64_t(high - low + 1));
    }
    // True with the given chance in percent.
    [[nodiscard]] bool chance(int percent) { return between(0, 99) < percent; }
    // An index chosen by relative weights.
    [[nodiscard]] int weighted(const QList<int>& weights)
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = between(0, total - 1);
        for (int i = 0; i < weights.size(); ++i) {
            if (pick < weights.at(i)) {
                return i;
            }
            pick -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }
    template <typename T> [[nodiscard]] const T& pick(const QList<T>& items)
    {
        return items.at(between(0, int(items.size()) - 1));
    }

private:
    std::uint64_t m_state;
};

} // namespace forlop
