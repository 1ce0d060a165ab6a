#include "core/sorting.hpp"

#include <numeric>

namespace alma {

SortSpec clickSort(SortSpec spec, int column, bool additive) {
  auto it = std::find_if(spec.begin(), spec.end(), [&](const SortKey& k) { return k.column == column; });
  if (!additive) {
    const bool flip = !spec.empty() && spec.front().column == column;
    return {SortKey{column, flip ? !spec.front().descending : false}};
  }
  if (it != spec.end()) it->descending = !it->descending;
  else spec.push_back({column, false});
  return spec;
}

// LSD: one stable pass per key, last key first. Each pass sorts 64-bit words
// (adjusted rank << 32 | current position), so ties keep the order of the previous pass and, in
// the end, the input order. Missing stays kMissingRank (largest) whatever the direction.
std::vector<std::uint32_t> orderBy(const SortSpec& spec, std::size_t n,
                                   std::span<const std::vector<std::uint32_t>> ranks) {
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::vector<std::uint64_t> keys(n);
  for (auto k = spec.rbegin(); k != spec.rend(); ++k) {
    const std::vector<std::uint32_t>& r = ranks[static_cast<std::size_t>(k->column)];
    for (std::size_t p = 0; p < n; ++p) {
      std::uint32_t rank = r[order[p]];
      if (k->descending && rank != kMissingRank) rank = kMissingRank - 1 - rank;
      keys[p] = (std::uint64_t{rank} << 32) | p;
    }
    std::sort(keys.begin(), keys.end());
    std::vector<std::uint32_t> next(n);
    for (std::size_t p = 0; p < n; ++p) next[p] = order[keys[p] & 0xFFFFFFFFu];
    order = std::move(next);
  }
  return order;
}

}  // namespace alma
