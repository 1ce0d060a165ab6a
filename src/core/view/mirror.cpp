#include "core/i18n/messages.hpp"
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
using i18n::tr;
using i18n::trf;

struct FacetTitle {
  int facet;
  const char* title;  // the legend's message key
  bool hideZero;
};
constexpr FacetTitle kCallFacetTitles[] = {{CallFacets::Status, "facet.status", false},
                                           {CallFacets::Level, "facet.level", false},
                                           {CallFacets::Country, "facet.country", true},
                                           {CallFacets::FundingModel, "facet.funding_model", false}};
constexpr FacetTitle kPracticeFacetTitles[] = {{PracticeFacets::Stage, "facet.stage", false},
                                               {PracticeFacets::Fund, "facet.fund", false},
                                               {PracticeFacets::Country, "facet.country", true},
                                               {PracticeFacets::Theme, "facet.theme", false},
                                               {PracticeFacets::TargetGroup, "facet.target_group", false}};

}  // namespace

Mirror buildMirror(ViewState& v, const Dataset& data, const MapAsset* map, Date today, const MirrorOptions& o) {
  Mirror m;
  MirrorNode& root = m.root;
  root.tag = "div";
  const std::vector<std::uint32_t>& callRows = v.calls.result().rows;
  const std::vector<int> visible(callRows.begin(), callRows.end());

  root.add(button(tr("mirror.skip"), "skip")).attr("class", "a11y-skip");

  // ---- header: the product and the date of the data
  MirrorNode& header = root.add(el("header", "", "header"));
  header.add(el("h1", tr("product.name")));
  header.add(el("p", dataAsOf(data.calls ? &data.calls->info : nullptr, data.practices ? &data.practices->info : nullptr)));
  if (!o.otherSiteWarning.empty()) header.add(el("p", trf("mirror.warning", {{"warning", o.otherSiteWarning}}), "other-site")).attr("role", "note");
  // ---- the three views as a tab list
  MirrorNode& nav = root.add(el("nav", "", "nav"));
  nav.attr("aria-label", tr("mirror.views"));
  MirrorNode& tabs = nav.add(el("div", "", "tabs"));
  tabs.attr("role", "tablist");
  for (Tab t : {Tab::Map, Tab::Calls, Tab::Practices}) {
    const std::string id = tabId(t);
    const std::string label = tr(t == Tab::Map ? "tab.map" : t == Tab::Calls ? "tab.calls" : "tab.practices");
    MirrorNode& b = tabs.add(button(label, "tab", id, "button:tab-" + id));
    b.attr("role", "tab").attr("aria-selected", v.tab == t ? "true" : "false").attr("aria-controls", "a11y-main");
  }

  // ---- search: one box for both tables, the same text as the canvas box
  MirrorNode& search = root.add(el("div", "", "search"));
  search.attr("role", "search");
  search.add(el("label", tr("mirror.search_label"), "label")).attr("for", "a11y-search");
  MirrorNode& input = search.add(el("input", "", "input"));
  input.attr("type", "search").attr("id", "a11y-search").attr("data-act", "search").attr("data-target", "button:search")
      .attr("value", v.search).attr("autocomplete", "off");

  // ---- main: the tab's content
  MirrorNode& main = root.add(el("main", "", std::string("main-") + tabId(v.tab)));
  main.attr("id", "a11y-main").attr("aria-labelledby", "a11y-main-title");
  const std::string place = mapPlace(v);
  if (v.tab == Tab::Map) {
    main.add(el("h2", tr("mirror.map_title"))).attr("id", "a11y-main-title");
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
    m.canvasLabel = trf(euCalls ? "mirror.canvas_with_eu" : "mirror.canvas",
                        {{"calls", count("count.alma_calls", visible.size())}, {"countries", count("count.countries", regionsOf.size())},
                         {"eu", count("count.eu_calls", euCalls)}});
    main.add(el("p", m.canvasLabel));
    main.add(button(tr("mirror.save_picture"), "picture", "", "button:save-map-image"));
    for (const FacetTitle& ft : {FacetTitle{CallFacets::Status, "legend.by_status", false}, FacetTitle{CallFacets::Level, "legend.by_level", false}})
      main.add(facetFieldset(v.calls, "calls", ft.facet, tr(ft.title), ft.hideZero, "legend"));
    MirrorNode& results = main.add(el("section", "", "places"));
    results.attr("id", "a11y-results").attr("tabindex", "-1").attr("aria-labelledby", "a11y-places-title");
    results.add(el("h3", tr("mirror.places_title"))).attr("id", "a11y-places-title");
    MirrorNode& list = results.add(el("ul"));
    std::vector<std::pair<std::string, std::string>> countries;  // name (interface language), code: listed by name
    for (const auto& [code, regions] : regionsOf) countries.emplace_back(countryName(code), code);
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
      list.add(el("li", "", "EU")).add(button(tr("place.eu_calls") + ": " + count("count.calls", euCalls), "place", "EU", "button:eu-calls"))
          .attr("aria-pressed", v.selection.id == "EU" ? "true" : "false");
    if (countries.empty() && euCalls == 0) results.add(el("p", tr("map.no_calls")));
  } else {
    const bool calls = v.tab == Tab::Calls;
    QueryEngine& q = calls ? static_cast<QueryEngine&>(v.calls) : static_cast<QueryEngine&>(v.practices);
    const char* table = calls ? "calls" : "practices";
    main.add(el("h2", tr(calls ? "mirror.calls_title" : "mirror.practices_title"))).attr("id", "a11y-main-title");
    MirrorNode& filters = main.add(el("section", "", "filters"));
    filters.attr("aria-labelledby", "a11y-filters-title");
    filters.add(el("h3", tr("filter.title"))).attr("id", "a11y-filters-title");
    if (calls)
      for (const FacetTitle& ft : kCallFacetTitles) filters.add(facetFieldset(v.calls, "calls", ft.facet, tr(ft.title), ft.hideZero));
    else {
      for (const FacetTitle& ft : kPracticeFacetTitles) filters.add(facetFieldset(v.practices, "practices", ft.facet, tr(ft.title), ft.hideZero));
      filters.add(periodFieldset(v.practices));
    }
    if (calls && !place.empty()) {
      const std::string name = selectionTitle(v.selection, data, map);
      main.add(button(trf("mirror.remove_map_selection", {{"place", name}}), "close", "", "chip:map-selection"));
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
    main.add(button(tr(calls ? "mirror.download_calls_csv" : "mirror.download_practices_csv"), "download", "csv", "button:download-csv"));
    main.add(button(tr(calls ? "mirror.download_calls_json" : "mirror.download_practices_json"), "download", "json", "button:download-json"));
    if (calls) main.add(button(tr("mirror.download_ics"), "download", "ics", "button:deadlines-ics"));
  }

  // ---- details: the selection's calls, the open call, or the open practice
  if (v.tab == Tab::Map && v.selection.kind != SelectionKind::None) {
    MirrorNode& aside = root.add(detailsPanel(selectionTitle(v.selection, data, map), "sel-" + v.selection.id));
    const std::vector<int> list = selectionCalls(v.selection, data, visible, today);
    aside.add(el("p", list.empty() ? tr("place.no_calls") : count("count.alma_calls", list.size())));
    for (int i : list) {
      const Call& c = data.calls->calls[static_cast<std::size_t>(i)];
      aside.add(callArticle(c, today, true, v.focusedCall == c.id));
    }
    aside.add(button(tr("mirror.close_details"), "close", "", "button:details-close"));
  } else if (v.tab == Tab::Calls && !v.focusedCall.empty()) {
    for (const Call& c : v.calls.records())
      if (c.id == v.focusedCall) {
        MirrorNode& aside = root.add(detailsPanel(shownTitle(c), "call-" + c.id));
        aside.add(callArticle(c, today, false, false));
        aside.add(button(tr("mirror.close_details"), "close", "", "button:details-close"));
      }
  } else if (v.tab == Tab::Practices && !v.openPractice.empty()) {
    for (const Practice& p : v.practices.records())
      if (p.id == v.openPractice) {
        MirrorNode& aside = root.add(detailsPanel(p.title, "practice-" + p.id));
        aside.add(factList(practiceFacts(p)));
        if (p.summary) aside.add(el("p", *p.summary));
        if (p.url && isSafeLink(*p.url)) aside.add(officialLink(*p.url, trf("mirror.project_page_of", {{"title", p.title}}), "link:" + p.id));
        aside.add(button(tr("card.show_on_map"), "show-practice", p.id, "button:show-on-map"));
        if (p.updated) aside.add(el("p", trf("card.updated", {{"date", humanDate(*p.updated)}})));
        aside.add(button(tr("mirror.close_details"), "close", "", "button:details-close"));
      }
  }

  // ---- the dialogs of the canvas, as content
  if (o.dataPanel) {
    MirrorNode& sec = root.add(el("section", "", "data"));
    sec.attr("aria-labelledby", "a11y-data-title");
    sec.add(el("h2", tr("data.title"), "data-title")).attr("id", "a11y-data-title").attr("tabindex", "-1").attr("data-focus", "data");
    MirrorNode& sources = sec.add(el("ul"));
    if (data.calls) sources.add(el("li", trf("data.source_calls", {{"records", count("count.records", data.calls->calls.size())}, {"file", data.calls->info.file}, {"source", data.calls->info.source}})));
    if (data.practices)
      sources.add(el("li", trf("data.source_practices", {{"records", count("count.records", data.practices->practices.size())},
                                                       {"file", data.practices->info.file}, {"source", data.practices->info.source}})));
    sec.add(el("h3", data.diagnostics.empty() ? tr("data.no_problems") : count("count.problems", data.diagnostics.size())));
    MirrorNode& problems = sec.add(el("ul"));
    for (std::size_t i = 0; i < std::min<std::size_t>(data.diagnostics.size(), 200); ++i) problems.add(el("li", describe(data.diagnostics[i])));
    sec.add(button(tr("mirror.close_data"), "data", "", "button:data"));
  }
  if (o.help) {
    MirrorNode& sec = root.add(el("section", "", "help"));
    sec.attr("aria-labelledby", "a11y-help-title");
    sec.add(el("h2", tr("help.title"), "help-title")).attr("id", "a11y-help-title").attr("tabindex", "-1").attr("data-focus", "help");
    sec.add(el("p", tr("help.about")));
    MirrorNode& keys = sec.add(el("ul"));
    for (const char* k : {"mirror.keys_tab", "mirror.keys_esc", "mirror.keys_map", "mirror.keys_search"}) keys.add(el("li", tr(k)));
    sec.add(button(tr("mirror.close_help"), "help", "", "button:help"));
  }

  // ---- the top bar's tools, after the content in the reading and Tab order
  MirrorNode& footer = root.add(el("footer", "", "tools"));
  footer.attr("aria-label", tr("mirror.tools"));
  const std::string problems = data.diagnostics.empty() ? "" : " (" + count("count.problems", data.diagnostics.size()) + ")";
  footer.add(button(tr("data.title") + problems, "data", "", "button:data")).attr("aria-expanded", o.dataPanel ? "true" : "false");
  footer.add(button(tr("mirror.help_button"), "help", "", "button:help")).attr("aria-expanded", o.help ? "true" : "false");
  footer.add(button(tr("mirror.copy_link"), "copy-link", "", "button:copy-link"));
  footer.add(button(tr("mirror.share"), "share", "", "button:share"));
  footer.add(button(tr("mirror.load"), "load", "", "button:load-data"));
  footer.add(button(trf("mirror.text_size", {{"percent", std::to_string(o.textScalePercent)}}), "text-size", "", "button:text-size"));
  footer.add(button(tr("mirror.presenter"), "presenter", "", "button:presenter")).attr("aria-pressed", o.presenter ? "true" : "false");
  // The interface language: each named in itself, marked with its own language for screen readers.
  footer.add(el("label", tr("top.language_tip"), "language-label")).attr("for", "a11y-language");
  MirrorNode& languageSelect = footer.add(el("select", "", "language"));
  languageSelect.attr("id", "a11y-language").attr("data-act", "language").attr("value", std::string(i18n::messages().language().code));
  for (const i18n::Language& l : i18n::languages())
    languageSelect.add(el("option", std::string(l.endonym), std::string(l.code))).attr("value", std::string(l.code)).attr("lang", std::string(l.code));
  footer.add(button(tr("mirror.dark_theme"), "theme", "", "button:theme")).attr("aria-pressed", o.dark ? "true" : "false");

  // ---- what the live region says once changes settle
  if (v.tab == Tab::Map) {
    if (v.selection.kind != SelectionKind::None) {
      const std::vector<int> list = selectionCalls(v.selection, data, visible, today);
      m.status = trf("status.calls_in", {{"calls", count("count.calls", list.size())}, {"place", selectionTitle(v.selection, data, map)}});
      if (!list.empty() && v.selection.kind != SelectionKind::Call && v.selection.id != "EU") {
        const PlaceSummary s = summarisePlace(data.calls->calls, visible, v.selection.id, today);
        if (s.nearestDeadline)
          m.status += trf("status.open_next", {{"open", i18n::trn("count.open", s.open)}, {"when", daysLeftPhrase(daysUntil(today, *s.nearestDeadline).value_or(0))}});
      }
    } else {
      m.status = trf("status.on_map", {{"shown", withThousands(static_cast<long long>(visible.size()))}, {"calls", count("count.calls", v.calls.recordCount())}});
    }
  } else if (v.tab == Tab::Calls) {
    m.status = trf("status.of", {{"shown", withThousands(static_cast<long long>(v.calls.result().rows.size()))}, {"all", count("count.calls", v.calls.recordCount())}});
  } else {
    m.status = trf("status.of", {{"shown", withThousands(static_cast<long long>(v.practices.result().rows.size()))},
                                 {"all", count("count.practices", v.practices.recordCount())}});
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
