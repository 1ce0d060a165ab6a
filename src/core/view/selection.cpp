#include "core/view/selection.hpp"

#include "core/map/call_places.hpp"
#include "core/i18n/messages.hpp"
#include "core/model/countries.hpp"

namespace alma {

std::string callCardTitle(const Call& c) {
  return c.country == "EU" ? i18n::tr("call.title_eu") : i18n::trf("call.title_country", {{"country", countryLabel(c.country)}});
}

std::string selectionTitle(const Selection& s, const Dataset& data, const MapAsset* map) {
  if (s.id == "EU") return i18n::tr("place.eu_calls");
  if (s.kind == SelectionKind::Call && data.calls) {
    for (const Call& c : data.calls->calls)
      if (c.id == s.id) return callCardTitle(c);
  }
  if (s.kind == SelectionKind::Country) return countryLabel(s.id);
  if (s.kind == SelectionKind::Region && map) {
    const int r = map->findRegion(s.id);
    if (r >= 0) {
      const MapRegion& region = map->regions[static_cast<std::size_t>(r)];
      return regionLabel(region) + " (" + countryName(region.country) + ")";
    }
  }
  return s.id;
}

std::vector<int> selectionCalls(const Selection& s, const Dataset& data, std::span<const int> visible, Date today) {
  std::vector<int> out;
  if (!data.calls) return out;
  const auto& calls = data.calls->calls;
  switch (s.kind) {
    case SelectionKind::Country:
      if (s.id == "EU") {
        for (int i : visible)
          if (calls[static_cast<std::size_t>(i)].country == "EU") out.push_back(i);
        return out;
      }
      [[fallthrough]];
    case SelectionKind::Region:
      return summarisePlace(calls, std::vector<int>(visible.begin(), visible.end()), s.id, today).calls;
    case SelectionKind::Call:
      for (int i : visible)
        if (calls[static_cast<std::size_t>(i)].id == s.id) out.push_back(i);
      return out;
    default: return out;
  }
}

}  // namespace alma
