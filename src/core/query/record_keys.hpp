#pragma once
// Building blocks shared by PracticeQuery and CallQuery: the search text, sort keys and sort ranks
// a record contributes, and the country facet.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/query/facets.hpp"
#include "core/query/sorting.hpp"
#include "core/model/model.hpp"

namespace alma {

// Every country code of countries.hpp, by English name, "EU" last; labelled with the English name.
FacetBuilder countryFacetBuilder(std::string name);

// Appends the folded country code, English and native name, each followed by '\n'.
void appendCountryText(std::string& out, std::string_view code);
// Appends the folded text followed by '\n' (nothing for an empty or absent text).
void appendField(std::string& out, std::string_view text);
inline void appendField(std::string& out, const std::string& text) {
  appendField(out, std::string_view(text));
}
inline void appendField(std::string& out, const std::optional<std::string>& text) {
  if (text) appendField(out, *text);
}

// Sort key of a text: folded; empty → missing.
std::optional<std::string> textKey(std::string_view text);
inline std::optional<std::string> textKey(const std::string& t) { return textKey(std::string_view(t)); }
inline std::optional<std::string> textKey(const std::optional<std::string>& t) {
  return t ? textKey(*t) : std::nullopt;
}

// Sort ranks of a text field of every record (its textKey: folded, empty → missing).
template <class Record, class Field>
std::vector<std::uint32_t> textRanks(std::span<const Record> records, Field field) {
  std::vector<std::optional<std::string>> keys(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) keys[i] = textKey(field(records[i]));
  return ranksOfText(keys);
}

// Ranks of a facet's values per record, compared as ascending sequences of value positions
// (no value → missing). For list columns (stages, funds) and single-value vocabulary columns.
std::vector<std::uint32_t> facetRanks(const Facet& facet, std::size_t recordCount);

// Days since 1970-01-01 of the first day a (partial) date stands for.
long long firstDayNumber(const Date& d);

}  // namespace alma
