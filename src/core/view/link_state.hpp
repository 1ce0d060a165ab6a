#pragma once
// The view as a URL fragment, short and readable, e.g.
//   #v=practices&q=lodz&pf=country:PT,stages:reception&ps=period-&sel=practice:PT-0007
//   #v=map&m=4321000,3210000,2.5&cf=status:open&sel=region:ES61&call=ES-2025-ALMA-ANDALUCIA
// Keys: v view, q search, sel selection kind:id, call focused call, m map centre x,y and zoom,
// cf / pf call / practice filters (facet:value,facet:value…), py practice years from-to,
// cs / ps call / practice sort (column, + ascending / - descending, in priority order),
// lang the interface language when one was chosen (lang=de).
// Values are percent-encoded UTF-8. Decoding is tolerant: unknown keys, bad numbers and broken
// escapes are dropped one by one, so a mangled link still opens what it can — never a failure.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alma {

struct LinkState {
  using Filters = std::vector<std::pair<std::string, std::string>>;  // facet name, value (repeatable)
  using Sort = std::vector<std::pair<std::string, bool>>;             // column, descending
  std::string view;                    // "map", "calls", "practices"; empty = default
  std::string search;
  std::string selectionKind, selectionId;
  std::string focusedCall;
  std::optional<double> mapX, mapY, mapZoom;  // all three or none
  Filters callFilters, practiceFilters;
  std::optional<int> yearFrom, yearTo;
  Sort callSort, practiceSort;
  std::string language;  // "de"; empty: the visitor's own (browser or remembered choice)
  friend bool operator==(const LinkState&, const LinkState&) = default;
};

std::string encodeFragment(const LinkState&);     // with the leading '#'; "" for the default view
LinkState decodeFragment(std::string_view text);  // accepts with or without '#'

std::string percentEncode(std::string_view);  // keeps A-Z a-z 0-9 - . _ ~ ; every other byte as %XX
std::optional<std::string> percentDecode(std::string_view);

}  // namespace alma
