#include "core/view/mirror.hpp"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "core/map/call_places.hpp"
#include "core/model/countries.hpp"
#include "core/model/dates.hpp"
#include "core/model/derived.hpp"
#include "core/model/format.hpp"
#include "core/model/links.hpp"
#include "core/model/product.hpp"
#include "core/model/record_facts.hpp"
#include "core/view/mirror_parts.hpp"
#include "core/view/selection.hpp"

namespace alma {

namespace {

using namespace mirror;

struct FacetTitle {
  int facet;
  const char* title;
  bool hideZero;
};
constexpr FacetTitle kCallFacetTitles[] = {{CallFacets::Status, "Status", false},
                                           {CallFacets::Level, "Level", false},
                                           {CallFacets::Country, "Country", true},
                                           {CallFacets::FundingModel, "Funding model", false}};
constexpr FacetTitle kPracticeFacetTitles[] = {{PracticeFacets::Stage, "Integration stage", false},
                                               {PracticeFacets::Fund, "Fund", false},
                                               {PracticeFacets::Country, "Country", true},
                                               {PracticeFacets::Theme, "Theme", false},
                                               {PracticeFacets::TargetGroup, "Target group", false}};

}  // namespace

Mirror buildMirror(ViewState& v, const Dataset& data, const MapAsset* map, Date today, const MirrorOptions& o) {
  Mirror m;
  MirrorNode& root = m.root;
  root.tag = "div";
  const std::vector<std::uint32_t>& callRows = v.calls.result().rows;
  const std::vector<int> visible(callRows.begin(), callRows.end());

  root.add(button("Skip to the results", "skip")).attr("class", "a11y-skip");

  // ---- header: the product and the date of the data
  MirrorNode& header = root.add(el("header", "", "header"));
  header.add(el("h1", kProductName));
  auto asOf = [&](const char* what, const ExportInfo* info) {
    if (!info) return std::string(what) + ": not loaded";
    const auto date = parseDate(info->exported);
    return std::string(what) + " as of " + (date ? humanDate(*date) : info->exported);
  };
  header.add(el("p", asOf("Calls", data.calls ? &data.calls->info : nullptr) + " · " +
                         asOf("Practices", data.practices ? &data.practices->info : nullptr)));
  if (!o.otherSiteWarning.empty()) header.add(el("p", "Warning: " + o.otherSiteWarning, "other-site")).attr("role", "note");
  // ---- the three views as a tab list
  MirrorNode& nav = root.add(el("nav", "", "nav"));
  nav.attr("aria-label", "Views");
  MirrorNode& tabs = nav.add(el("div", "", "tabs"));
  tabs.attr("role", "tablist");
  for (Tab t : {Tab::Map, Tab::Calls, Tab::Practices}) {
    const std::string id = tabId(t);
    const std::string label = t == Tab::Map ? "Map" : t == Tab::Calls ? "Calls" : "Practices";
    MirrorNode& b = tabs.add(button(label, "tab", id, "button:tab-" + id));
    b.attr("role", "tab").attr("aria-selected", v.tab == t ? "true" : "false").attr("aria-controls", "a11y-main");
  }

  // ---- search: one box for both tables, the same text as the canvas box
  MirrorNode& search = root.add(el("div", "", "search"));
  search.attr("role", "search");
  search.add(el("label", "Search calls and practices", "label")).attr("for", "a11y-search");
  MirrorNode& input = search.add(el("input", "", "input"));
  input.attr("type", "search").attr("id", "a11y-search").attr("data-act", "search").attr("data-target", "button:search")
      .attr("value", v.search).attr("autocomplete", "off");

  // ---- main: the tab's content
  MirrorNode& main = root.add(el("main", "", std::string("main-") + tabId(v.tab)));
  main.attr("id", "a11y-main").attr("aria-labelledby", "a11y-main-title");
  const std::string place = mapPlace(v);
  if (v.tab == Tab::Map) {
    main.add(el("h2", "Map of ALMA calls")).attr("id", "a11y-main-title");
    std::map<std::string, std::vector<std::string>> regionsOf;  // country → regions with regional calls
    std::size_t euCalls = 0;
    if (data.calls)
      for (int i : visible) {
        const Call& c = data.calls->calls[static_cast<std::size_t>(i)];
        if (c.country == "EU") ++euCalls;
        else {
          auto& list = regionsOf[c.country];
          if (c.region && c.region->code && c.region->code->size() > 2 &&
              std::find(list.begin(), list.end(), *c.region->code) == list.end())
            list.push_back(*c.region->code);
        }
      }
    m.canvasLabel = "Map of Europe: " + plural(visible.size(), "ALMA call", "ALMA calls") + " shown in " +
                    plural(regionsOf.size(), "country", "countries") + (euCalls ? " and " + plural(euCalls, "EU-level call", "EU-level calls") : "") +
                    ". The list of countries and regions below the map lists them.";
    main.add(el("p", m.canvasLabel));
    main.add(button("Save the map as an image (PNG, with the legend and the date of the data)", "picture", "", "button:save-map-image"));
    for (const FacetTitle& ft : {FacetTitle{CallFacets::Status, "Show calls by status", false}, FacetTitle{CallFacets::Level, "Show calls by level", false}})
      main.add(facetFieldset(v.calls, "calls", ft.facet, ft.title, ft.hideZero, "legend"));
    MirrorNode& results = main.add(el("section", "", "places"));
    results.attr("id", "a11y-results").attr("tabindex", "-1").attr("aria-labelledby", "a11y-places-title");
    results.add(el("h3", "Countries and regions with calls")).attr("id", "a11y-places-title");
    MirrorNode& list = results.add(el("ul"));
    std::vector<std::pair<std::string, std::string>> countries;  // English name, code: listed by name
    for (const auto& [code, regions] : regionsOf) countries.emplace_back(std::string(countryNameEnglish(code)), code);
    std::sort(countries.begin(), countries.end());
    for (const auto& [name, code] : countries) {
      MirrorNode& li = list.add(el("li", "", code));
      const PlaceSummary s = summarisePlace(data.calls->calls, visible, code, today);
      li.add(button(placeName(countryLabel(code), s, today), "place", code, "place:" + code))
          .attr("aria-pressed", v.selection.id == code ? "true" : "false");
      if (regionsOf[code].empty()) continue;
      MirrorNode& sub = li.add(el("ul"));
      for (const std::string& region : regionsOf[code]) {
        const int ri = map ? map->findRegion(region) : -1;
        const std::string label = ri >= 0 ? regionLabel(map->regions[static_cast<std::size_t>(ri)]) : region;
        sub.add(el("li", "", region))
            .add(button(placeName(label, summarisePlace(data.calls->calls, visible, region, today), today), "place", region, "place:" + region))
            .attr("aria-pressed", v.selection.id == region ? "true" : "false");
      }
    }
    if (euCalls > 0)
      list.add(el("li", "", "EU")).add(button("EU-level ALMA calls: " + plural(euCalls, "call", "calls"), "place", "EU", "button:eu-calls"))
          .attr("aria-pressed", v.selection.id == "EU" ? "true" : "false");
    if (countries.empty() && euCalls == 0) results.add(el("p", "No calls match the current search and filters."));
  } else {
    const bool calls = v.tab == Tab::Calls;
    QueryEngine& q = calls ? static_cast<QueryEngine&>(v.calls) : static_cast<QueryEngine&>(v.practices);
    const char* table = calls ? "calls" : "practices";
    main.add(el("h2", calls ? "ALMA calls" : "Migrant-integration practices")).attr("id", "a11y-main-title");
    MirrorNode& filters = main.add(el("section", "", "filters"));
    filters.attr("aria-labelledby", "a11y-filters-title");
    filters.add(el("h3", "Filters")).attr("id", "a11y-filters-title");
    if (calls)
      for (const FacetTitle& ft : kCallFacetTitles) filters.add(facetFieldset(v.calls, "calls", ft.facet, ft.title, ft.hideZero));
    else {
      for (const FacetTitle& ft : kPracticeFacetTitles) filters.add(facetFieldset(v.practices, "practices", ft.facet, ft.title, ft.hideZero));
      filters.add(periodFieldset(v.practices));
    }
    if (calls && !place.empty()) {
      const std::string name = selectionTitle(v.selection, data, map);
      main.add(button("Remove: selected on the map, " + name, "close", "", "chip:map-selection"));
    }
    chips(main, q, table, false);
    if (calls) {
      std::vector<std::uint32_t> rows;
      for (std::uint32_t i : v.calls.result().rows) {
        const Call& c = v.calls.record(i);
        if (place.empty() || (place == "EU" ? c.country == "EU" : callCoversPlace(c, place))) rows.push_back(i);
      }
      main.add(recordTable(v.calls, rows, o.rows, "calls", kCallColumnIds, callColumnHeader, v.focusedCall,
                           [&](std::uint32_t i, int col) { return callColumnText(v.calls.record(i), v.calls.status(i), col); }));
    } else {
      main.add(recordTable(v.practices, v.practices.result().rows, o.rows, "practices", kPracticeColumnIds, practiceColumnHeader,
                           v.openPractice, [&](std::uint32_t i, int col) { return practiceColumnText(v.practices.record(i), col); }));
    }
    main.add(button(std::string("Download these ") + table + " as CSV (for spreadsheets)", "download", "csv", "button:download-csv"));
    main.add(button(std::string("Download these ") + table + " as JSON (loads again in the atlas)", "download", "json", "button:download-json"));
    if (calls) main.add(button("Download the deadlines of these calls for a calendar (.ics)", "download", "ics", "button:deadlines-ics"));
  }

  // ---- details: the selection's calls, the open call, or the open practice
  if (v.tab == Tab::Map && v.selection.kind != SelectionKind::None) {
    MirrorNode& aside = root.add(detailsPanel(selectionTitle(v.selection, data, map), "sel-" + v.selection.id));
    const std::vector<int> list = selectionCalls(v.selection, data, visible, today);
    aside.add(el("p", list.empty() ? std::string("No calls here match the current search and filters.") : plural(list.size(), "ALMA call", "ALMA calls")));
    for (int i : list) {
      const Call& c = data.calls->calls[static_cast<std::size_t>(i)];
      aside.add(callArticle(c, today, true, v.focusedCall == c.id));
    }
    aside.add(button("Close the details", "close", "", "button:details-close"));
  } else if (v.tab == Tab::Calls && !v.focusedCall.empty()) {
    for (const Call& c : v.calls.records())
      if (c.id == v.focusedCall) {
        MirrorNode& aside = root.add(detailsPanel(c.title, "call-" + c.id));
        aside.add(callArticle(c, today, false, false));
        aside.add(button("Close the details", "close", "", "button:details-close"));
      }
  } else if (v.tab == Tab::Practices && !v.openPractice.empty()) {
    for (const Practice& p : v.practices.records())
      if (p.id == v.openPractice) {
        MirrorNode& aside = root.add(detailsPanel(p.title, "practice-" + p.id));
        aside.add(factList(practiceFacts(p)));
        if (p.summary) aside.add(el("p", *p.summary));
        if (p.url && isSafeLink(*p.url)) aside.add(officialLink(*p.url, "Project page of " + p.title, "link:" + p.id));
        aside.add(button("Show on map", "show-practice", p.id, "button:show-on-map"));
        if (p.updated) aside.add(el("p", "Updated " + humanDate(*p.updated)));
        aside.add(button("Close the details", "close", "", "button:details-close"));
      }
  }

  // ---- the dialogs of the canvas, as content
  if (o.dataPanel) {
    MirrorNode& sec = root.add(el("section", "", "data"));
    sec.attr("aria-labelledby", "a11y-data-title");
    sec.add(el("h2", "Data sources and problems", "data-title")).attr("id", "a11y-data-title").attr("tabindex", "-1").attr("data-focus", "data");
    MirrorNode& sources = sec.add(el("ul"));
    if (data.calls) sources.add(el("li", "Calls: " + plural(data.calls->calls.size(), "record", "records") + " from " + data.calls->info.file + ". " + data.calls->info.source));
    if (data.practices)
      sources.add(el("li", "Practices: " + plural(data.practices->practices.size(), "record", "records") + " from " + data.practices->info.file + ". " +
                               data.practices->info.source));
    sec.add(el("h3", data.diagnostics.empty() ? std::string("No problems found in the loaded data.") : plural(data.diagnostics.size(), "problem", "problems")));
    MirrorNode& problems = sec.add(el("ul"));
    for (std::size_t i = 0; i < std::min<std::size_t>(data.diagnostics.size(), 200); ++i) problems.add(el("li", describe(data.diagnostics[i])));
    sec.add(button("Close data sources and problems", "data", "", "button:data"));
  }
  if (o.help) {
    MirrorNode& sec = root.add(el("section", "", "help"));
    sec.attr("aria-labelledby", "a11y-help-title");
    sec.add(el("h2", "About the atlas", "help-title")).attr("id", "a11y-help-title").attr("tabindex", "-1").attr("data-focus", "help");
    sec.add(el("p", "ALMA (Aim, Learn, Master, Achieve) calls send young people who are not in employment, education or training on a "
                    "supervised 2–6 month work stay in another EU country, funded by the ESF+. The map shows the calls of national "
                    "and regional programmes; the practices table lists migrant-integration practices."));
    MirrorNode& keys = sec.add(el("ul"));
    for (const char* k : {"Tab and Shift+Tab move between the controls; Enter or Space activates one.",
                          "Esc closes the details and returns to where you were.",
                          "On the map canvas: arrow keys move the map, + and − zoom, 0 resets the view.",
                          "/ or Ctrl+K puts the caret in the search box of the canvas."})
      keys.add(el("li", k));
    sec.add(button("Close the help", "help", "", "button:help"));
  }

  // ---- the top bar's tools, after the content in the reading and Tab order
  MirrorNode& footer = root.add(el("footer", "", "tools"));
  footer.attr("aria-label", "Tools");
  const std::string problems = data.diagnostics.empty() ? "" : " (" + plural(data.diagnostics.size(), "problem", "problems") + ")";
  footer.add(button("Data sources and problems" + problems, "data", "", "button:data")).attr("aria-expanded", o.dataPanel ? "true" : "false");
  footer.add(button("About the atlas and keyboard use", "help", "", "button:help")).attr("aria-expanded", o.help ? "true" : "false");
  footer.add(button("Copy a link to this view", "copy-link", "", "button:copy-link"));
  footer.add(button("Show this view's link as a QR code (for phones in the room)", "share", "", "button:share"));
  footer.add(button("Load data from a file", "load", "", "button:load-data"));
  footer.add(button("Text size " + std::to_string(o.textScalePercent) + "%: make larger", "text-size", "", "button:text-size"));
  footer.add(button("Presenter mode", "presenter", "", "button:presenter")).attr("aria-pressed", o.presenter ? "true" : "false");
  footer.add(button("Dark theme", "theme", "", "button:theme")).attr("aria-pressed", o.dark ? "true" : "false");

  // ---- what the live region says once changes settle
  if (v.tab == Tab::Map) {
    if (v.selection.kind != SelectionKind::None) {
      const std::vector<int> list = selectionCalls(v.selection, data, visible, today);
      m.status = plural(list.size(), "call", "calls") + " in " + selectionTitle(v.selection, data, map);
      if (!list.empty() && v.selection.kind != SelectionKind::Call && v.selection.id != "EU") {
        const PlaceSummary s = summarisePlace(data.calls->calls, visible, v.selection.id, today);
        if (s.nearestDeadline)
          m.status += ", " + std::to_string(s.open) + " open, next " + daysLeftPhrase(daysUntil(today, *s.nearestDeadline).value_or(0));
      }
    } else {
      m.status = withThousands(static_cast<long long>(visible.size())) + " of " + plural(v.calls.recordCount(), "call", "calls") + " on the map";
    }
  } else if (v.tab == Tab::Calls) {
    m.status = withThousands(static_cast<long long>(v.calls.result().rows.size())) + " of " + plural(v.calls.recordCount(), "call", "calls");
  } else {
    m.status = withThousands(static_cast<long long>(v.practices.result().rows.size())) + " of " +
               plural(v.practices.recordCount(), "practice", "practices");
  }
  return m;
}

namespace {
nlohmann::json nodeJson(const MirrorNode& n) {
  nlohmann::json j = {{"t", n.tag}};
  if (!n.key.empty()) j["k"] = n.key;
  if (!n.text.empty()) j["x"] = n.text;
  if (!n.attrs.empty()) {
    nlohmann::json a = nlohmann::json::object();
    for (const auto& [name, value] : n.attrs) a[name] = value;
    j["a"] = std::move(a);
  }
  if (!n.children.empty()) {
    nlohmann::json c = nlohmann::json::array();
    for (const MirrorNode& child : n.children) c.push_back(nodeJson(child));
    j["c"] = std::move(c);
  }
  return j;
}
}  // namespace

std::string toJson(const Mirror& m) {
  // Invalid UTF-8 in data is replaced, never a reason to fail (the web build has no exceptions).
  return nlohmann::json{{"root", nodeJson(m.root)}, {"status", m.status}, {"canvasLabel", m.canvasLabel}}.dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace alma
