#include "ui/deep_link.hpp"

#include <cctype>

#include "core/version.hpp"
#include "ui/details.hpp"

namespace alma::ui {

namespace {
// Column ids in links: the header text in lower case with dashes ("Funding model" → funding-model).
std::string columnId(const char* header) {
  std::string id;
  for (const char* c = header; *c; ++c) {
    const unsigned char u = static_cast<unsigned char>(*c);
    id += std::isalnum(u) ? static_cast<char>(std::tolower(u)) : '-';
  }
  return id;
}

LinkState::Filters filtersOf(const QueryEngine& q) {
  LinkState::Filters f;
  for (int facet = 0; facet < q.facetCount(); ++facet)
    for (std::uint32_t v = 0; v < q.facet(facet).values.size(); ++v)
      if (q.isSelected(facet, v)) f.emplace_back(q.facet(facet).name, q.facet(facet).values[v].value);
  return f;
}

void applyFilters(QueryEngine& q, const LinkState::Filters& filters) {
  q.clearFilters();
  for (const auto& [name, value] : filters)
    for (int facet = 0; facet < q.facetCount(); ++facet)
      if (q.facet(facet).name == name) q.setFacetValue(facet, value, true);
}

template <class ColumnName>
LinkState::Sort sortOf(const QueryEngine& q, ColumnName columnName) {
  LinkState::Sort s;
  for (const SortKey& k : q.sort()) s.emplace_back(columnId(columnName(k.column)), k.descending);
  return s;
}

template <class ColumnName>
void applySort(QueryEngine& q, const LinkState::Sort& sort, ColumnName columnName) {
  SortSpec spec;
  for (const auto& [id, descending] : sort)
    for (int c = 0; c < q.columnCount(); ++c)
      if (columnId(columnName(c)) == id) spec.push_back({c, descending});
  q.setSort(spec);
}

const char* viewId(View v) { return v == View::Calls ? "calls" : v == View::Practices ? "practices" : "map"; }
}  // namespace

LinkState captureLink(App& app) {
  LinkState l;
  if (app.view != View::Map) l.view = viewId(app.view);
  l.search = app.search;
  const Selection& s = app.selection;
  const char* kinds[] = {"", "country", "region", "call", "practice"};
  if (s.kind != SelectionKind::None) l.selectionKind = kinds[static_cast<int>(s.kind)], l.selectionId = s.id;
  if (app.view == View::Practices && !app.selectedPractice.empty())
    l.selectionKind = "practice", l.selectionId = app.selectedPractice;
  l.focusedCall = app.focusedCall;
  const MapView home;
  if (app.view == View::Map && (app.mapView.zoom != home.zoom || app.mapView.center.x != home.center.x ||
                                app.mapView.center.y != home.center.y))
    l.mapX = app.mapView.center.x, l.mapY = app.mapView.center.y, l.mapZoom = app.mapView.zoom;
  l.callFilters = filtersOf(app.callQuery);
  l.practiceFilters = filtersOf(app.practiceQuery);
  l.yearFrom = app.practiceQuery.years().from;
  l.yearTo = app.practiceQuery.years().to;
  l.callSort = sortOf(app.callQuery, callColumnName);
  l.practiceSort = sortOf(app.practiceQuery, practiceColumnName);
  return l;
}

void applyLink(App& app, const LinkState& l) {
  app.view = l.view == "calls" ? View::Calls : l.view == "practices" ? View::Practices : View::Map;
  app.search = l.search;
  app.callQuery.setSearch(l.search);
  app.practiceQuery.setSearch(l.search);
  app.selection = {};
  app.selectedPractice.clear();
  if (l.selectionKind == "practice") {
    app.selectedPractice = l.selectionId;
  } else {
    const std::pair<const char*, SelectionKind> kinds[] = {
        {"country", SelectionKind::Country}, {"region", SelectionKind::Region}, {"call", SelectionKind::Call}};
    for (const auto& [name, kind] : kinds)
      if (l.selectionKind == name) app.selection = {kind, l.selectionId};
  }
  app.focusedCall = l.focusedCall;
  app.mapView = MapView{};
  if (l.mapX && l.mapY && l.mapZoom) app.mapView = MapView{{*l.mapX, *l.mapY}, *l.mapZoom};
  clampView(app.mapView);
  applyFilters(app.callQuery, l.callFilters);
  applyFilters(app.practiceQuery, l.practiceFilters);
  app.practiceQuery.setYears(YearFilter{l.yearFrom, l.yearTo, false});
  applySort(app.callQuery, l.callSort, callColumnName);
  applySort(app.practiceQuery, l.practiceSort, practiceColumnName);
}

std::string meaningfulPart(LinkState link) {
  link.mapX = link.mapY = link.mapZoom = std::nullopt;
  link.search.clear();
  return encodeFragment(link);
}

std::string pageTitle(const App& app) {
  std::string what;
  if (app.view == View::Practices) what = app.selectedPractice.empty() ? "Practices" : app.selectedPractice;
  else if (app.view == View::Calls) what = "Calls";
  if (app.selection.kind != SelectionKind::None && app.view == View::Map) what = selectionTitle(app);
  return what.empty() ? kProductName : what + " — " + kProductName;
}

}  // namespace alma::ui
