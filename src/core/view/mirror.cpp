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
#include "core/view/selection.hpp"

namespace alma {

namespace {

MirrorNode el(std::string tag, std::string text = "", std::string key = "") {
  MirrorNode n;
  n.tag = std::move(tag);
  n.text = std::move(text);
  n.key = std::move(key);
  return n;
}

MirrorNode button(std::string text, std::string act, std::string arg = "", std::string target = "") {
  MirrorNode b = el("button", std::move(text), act + ":" + arg);
  b.attr("type", "button").attr("data-act", std::move(act));
  if (!arg.empty()) b.attr("data-arg", std::move(arg));
  if (!target.empty()) b.attr("data-target", std::move(target));
  return b;
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return withThousands(static_cast<long long>(n)) + " " + (n == 1 ? one : many);
}

// "4 closed, 1 open" for a place's calls.
std::string statusCounts(const PlaceSummary& s) {
  std::string out;
  auto add = [&](int n, const char* what) {
    if (n > 0) out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + what;
  };
  add(s.open, "open");
  add(s.planned, "planned");
  add(s.closed, "closed");
  add(s.unknown, "status unknown");
  return out;
}

// "Spain / España: 4 calls — 1 open, 3 closed; next deadline 12 May 2027 (closes in 12 days)".
std::string placeName(const std::string& label, const PlaceSummary& s, Date today) {
  std::string name = label + ": " + plural(static_cast<std::size_t>(s.total()), "call", "calls") + " — " + statusCounts(s);
  if (s.nearestDeadline)
    name += "; next deadline " + humanDate(*s.nearestDeadline) + " (" + daysLeftPhrase(daysUntil(today, *s.nearestDeadline).value_or(0)) + ")";
  return name;
}

MirrorNode checkbox(const std::string& label, bool checked, std::string arg, std::string target) {
  MirrorNode l = el("label", "", arg);
  MirrorNode& box = l.add(el("input"));
  box.attr("type", "checkbox").attr("data-act", "facet").attr("data-arg", arg).attr("data-target", std::move(target));
  if (checked) box.attr("checked", "");
  l.add(el("span", label));
  return l;
}

// One fieldset per facet, its values as checkboxes whose labels carry the counts ("Portugal, 3").
// `targetKind`: what the canvas counterpart of a value is ("facet" in the filter panel, "legend" on
// the map, where the target id is the value alone).
MirrorNode facetFieldset(QueryEngine& q, const char* table, int facet, const std::string& legend, bool hideZero,
                         const char* targetKind = "facet") {
  const QueryResult& r = q.result();
  MirrorNode set = el("fieldset", "", q.facet(facet).name);
  set.add(el("legend", legend));
  const Facet& f = q.facet(facet);
  for (std::uint32_t v = 0; v < f.values.size(); ++v) {
    const std::uint32_t n = r.facetCounts[static_cast<std::size_t>(facet)][v];
    const bool on = q.isSelected(facet, v);
    if (hideZero && n == 0 && !on) continue;
    const std::string id = f.name + "=" + f.values[v].value;
    const bool legendTarget = std::string_view(targetKind) == "legend";
    set.add(checkbox(f.values[v].label + ", " + withThousands(n), on, std::string(table) + ":" + id,
                     std::string(targetKind) + ":" + (legendTarget ? f.values[v].value : id)));
  }
  return set;
}

// The practices' period: the first and last year they were active, and whether undated ones stay.
MirrorNode periodFieldset(PracticeQuery& q) {
  const QueryResult& r = q.result();
  MirrorNode set = el("fieldset", "", "period");
  set.add(el("legend", "Period (years a practice was active)"));
  const YearFilter& y = q.years();
  for (bool from : {true, false}) {
    const std::string id = from ? "a11y-year-from" : "a11y-year-to";
    set.add(el("label", from ? "From year" : "To year", id)).attr("for", id);
    MirrorNode& input = set.add(el("input", "", id + "-input"));
    input.attr("type", "number").attr("id", id).attr("data-act", from ? "year-from" : "year-to").attr("inputmode", "numeric");
    const std::optional<int>& year = from ? y.from : y.to;
    input.attr("value", year ? std::to_string(*year) : "");
    if (r.years.minYear) input.attr("min", std::to_string(*r.years.minYear));
    if (r.years.maxYear) input.attr("max", std::to_string(*r.years.maxYear));
  }
  if (y.active() && r.years.undated > 0) {
    MirrorNode l = el("label", "", "undated");
    MirrorNode& box = l.add(el("input"));
    box.attr("type", "checkbox").attr("data-act", "undated");
    if (y.keepUndated) box.attr("checked", "");
    l.add(el("span", "Include " + std::to_string(r.years.undated) + " without dates"));
    set.add(std::move(l));
  }
  return set;
}

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

// The active filters as buttons that remove them, and "Clear all".
void chips(MirrorNode& parent, QueryEngine& q, const char* table, bool anyExtra) {
  MirrorNode list = el("div", "", "chips");
  list.attr("aria-label", "Active filters");
  list.attr("role", "group");
  bool any = anyExtra;
  if (!q.searchText().empty()) {
    list.add(button("Remove the search \"" + q.searchText() + "\"", "clear-search", "", "chip:search"));
    any = true;
  }
  for (const ActiveFilter& f : q.activeFilters()) {
    if (f.facet < 0) continue;  // the period: its own control
    const std::string id = q.facet(f.facet).name + "=" + q.facet(f.facet).values[f.value].value;
    list.add(button("Remove filter: " + f.label, "facet", std::string(table) + ":" + id, "chip:" + id));
    any = true;
  }
  if (!any) return;
  list.add(button("Clear all filters and the search", "clear-all", table, "button:clear-all"));
  parent.add(std::move(list));
}

// A table of the first `rows` rows: caption, th scope=col with aria-sort, rows that open details.
template <class Query, class Text>
MirrorNode recordTable(Query& q, const std::vector<std::uint32_t>& rows, std::size_t shown, const char* noun,
                       std::span<const char* const> ids, const char* (*header)(int), const std::string& open, Text text) {
  MirrorNode section = el("section", "", "results");
  section.attr("id", "a11y-results").attr("tabindex", "-1").attr("aria-label", std::string("Table of ") + noun);
  MirrorNode& table = section.add(el("table"));
  std::string caption = std::string(1, static_cast<char>(std::toupper(noun[0]))) + (noun + 1) + ": " +
                        withThousands(static_cast<long long>(rows.size())) + " of " + withThousands(static_cast<long long>(q.recordCount()));
  if (!q.sort().empty()) {
    const SortKey& k = q.sort().front();
    caption += std::string(", sorted by ") + header(k.column) + (k.descending ? ", descending" : ", ascending");
  }
  if (shown < rows.size()) caption += "; the first " + withThousands(static_cast<long long>(shown)) + " are listed";
  table.add(el("caption", caption));
  MirrorNode& head = table.add(el("thead")).add(el("tr"));
  for (std::size_t c = 0; c < ids.size(); ++c) {
    MirrorNode& th = head.add(el("th", "", ids[c]));
    th.attr("scope", "col");
    for (std::size_t k = 0; k < q.sort().size(); ++k)
      if (q.sort()[k].column == static_cast<int>(c) && k == 0) th.attr("aria-sort", q.sort()[k].descending ? "descending" : "ascending");
    th.add(button(header(static_cast<int>(c)), "sort", ids[c], std::string("column:") + ids[c]));
  }
  MirrorNode& body = table.add(el("tbody"));
  for (std::size_t i = 0; i < std::min(shown, rows.size()); ++i) {
    const std::uint32_t index = rows[i];
    const std::string id = q.record(index).id;
    MirrorNode& tr = body.add(el("tr", "", id));
    for (std::size_t c = 0; c < ids.size(); ++c) {
      MirrorNode& td = tr.add(el(c == 0 ? "th" : "td"));
      if (c == 0) {
        td.attr("scope", "row");
        MirrorNode& b = td.add(button(text(index, 0), "row", id, "row:" + id));
        b.attr("aria-expanded", open == id ? "true" : "false");
      } else {
        td.text = text(index, static_cast<int>(c));
      }
    }
  }
  if (shown < rows.size())
    section.add(button("Show " + std::to_string(std::min(kMirrorPage, rows.size() - shown)) + " more " + noun, "more"));
  return section;
}

MirrorNode factList(const std::vector<Fact>& facts) {
  MirrorNode dl = el("dl");
  for (const Fact& f : facts) {
    dl.add(el("dt", f.label));
    MirrorNode& dd = dl.add(el("dd", f.link ? "" : f.value));
    if (f.link) dd.add(el("a", f.value)).attr("href", *f.link);
  }
  return dl;
}

MirrorNode officialLink(const std::string& url, const std::string& text, const std::string& target) {
  MirrorNode a = el("a", text + " (opens in a new tab)", "link");
  a.attr("href", url).attr("target", "_blank").attr("rel", "noopener noreferrer").attr("data-target", target);
  return a;
}

MirrorNode callArticle(const Call& c, Date today, bool onMap, bool focused) {
  MirrorNode art = el("article", "", c.id);
  art.attr("aria-label", c.title);
  art.add(el("h3", c.title));
  if (c.title_original && *c.title_original != c.title) art.add(el("p", "Original title: " + *c.title_original));
  art.add(el("p", std::string("Status: ") + statusLabel(effectiveStatus(c, today))));
  art.add(factList(callFacts(c, today)));
  if (c.url && isSafeLink(*c.url)) art.add(officialLink(*c.url, "Official page of " + c.title, "link:" + c.id));
  if (onMap) {
    if (!c.destinations.empty())
      art.add(button(focused ? "Hide where participants go" : "Show on the map where participants go", "focus-call", c.id, "call:" + c.id))
          .attr("aria-pressed", focused ? "true" : "false");
  } else {
    art.add(button("Show on map", "show-call", c.id, "button:show-on-map"));
  }
  if (c.updated) art.add(el("p", "Updated " + humanDate(*c.updated)));
  return art;
}

MirrorNode detailsPanel(const std::string& title, const std::string& key) {
  MirrorNode aside = el("aside", "", "details");
  aside.attr("aria-labelledby", "a11y-details-title");
  MirrorNode& h = aside.add(el("h2", title, key));
  h.attr("id", "a11y-details-title").attr("tabindex", "-1").attr("data-focus", key);
  return aside;
}

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
