#pragma once
// Multi-key stable sorting of table rows.
//
// Each sortable column is reduced once (lazily, the first time it is sorted by) to a dense rank per
// record: equal values share a rank, a missing value gets kMissingRank. A sort specification is
// then a plain comparison of integers, and the full order of all records for the current
// specification is computed once per header click; every keystroke after that only walks that
// order, keeping the records that match (see query_engine.hpp).
//
// Rules: ties keep the records' input (file) order; missing values come last in both directions.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace alma {

struct SortKey {
  int column = 0;
  bool descending = false;
  friend bool operator==(const SortKey&, const SortKey&) = default;
};
using SortSpec = std::vector<SortKey>;  // first key decides, later keys break ties

// A header click. Plain click: sort by that column alone; ascending first, flipping direction when
// the column already was the primary key. Additive (shift-click): flip the column's direction when
// it is already a key, else append it ascending.
SortSpec clickSort(SortSpec spec, int column, bool additive);

inline constexpr std::uint32_t kMissingRank = UINT32_MAX;

// Dense ranks of optional keys ordered by `less` (a strict weak order); nullopt → kMissingRank.
template <class Key, class Less = std::less<Key>>
std::vector<std::uint32_t> ranksOf(const std::vector<std::optional<Key>>& keys, Less less = {}) {
  std::vector<std::uint32_t> idx;
  for (std::uint32_t i = 0; i < keys.size(); ++i)
    if (keys[i]) idx.push_back(i);
  std::sort(idx.begin(), idx.end(), [&](std::uint32_t a, std::uint32_t b) { return less(*keys[a], *keys[b]); });
  std::vector<std::uint32_t> ranks(keys.size(), kMissingRank);
  std::uint32_t rank = 0;
  for (std::size_t k = 0; k < idx.size(); ++k) {
    if (k > 0 && less(*keys[idx[k - 1]], *keys[idx[k]])) ++rank;
    ranks[idx[k]] = rank;
  }
  return ranks;
}

// Dense ranks of texts in byte order (callers pass folded text); nullopt → kMissingRank. Same as
// ranksOf, but compares 16-byte prefixes as integers first: with byte-wise memcmp (WebAssembly)
// sorting 100k titles by plain string comparison took most of a second.
std::vector<std::uint32_t> ranksOfText(const std::vector<std::optional<std::string>>& keys);

// The order of all `recordCount` records under `spec`; ranks[c] are column c's ranks (only the
// columns named in spec are read). An empty spec gives the input order.
std::vector<std::uint32_t> orderBy(const SortSpec& spec, std::size_t recordCount,
                                   std::span<const std::vector<std::uint32_t>> ranks);

}  // namespace alma
