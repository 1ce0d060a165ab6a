#include "ui/mirror_actions.hpp"

#include "core/view/mirror.hpp"
#include "ui/derived.hpp"
#include "ui/downloads.hpp"

namespace alma::ui {

namespace {
// "calls:country=ES" → the query, its facet and value.
void toggleFacet(App& app, const std::string& arg) {
  const std::size_t colon = arg.find(':'), eq = arg.find('=');
  if (colon == std::string::npos || eq == std::string::npos || eq < colon) return;
  const std::string table = arg.substr(0, colon), facet = arg.substr(colon + 1, eq - colon - 1), value = arg.substr(eq + 1);
  QueryEngine& q = table == "calls" ? static_cast<QueryEngine&>(app.view.calls) : static_cast<QueryEngine&>(app.view.practices);
  for (int f = 0; f < q.facetCount(); ++f) {
    if (q.facet(f).name != facet) continue;
    for (std::uint32_t v = 0; v < q.facet(f).values.size(); ++v)
      if (q.facet(f).values[v].value == value) q.toggleFacetValue(f, v);
  }
}

void sortBy(App& app, const std::string& column) {
  const bool calls = app.view.tab == Tab::Calls;
  QueryEngine& q = calls ? static_cast<QueryEngine&>(app.view.calls) : static_cast<QueryEngine&>(app.view.practices);
  const auto ids = calls ? std::span<const char* const>(kCallColumnIds) : std::span<const char* const>(kPracticeColumnIds);
  for (std::size_t c = 0; c < ids.size(); ++c)
    if (column == ids[c]) q.clickSort(static_cast<int>(c), false);
}

// The period filter's first or last year from a number field; empty or not a year: that end open.
void setYear(App& app, bool from, const std::string& text) {
  YearFilter y = app.view.practices.years();
  std::optional<int> year;
  if (text.size() == 4 && text.find_first_not_of("0123456789") == std::string::npos) year = std::stoi(text);
  (from ? y.from : y.to) = year;
  app.view.practices.setYears(y);
}

void closeDetails(App& app) {
  if (app.screen.help) app.screen.help = false;
  else if (app.screen.dataPanel) app.screen.dataPanel = false;
  else if (app.view.tab == Tab::Practices) app.view.openPractice.clear();
  else if (app.view.tab == Tab::Calls) app.view.focusedCall.clear();
  else clearSelection(app.view);
}
}  // namespace

void mirrorAction(App& app, const std::string& act, const std::string& arg) {
  ViewState& v = app.view;
  if (act == "tab") v.tab = arg == "calls" ? Tab::Calls : arg == "practices" ? Tab::Practices : Tab::Map;
  else if (act == "search") setSearch(v, arg);
  else if (act == "facet") toggleFacet(app, arg);
  else if (act == "place") {
    const bool region = arg.size() > 2 && arg != "EU";
    if (v.selection.id == arg) clearSelection(v);
    else selectPlace(v, region ? SelectionKind::Region : SelectionKind::Country, arg);
  } else if (act == "row") {
    if (v.tab == Tab::Practices) v.openPractice = v.openPractice == arg ? "" : arg;
    else focusCall(v, arg);
  } else if (act == "sort") sortBy(app, arg);
  else if (act == "more") app.screen.mirrorRows += kMirrorPage;
  else if (act == "close") closeDetails(app);
  else if (act == "clear-search") setSearch(v, "");
  else if (act == "clear-all") {
    (arg == "calls" ? static_cast<QueryEngine&>(v.calls) : static_cast<QueryEngine&>(v.practices)).clearFilters();
    setSearch(v, "");
    if (arg == "calls") clearSelection(v);
  } else if (act == "focus-call") focusCall(v, arg);
  else if (act == "show-call") {
    for (const Call& c : v.calls.records())
      if (c.id == arg) showCallOnMap(v, c);
  } else if (act == "show-practice") {
    for (const Practice& p : v.practices.records())
      if (p.id == arg) showPracticeOnMap(v, p);
  } else if (act == "data") app.screen.dataPanel = !app.screen.dataPanel;
  else if (act == "help") app.screen.help = !app.screen.help;
  else if (act == "copy-link") app.requests.copyLink = true;
  else if (act == "download" && arg == "ics") app.requests.download = deadlinesDownload(app);
  else if (act == "download") app.requests.download = tableDownload(app, v.tab == Tab::Calls, arg == "json");
  else if (act == "calendar") {
    for (const Call& c : v.calls.records())
      if (c.id == arg) app.requests.download = deadlineDownload(c);
  } else if (act == "picture") app.requests.saveMapImage = true;
  else if (act == "share") app.screen.share = !app.screen.share;
  else if (act == "language") chooseLanguage(v, arg);
  else if (act == "year-from" || act == "year-to") setYear(app, act == "year-from", arg);
  else if (act == "undated") {
    YearFilter y = v.practices.years();
    y.keepUndated = !y.keepUndated;
    v.practices.setYears(y);
  }
  else if (act == "load") app.requests.openFilePicker = true;
  else if (act == "text-size") {
    app.screen.textScalePercent = nextTextScale(app.screen.textScalePercent);
    app.requests.displayChanged = true;
  } else if (act == "presenter") {
    app.screen.presenter = !app.screen.presenter;
    app.requests.displayChanged = true;
  } else if (act == "theme") {
    app.screen.theme = app.screen.theme == Theme::Dark ? Theme::Light : Theme::Dark;
    app.requests.displayChanged = true;
  }
}

}  // namespace alma::ui
