// The accessible mirror (core/view/mirror.hpp): what a screen reader gets, built from the view
// state and data — landmarks, tabs, the search, facets with counts, the map as a list of places,
// tables in pages, details with a safe link.
#include <doctest/doctest.h>

#include <functional>

#include "core/view/mirror.hpp"

using namespace alma;

namespace {
constexpr Date kToday{2026, 11, 29, DatePrecision::Day};

Dataset dataset(std::size_t practices) {
  Dataset d;
  CallsExport calls;
  Call es;
  es.id = "ES-ANDALUCIA", es.title = "ALMA Andalucía", es.country = "ES", es.level = "regional";
  es.region = Region{};
  es.region->code = "ES61", es.region->name = "Andalucía";
  es.opens = Date{2026, 11, 1, DatePrecision::Day}, es.closes = Date{2026, 12, 11, DatePrecision::Day};
  es.url = "https://www.juntadeandalucia.es/alma";
  es.destinations = {"PT", "IT"};
  Call cz;
  cz.id = "CZ-1", cz.title = "ALMA Česko", cz.country = "CZ", cz.level = "national";
  cz.url = "javascript:alert(1)";
  Call eu;
  eu.id = "EU-1", eu.title = "Central ALMA call", eu.country = "EU", eu.level = "eu";
  calls.calls = {es, cz, eu};
  d.calls = calls;
  PracticesExport p;
  for (std::size_t i = 0; i < practices; ++i) {
    Practice x;
    x.id = "PT-" + std::to_string(i), x.title = "Practice " + std::to_string(i), x.country = i % 2 ? "PT" : "ES";
    x.stages = {"reception"};
    p.practices.push_back(x);
  }
  d.practices = p;
  return d;
}

struct Fixture {
  Dataset data;
  ViewState view;
  explicit Fixture(std::size_t practices = 3) : data(dataset(practices)) {
    view.calls.build(data.calls->calls, kToday);
    view.practices.build(data.practices->practices);
  }
  Mirror build(MirrorOptions o = {}) { return buildMirror(view, data, nullptr, kToday, o); }
};

std::string attr(const MirrorNode& n, const std::string& name) {
  for (const auto& [k, v] : n.attrs)
    if (k == name) return v;
  return "";
}
bool has(const MirrorNode& n, const std::string& name) {
  for (const auto& [k, v] : n.attrs)
    if (k == name) return true;
  return false;
}
void collect(const MirrorNode& n, const std::function<bool(const MirrorNode&)>& pred, std::vector<const MirrorNode*>& out) {
  if (pred(n)) out.push_back(&n);
  for (const auto& c : n.children) collect(c, pred, out);
}
std::vector<const MirrorNode*> all(const MirrorNode& root, const std::function<bool(const MirrorNode&)>& pred) {
  std::vector<const MirrorNode*> out;
  collect(root, pred, out);
  return out;
}
auto tag(const std::string& t) {
  return [t](const MirrorNode& n) { return n.tag == t; };
}
auto action(const std::string& act, const std::string& arg = "") {
  return [act, arg](const MirrorNode& n) { return attr(n, "data-act") == act && (arg.empty() || attr(n, "data-arg") == arg); };
}
}  // namespace

TEST_CASE("mirror: landmarks, a heading, the three views as tabs, one labelled search box") {
  Fixture f;
  f.view.tab = Tab::Calls;
  setSearch(f.view, "alma");
  const Mirror m = f.build();
  CHECK(all(m.root, tag("header")).size() == 1);
  CHECK(all(m.root, tag("nav")).size() == 1);
  CHECK(all(m.root, tag("main")).size() == 1);
  CHECK(all(m.root, tag("h1")).size() == 1);
  const auto tabs = all(m.root, [](const MirrorNode& n) { return attr(n, "role") == "tab"; });
  REQUIRE(tabs.size() == 3);
  CHECK(attr(*tabs[1], "aria-selected") == "true");
  CHECK(attr(*tabs[0], "aria-selected") == "false");
  const auto search = all(m.root, [](const MirrorNode& n) { return attr(n, "type") == "search"; });
  REQUIRE(search.size() == 1);
  CHECK(attr(*search[0], "value") == "alma");
  const auto label = all(m.root, [](const MirrorNode& n) { return n.tag == "label" && attr(n, "for") == "a11y-search"; });
  CHECK(label.size() == 1);
  CHECK(m.status == "3 of 3 calls");
}

TEST_CASE("mirror: the map is a list of places whose names say calls, status and deadline") {
  Fixture f;
  const Mirror m = f.build();
  const auto spain = all(m.root, action("place", "ES"));
  REQUIRE(spain.size() == 1);
  CHECK(spain[0]->text == "Spain / España: 1 call — 1 open; next deadline 11 December 2026 (closes in 12 days)");
  CHECK(attr(*spain[0], "data-target") == "place:ES");
  CHECK(all(m.root, action("place", "ES61")).size() == 1);  // the region of the regional call
  CHECK(all(m.root, action("place", "EU")).size() == 1);
  CHECK(all(m.root, action("place", "PT")).empty());        // no call of its own
  CHECK(m.canvasLabel.find("3 ALMA calls") != std::string::npos);
  // The legend's filters, with counts in the labels.
  const auto open = all(m.root, [](const MirrorNode& n) { return attr(n, "data-arg") == "calls:status=open"; });
  REQUIRE(open.size() == 1);
  CHECK(attr(*open[0], "data-target") == "legend:open");
}

TEST_CASE("mirror: a selected place opens details with a heading, the calls' facts and only safe links") {
  Fixture f;
  selectPlace(f.view, SelectionKind::Country, "ES");
  Mirror m = f.build();
  const auto aside = all(m.root, tag("aside"));
  REQUIRE(aside.size() == 1);
  const auto heading = all(*aside[0], tag("h2"));
  REQUIRE(heading.size() == 1);
  CHECK(heading[0]->text == "Spain / España");
  CHECK(has(*heading[0], "data-focus"));
  const auto links = all(*aside[0], tag("a"));
  REQUIRE(links.size() == 1);
  CHECK(attr(*links[0], "href") == "https://www.juntadeandalucia.es/alma");
  CHECK(attr(*links[0], "target") == "_blank");
  CHECK(attr(*links[0], "rel") == "noopener noreferrer");
  CHECK(all(*aside[0], tag("dt")).size() >= 3);
  CHECK(m.status == "1 call in Spain / España, 1 open, next closes in 12 days");
  // A javascript: link is never a link: shown as text among the facts.
  selectPlace(f.view, SelectionKind::Country, "CZ");
  m = f.build();
  CHECK(all(m.root, [](const MirrorNode& n) { return n.tag == "a" && attr(n, "href").rfind("javascript", 0) == 0; }).empty());
  CHECK(all(m.root, [](const MirrorNode& n) { return n.tag == "dd" && n.text == "javascript:alert(1)"; }).size() == 1);
}

TEST_CASE("mirror: tables come in pages of 50 with a caption, column headers and sort state") {
  Fixture f(120);
  f.view.tab = Tab::Practices;
  f.view.practices.setSort({{PracticeColumns::Title, true}});
  Mirror m = f.build();
  const auto tables = all(m.root, tag("table"));
  REQUIRE(tables.size() == 1);
  CHECK(all(*tables[0], tag("caption")).size() == 1);
  const auto cols = all(*tables[0], [](const MirrorNode& n) { return n.tag == "th" && attr(n, "scope") == "col"; });
  CHECK(cols.size() == PracticeColumns::Count);
  CHECK(attr(*cols[0], "aria-sort") == "descending");
  CHECK(all(*tables[0], tag("tr")).size() == 1 + kMirrorPage);
  CHECK(all(m.root, action("more")).size() == 1);
  MirrorOptions o;
  o.rows = 150;
  m = f.build(o);
  CHECK(all(m.root, tag("tr")).size() == 1 + 120);
  CHECK(all(m.root, action("more")).empty());
  CHECK(m.status == "120 of 120 practices");
  // Filters: a fieldset per facet with a legend, the counts in the labels.
  const auto fieldsets = all(m.root, tag("fieldset"));
  CHECK(fieldsets.size() == PracticeFacets::Count + 1);  // and the period
  const auto portugal = all(m.root, [](const MirrorNode& n) { return n.tag == "span" && n.text == "Portugal, 60"; });
  CHECK(portugal.size() == 1);
}

TEST_CASE("mirror: an open practice has details, and the data panel lists sources and problems") {
  Fixture f;
  f.view.tab = Tab::Practices;
  f.view.openPractice = "PT-1";
  f.data.diagnostics.push_back({Severity::Error, "practices.json", 4, "X-1", "country", "must be a country code, got 'XX'"});
  MirrorOptions o;
  o.dataPanel = true;
  const Mirror m = f.build(o);
  const auto heading = all(m.root, [](const MirrorNode& n) { return n.tag == "h2" && attr(n, "id") == "a11y-details-title"; });
  REQUIRE(heading.size() == 1);
  CHECK(heading[0]->text == "Practice 1");
  const auto problems = all(m.root, [](const MirrorNode& n) { return n.tag == "li" && n.text.find("must be a country code") != std::string::npos; });
  CHECK(problems.size() == 1);
  CHECK(toJson(m).find("\"t\":\"aside\"") != std::string::npos);
}
