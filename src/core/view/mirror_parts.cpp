#include "core/view/mirror_parts.hpp"

#include "core/i18n/messages.hpp"
#include "core/map/call_places.hpp"
#include "core/model/countries.hpp"
#include "core/model/record_facts.hpp"
#include "core/model/derived.hpp"
#include "core/model/links.hpp"

namespace alma::mirror {

using i18n::tr;
using i18n::trf;

MirrorNode el(std::string tag, std::string text, std::string key) {
  MirrorNode n;
  n.tag = std::move(tag);
  n.text = std::move(text);
  n.key = std::move(key);
  return n;
}

MirrorNode button(std::string text, std::string act, std::string arg, std::string target) {
  MirrorNode b = el("button", std::move(text), act + ":" + arg);
  b.attr("type", "button").attr("data-act", std::move(act));
  if (!arg.empty()) b.attr("data-arg", std::move(arg));
  if (!target.empty()) b.attr("data-target", std::move(target));
  return b;
}

std::string count(const char* key, std::size_t n) { return i18n::trn(key, static_cast<long long>(n)); }

// "4 closed, 1 open" for a place's calls.
std::string statusCounts(const PlaceSummary& s) {
  std::string out;
  auto add = [&](int n, const char* key) {
    if (n > 0) out += (out.empty() ? "" : ", ") + i18n::trn(key, n);
  };
  add(s.open, "count.open");
  add(s.planned, "count.planned");
  add(s.closed, "count.closed");
  add(s.unknown, "count.status_unknown");
  return out;
}

// "Spain / España: 4 calls — 1 open, 3 closed; next deadline 12 May 2027 (closes in 12 days)".
std::string placeName(const std::string& label, const PlaceSummary& s, Date today) {
  std::string name = trf("mirror.place", {{"place", label}, {"calls", count("count.calls", static_cast<std::size_t>(s.total()))},
                                          {"statuses", statusCounts(s)}});
  if (s.nearestDeadline)
    name += trf("mirror.next_deadline", {{"date", humanDate(*s.nearestDeadline)},
                                         {"when", daysLeftPhrase(daysUntil(today, *s.nearestDeadline).value_or(0))}});
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
MirrorNode facetFieldset(QueryEngine& q, const char* table, int facet, const std::string& legend, bool hideZero,
                         const char* targetKind) {
  const QueryResult& r = q.result();
  MirrorNode set = el("fieldset", "", q.facet(facet).name);
  set.add(el("legend", legend));
  const Facet& f = q.facet(facet);
  for (std::uint32_t v : f.listOrder()) {
    const std::uint32_t n = r.facetCounts[static_cast<std::size_t>(facet)][v];
    const bool on = q.isSelected(facet, v);
    if (hideZero && n == 0 && !on) continue;
    const std::string id = f.name + "=" + f.values[v].value;
    const bool legendTarget = std::string_view(targetKind) == "legend";
    set.add(checkbox(f.values[v].shown() + ", " + withThousands(n), on, std::string(table) + ":" + id,
                     std::string(targetKind) + ":" + (legendTarget ? f.values[v].value : id)));
  }
  return set;
}

// The practices' period: the first and last year they were active, and whether undated ones stay.
MirrorNode periodFieldset(PracticeQuery& q) {
  const QueryResult& r = q.result();
  MirrorNode set = el("fieldset", "", "period");
  set.add(el("legend", tr("mirror.period_legend")));
  const YearFilter& y = q.years();
  for (bool from : {true, false}) {
    const std::string id = from ? "a11y-year-from" : "a11y-year-to";
    set.add(el("label", tr(from ? "filter.from_year" : "filter.to_year"), id)).attr("for", id);
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
    l.add(el("span", i18n::trn("filter.include_undated", r.years.undated)));
    set.add(std::move(l));
  }
  return set;
}

// The active filters as buttons that remove them, and "Clear all".
void chips(MirrorNode& parent, QueryEngine& q, const char* table, bool anyExtra) {
  MirrorNode list = el("div", "", "chips");
  list.attr("aria-label", tr("mirror.active_filters"));
  list.attr("role", "group");
  bool any = anyExtra;
  if (!q.searchText().empty()) {
    list.add(button(trf("mirror.remove_search", {{"search", q.searchText()}}), "clear-search", "", "chip:search"));
    any = true;
  }
  for (const ActiveFilter& f : q.activeFilters()) {
    if (f.facet < 0) continue;  // the period: its own control
    const std::string id = q.facet(f.facet).name + "=" + q.facet(f.facet).values[f.value].value;
    list.add(button(trf("mirror.remove_filter", {{"filter", f.label}}), "facet", std::string(table) + ":" + id, "chip:" + id));
    any = true;
  }
  if (!any) return;
  list.add(button(tr("mirror.clear_all"), "clear-all", table, "button:clear-all"));
  parent.add(std::move(list));
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
  MirrorNode a = el("a", trf("mirror.new_tab", {{"link", text}}), "link");
  a.attr("href", url).attr("target", "_blank").attr("rel", "noopener noreferrer").attr("data-target", target);
  return a;
}

MirrorNode callArticle(const Call& c, Date today, bool onMap, bool focused) {
  MirrorNode art = el("article", "", c.id);
  const std::string& title = shownTitle(c);
  art.attr("aria-label", title);
  MirrorNode& heading = art.add(el("h3", title));
  if (const std::string lang = titleLanguage(c); !lang.empty()) heading.attr("lang", lang);
  if (&title == &c.title && c.title_original && *c.title_original != c.title) {
    MirrorNode& original = art.add(el("p", trf("card.original_title", {{"title", *c.title_original}})));
    // The own-language title is in one of the country's languages; said where there is only one.
    if (const auto langs = countryLanguages(c.country); langs.size() == 1) original.attr("lang", std::string(langs[0]));
  } else if (&title != &c.title) {
    art.add(el("p", trf("card.published_title", {{"title", c.title}})));
  }
  art.add(el("p", trf("mirror.status", {{"status", statusLabel(effectiveStatus(c, today))}})));
  art.add(factList(callFacts(c, today)));
  if (c.url && isSafeLink(*c.url)) art.add(officialLink(*c.url, trf("mirror.official_page_of", {{"title", title}}), "link:" + c.id));
  if (c.closes)
    art.add(button(tr("mirror.add_to_calendar"), "calendar", c.id,
                   "button:add-to-calendar-" + c.id));
  if (onMap) {
    if (!c.destinations.empty())
      art.add(button(tr(focused ? "mirror.hide_destinations" : "mirror.show_destinations"), "focus-call", c.id, "call:" + c.id))
          .attr("aria-pressed", focused ? "true" : "false");
  } else {
    art.add(button(tr("card.show_on_map"), "show-call", c.id, "button:show-on-map"));
  }
  if (c.updated) art.add(el("p", trf("card.updated", {{"date", humanDate(*c.updated)}})));
  return art;
}

MirrorNode detailsPanel(const std::string& title, const std::string& key) {
  MirrorNode aside = el("aside", "", "details");
  aside.attr("aria-labelledby", "a11y-details-title");
  MirrorNode& h = aside.add(el("h2", title, key));
  h.attr("id", "a11y-details-title").attr("tabindex", "-1").attr("data-focus", key);
  return aside;
}

}  // namespace alma::mirror
