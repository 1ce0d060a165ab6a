#include "core/query/sorting.hpp"

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

namespace {
std::uint64_t bigEndian8(std::string_view s, std::size_t from) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < 8; ++i)
    v = (v << 8) | (from + i < s.size() ? static_cast<unsigned char>(s[from + i]) : 0u);
  return v;
}
}  // namespace

std::vector<std::uint32_t> ranksOfText(const std::vector<std::optional<std::string>>& keys) {
  struct Item {
    std::uint64_t a, b;  // bytes 0-7 and 8-15, big-endian, zero-padded
    std::uint32_t index;
  };
  std::vector<Item> items;
  for (std::uint32_t i = 0; i < keys.size(); ++i)
    if (keys[i]) items.push_back({bigEndian8(*keys[i], 0), bigEndian8(*keys[i], 8), i});
  // Zero padding makes "ab" and "ab\0" tie on the prefix; the full comparison decides then.
  auto cmp = [&](const Item& x, const Item& y) {
    if (x.a != y.a) return x.a < y.a ? -1 : 1;
    if (x.b != y.b) return x.b < y.b ? -1 : 1;
    const int c = keys[x.index]->compare(*keys[y.index]);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  };
  std::sort(items.begin(), items.end(), [&](const Item& x, const Item& y) { return cmp(x, y) < 0; });
  std::vector<std::uint32_t> ranks(keys.size(), kMissingRank);
  std::uint32_t rank = 0;
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k > 0 && cmp(items[k - 1], items[k]) != 0) ++rank;
    ranks[items[k].index] = rank;
  }
  return ranks;
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
