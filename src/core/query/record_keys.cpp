#include "core/query/record_keys.hpp"

#include <algorithm>
#include <bit>

#include "core/model/countries.hpp"
#include "core/model/dates.hpp"
#include "core/query/sorting.hpp"
#include "core/model/text_fold.hpp"

namespace alma {

FacetBuilder countryFacetBuilder(std::string name) {
  std::vector<std::string_view> codes;
  for (std::string_view c : countryCodes()) codes.push_back(c);
  std::stable_sort(codes.begin(), codes.end(), [](std::string_view a, std::string_view b) {
    if ((a == "EU") != (b == "EU")) return b == "EU";
    return countryNameEnglish(a) < countryNameEnglish(b);
  });
  std::vector<FacetValue> fixed;
  for (std::string_view c : codes)
    fixed.push_back({std::string(c), std::string(countryNameEnglish(c)), true, "", true});
  return FacetBuilder(std::move(name), std::move(fixed));
}

void appendField(std::string& out, std::string_view text) {
  if (text.empty()) return;
  appendFolded(out, text);
  out += '\n';
}

void appendCountryText(std::string& out, std::string_view code) {
  appendField(out, code);
  appendField(out, countryNameEnglish(code));
  if (countryNameNative(code) != countryNameEnglish(code)) appendField(out, countryNameNative(code));
}

std::optional<std::string> textKey(std::string_view text) {
  std::string k = foldForSearch(text);
  if (k.find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
  return k;
}

std::vector<std::uint32_t> facetRanks(const Facet& facet, std::size_t n) {
  std::vector<std::optional<std::vector<std::uint32_t>>> keys(n);
  for (std::size_t r = 0; r < n; ++r) {
    std::vector<std::uint32_t> ids;
    const std::uint64_t* row = facet.row(r);
    for (std::uint32_t w = 0; w < facet.stride; ++w)
      for (std::uint64_t bits = row[w]; bits; bits &= bits - 1)
        ids.push_back(w * 64 + static_cast<std::uint32_t>(std::countr_zero(bits)));
    if (!ids.empty()) keys[r] = std::move(ids);
  }
  return ranksOf(keys);
}

long long firstDayNumber(const Date& d) {
  const Date f = firstDay(d);
  return daysFromCivil(f.year, f.month, f.day);
}

}  // namespace alma
