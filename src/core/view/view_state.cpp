#include "core/view/view_state.hpp"

#include <span>
#include <string_view>
#include <utility>


namespace alma {

const char* tabId(Tab t) { return t == Tab::Calls ? "calls" : t == Tab::Practices ? "practices" : "map"; }

const char* selectionKindId(SelectionKind k) {
  switch (k) {
    case SelectionKind::Country: return "country";
    case SelectionKind::Region: return "region";
    case SelectionKind::Call: return "call";
    case SelectionKind::Practice: return "practice";
    case SelectionKind::None: break;
  }
  return "";
}

void setSearch(ViewState& v, std::string text) {
  v.calls.setSearch(text);
  v.practices.setSearch(text);
  v.search = std::move(text);
}

void clearSelection(ViewState& v) {
  v.selection = {};
  v.focusedCall.clear();
}

void selectPlace(ViewState& v, SelectionKind kind, std::string id) {
  v.selection = {kind, std::move(id)};
  v.focusedCall.clear();
}

void selectCall(ViewState& v, const std::string& callId) {
  v.selection = {SelectionKind::Call, callId};
  v.focusedCall = callId;
}

void focusCall(ViewState& v, const std::string& callId) {
  v.focusedCall = v.focusedCall == callId ? std::string() : callId;
}

void showCallOnMap(ViewState& v, const Call& c) {
  const bool region = c.region && c.region->code && c.region->code->size() > 2;
  v.tab = Tab::Map;
  v.selection = {region ? SelectionKind::Region : SelectionKind::Country, region ? *c.region->code : c.country};
  v.focusedCall = c.id;
}

void showPracticeOnMap(ViewState& v, const Practice& p) {
  v.tab = Tab::Map;  // practices have no coordinates: the map outlines their country
  selectPlace(v, SelectionKind::Country, p.country);
}

void clearSearchAndFilters(ViewState& v) {
  v.calls.clearFilters();
  v.practices.clearFilters();
  setSearch(v, "");
}

std::string mapPlace(const ViewState& v) {
  const bool place = v.selection.kind == SelectionKind::Country || v.selection.kind == SelectionKind::Region;
  return place ? v.selection.id : std::string();
}

namespace {

// Ids that links written by earlier versions used: facet names were the JSON field names and sort
// columns the header text in lower case with dashes. "start" is the state hook's name of the
// period column's first key. Every old link keeps working.
constexpr std::pair<std::string_view, std::string_view> kOldIds[] = {
    {"stages", "stage"},          {"themes", "theme"},        {"target_groups", "targetGroup"},
    {"funds", "fund"},            {"funding_model", "fundingModel"},
    {"region---city", "region"},  {"target-groups", "targetGroups"}, {"funding-model", "fundingModel"},
    {"start", "period"}};

std::string_view currentId(std::string_view id) {
  for (const auto& [old, now] : kOldIds)
    if (id == old) return now;
  return id;
}

int indexOf(std::span<const char* const> ids, std::string_view id) {
  const std::string_view wanted = currentId(id);
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (wanted == ids[i]) return static_cast<int>(i);
  return -1;
}

LinkState::Filters filtersOf(const QueryEngine& q) {
  LinkState::Filters f;
  for (int facet = 0; facet < q.facetCount(); ++facet)
    for (std::uint32_t v = 0; v < q.facet(facet).values.size(); ++v)
      if (q.isSelected(facet, v)) f.emplace_back(q.facet(facet).name, q.facet(facet).values[v].value);
  return f;
}

void applyFilters(QueryEngine& q, const LinkState::Filters& filters, std::span<const char* const> facetIds) {
  q.clearFilters();
  for (const auto& [id, value] : filters)
    if (const int facet = indexOf(facetIds, id); facet >= 0 && facet < q.facetCount()) q.setFacetValue(facet, value, true);
}

LinkState::Sort sortOf(const QueryEngine& q, std::span<const char* const> columnIds) {
  LinkState::Sort s;
  for (const SortKey& k : q.sort())
    if (k.column >= 0 && k.column < static_cast<int>(columnIds.size()))
      s.emplace_back(columnIds[static_cast<std::size_t>(k.column)], k.descending);
  return s;
}

void applySort(QueryEngine& q, const LinkState::Sort& sort, std::span<const char* const> columnIds) {
  SortSpec spec;
  for (const auto& [id, descending] : sort)
    if (const int c = indexOf(columnIds, id); c >= 0) spec.push_back({c, descending});
  q.setSort(spec);
}

}  // namespace

LinkState toLink(const ViewState& v) {
  LinkState l;
  if (v.tab != Tab::Map) l.view = tabId(v.tab);
  l.search = v.search;
  if (v.selection.kind != SelectionKind::None) l.selectionKind = selectionKindId(v.selection.kind), l.selectionId = v.selection.id;
  if (v.tab == Tab::Practices && !v.openPractice.empty()) l.selectionKind = "practice", l.selectionId = v.openPractice;
  l.focusedCall = v.focusedCall;
  if (v.tab == Tab::Map && !v.map.home)
    l.mapX = v.map.center.x, l.mapY = v.map.center.y, l.mapZoom = v.map.zoom;
  l.callFilters = filtersOf(v.calls);
  l.practiceFilters = filtersOf(v.practices);
  l.yearFrom = v.practices.years().from;
  l.yearTo = v.practices.years().to;
  l.callSort = sortOf(v.calls, kCallColumnIds);
  l.practiceSort = sortOf(v.practices, kPracticeColumnIds);
  l.language = v.language;
  return l;
}

void applyLink(ViewState& v, const LinkState& l) {
  v.tab = l.view == "calls" ? Tab::Calls : l.view == "practices" ? Tab::Practices : Tab::Map;
  setSearch(v, l.search);
  v.selection = {};
  v.openPractice.clear();
  if (l.selectionKind == "practice") {
    v.openPractice = l.selectionId;
  } else {
    for (SelectionKind kind : {SelectionKind::Country, SelectionKind::Region, SelectionKind::Call})
      if (l.selectionKind == selectionKindId(kind)) v.selection = {kind, l.selectionId};
  }
  v.focusedCall = l.focusedCall;
  v.map = MapView{};
  if (l.mapX && l.mapY && l.mapZoom) v.map = MapView{{*l.mapX, *l.mapY}, *l.mapZoom, false};
  clampView(v.map);
  applyFilters(v.calls, l.callFilters, kCallFacetIds);
  applyFilters(v.practices, l.practiceFilters, kPracticeFacetIds);
  v.practices.setYears(YearFilter{l.yearFrom, l.yearTo, false});
  applySort(v.calls, l.callSort, kCallColumnIds);
  applySort(v.practices, l.practiceSort, kPracticeColumnIds);
  v.language = l.language;
}

void chooseLanguage(ViewState& v, std::string code) { v.language = std::move(code); }

std::string meaningfulPart(LinkState link) {
  link.mapX = link.mapY = link.mapZoom = std::nullopt;
  link.search.clear();
  link.language.clear();  // a switch of language is no Back/Forward step
  return encodeFragment(link);
}

}  // namespace alma
