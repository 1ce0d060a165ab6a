#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <set>

#include "core/model/countries.hpp"
#include "core/model/dates.hpp"
#include "core/query/practice_query.hpp"
#include "core/model/text_fold.hpp"
#include "query_fixtures.hpp"

using namespace alma;
using namespace alma::testing;

namespace {

// ---- brute force: the query semantics re-implemented the slow, obvious way

struct Filters {
  std::vector<std::string> words;
  std::vector<std::set<std::string>> selected = std::vector<std::set<std::string>>(PracticeFacets::Count);
  YearFilter years;
};

std::vector<std::string> facetStrings(const Practice& p, int f) {
  switch (f) {
    case PracticeFacets::Country: return {p.country};
    case PracticeFacets::Stage: return p.stages;
    case PracticeFacets::Theme: return p.themes;
    case PracticeFacets::TargetGroup: return p.target_groups;
    default: return p.funds;
  }
}

bool searchOk(const Practice& p, const std::vector<std::string>& words) {
  const std::vector<std::string> fields{
      p.title, p.summary.value_or(""), p.organisation.value_or(""), p.region.value_or(""),
      p.country, std::string(countryNameEnglish(p.country)), std::string(countryNameNative(p.country))};
  // What the row shows besides: the vocabulary labels of the record's values (words of three letters
  // or more), so "training" finds the theme "Education and training".
  auto labelHas = [&](const std::string& w) {
    if (w.size() < 3) return false;
    const std::pair<VocabField, const std::vector<std::string>*> lists[] = {
        {VocabField::Stage, &p.stages}, {VocabField::Theme, &p.themes}, {VocabField::TargetGroup, &p.target_groups},
        {VocabField::Fund, &p.funds}};
    for (const auto& [field, values] : lists)
      for (const std::string& v : *values)
        if (canonicalVocab(field, v) == std::optional<std::string_view>(v) && foldForSearch(vocabLabel(field, v)).find(w) != std::string::npos)
          return true;
    return false;
  };
  for (const auto& w : words) {
    bool found = labelHas(w);
    for (const auto& f : fields) found = found || foldForSearch(f).find(w) != std::string::npos;
    if (!found) return false;
  }
  return true;
}

bool facetOk(const Practice& p, int f, const Filters& F) {
  if (F.selected[f].empty()) return true;
  for (const auto& v : facetStrings(p, f))
    if (F.selected[f].count(foldForSearch(v))) return true;
  return false;
}

bool yearsOk(const Practice& p, const YearFilter& y) {
  if (!y.active()) return true;
  if (!p.start && !p.end) return y.keepUndated;
  const int from = p.start ? p.start->year : INT_MIN, to = p.end ? p.end->year : INT_MAX;
  return to >= y.from.value_or(INT_MIN) && from <= y.to.value_or(INT_MAX);
}

bool matches(const Practice& p, const Filters& F, int skipFacet = -1, bool skipYears = false) {
  if (!searchOk(p, F.words)) return false;
  for (int f = 0; f < PracticeFacets::Count; ++f)
    if (f != skipFacet && !facetOk(p, f, F)) return false;
  return skipYears || yearsOk(p, F.years);
}

// ---- random filters

const std::vector<std::string> kQueries{
    "integ", "integration", "lodz", "Łódź", "wurt", "WÜRTTEMBERG", "Ελλάδα", "ΕΛΛΆΔΑ", "москва",
    "ёлка", "елка", "shop", "one-stop", "e", "a", "ion", "esf+", "portugal", "pt", "xyz", "ile",
    "strasse", "κυπροσ", "cafe", "ÇA", "cz", "polska"};

Filters randomFilters(Rng& rng, PracticeQuery& q) {
  Filters F;
  std::string typed;
  for (int w = rng.below(3); w > 0; --w) typed += rng.pick(kQueries) + " ";
  q.setSearch(typed);
  F.words = searchWords(typed);
  q.clearFilters();
  for (int f = 0; f < PracticeFacets::Count; ++f) {
    if (!rng.chance(35)) continue;
    for (int k = 1 + rng.below(2); k > 0; --k) {
      const auto v = static_cast<std::uint32_t>(rng.below(static_cast<int>(q.facet(f).values.size())));
      q.setFacetValue(f, v, true);
      F.selected[f].insert(foldForSearch(q.facet(f).values[v].value));
    }
  }
  if (rng.chance(30)) {
    if (rng.chance(70)) F.years.from = 2014 + rng.below(12);
    if (rng.chance(70)) F.years.to = 2016 + rng.below(12);
    F.years.keepUndated = rng.chance(30);
  }
  q.setYears(F.years);
  return F;
}

void checkAgainstBruteForce(PracticeQuery& q, const std::vector<Practice>& data, const Filters& F) {
  const QueryResult& r = q.result();
  std::vector<std::uint32_t> expect;
  for (std::uint32_t i = 0; i < data.size(); ++i)
    if (matches(data[i], F)) expect.push_back(i);
  std::vector<std::uint32_t> got = r.rows;
  if (!q.sort().empty()) std::sort(got.begin(), got.end());
  REQUIRE(got == expect);
  for (int f = 0; f < PracticeFacets::Count; ++f)
    for (std::uint32_t v = 0; v < q.facet(f).values.size(); ++v) {
      const std::string key = foldForSearch(q.facet(f).values[v].value);
      std::uint32_t n = 0;
      for (const auto& p : data) {
        if (!matches(p, F, f)) continue;
        const auto vals = facetStrings(p, f);
        n += std::any_of(vals.begin(), vals.end(), [&](const auto& s) { return foldForSearch(s) == key; });
      }
      INFO("facet " << q.facet(f).name << " value " << q.facet(f).values[v].value);
      REQUIRE(r.facetCounts[f][v] == n);
    }
  std::uint32_t undated = 0;
  std::optional<int> lo, hi;
  for (const auto& p : data) {
    if (!matches(p, F, -1, true)) continue;
    if (!p.start && !p.end) ++undated;
    if (p.start) lo = std::min(lo.value_or(INT_MAX), p.start->year);
    if (p.end) hi = std::max(hi.value_or(INT_MIN), p.end->year);
  }
  CHECK(r.years.undated == undated);
  CHECK(r.years.minYear == lo);
  CHECK(r.years.maxYear == hi);
  std::uint32_t searchOnly = 0;
  for (const auto& p : data) searchOnly += searchOk(p, F.words);
  CHECK(r.searchMatches == searchOnly);
}

Practice practice(std::string id, std::string title, std::string country) {
  Practice p;
  p.id = std::move(id);
  p.title = std::move(title);
  p.country = std::move(country);
  return p;
}

std::vector<std::string> idsOf(PracticeQuery& q) {
  std::vector<std::string> ids;
  for (std::uint32_t r : q.result().rows) ids.push_back(q.record(r).id);
  return ids;
}

}  // namespace

TEST_CASE("practice query: facet counts and rows equal a brute-force recount (random filters)") {
  const auto data = randomPractices(400, 7);
  PracticeQuery q;
  q.build(data);
  Rng rng(2024);
  for (int i = 0; i < 300; ++i) {
    const Filters F = randomFilters(rng, q);
    if (rng.chance(30)) q.clickSort(rng.below(PracticeColumns::Count), rng.chance(50));
    CAPTURE(i);
    CAPTURE(q.describeFilters());
    checkAgainstBruteForce(q, data, F);
  }
}

TEST_CASE("practice query: typing and deleting letter by letter gives the brute-force result each time") {
  const auto data = randomPractices(300, 11);
  PracticeQuery q;
  q.build(data);
  const std::string word = "integration";
  std::vector<std::string> typed;
  for (std::size_t n = 1; n <= word.size(); ++n) typed.push_back("lodz " + word.substr(0, n));
  for (std::size_t n = word.size(); n-- > 1;) typed.push_back("lodz " + word.substr(0, n));
  typed.push_back("ion");
  typed.push_back("tion integ");
  for (const auto& t : typed) {
    CAPTURE(t);
    q.setSearch(t);
    Filters F;
    F.words = searchWords(t);
    checkAgainstBruteForce(q, data, F);
  }
}

TEST_CASE("practice query: accent-, case- and script-insensitive search, all words must match") {
  std::vector<Practice> data{practice("1", "Welcome centre in Łódź", "PL"),
                             practice("2", "Housing in Württemberg", "DE"),
                             practice("3", "Curing the limbo", "EL"),
                             practice("4", "ΣΠΙΤΙ ΓΙΑ ΟΛΟΥΣ", "CY"),
                             practice("5", "Lodz mentoring for women", "PL")};
  data[0].summary = "One-stop shop for newcomers";
  data[4].organisation = "City of Łódź";
  PracticeQuery q;
  q.build(data);
  q.setSearch("lodz");
  CHECK(idsOf(q) == std::vector<std::string>{"1", "5"});
  q.setSearch("wurttemberg");
  CHECK(idsOf(q) == std::vector<std::string>{"2"});
  q.setSearch("Ελλάδα");  // Greece's native name
  CHECK(idsOf(q) == std::vector<std::string>{"3"});
  q.setSearch("σπίτι όλους");
  CHECK(idsOf(q) == std::vector<std::string>{"4"});
  q.setSearch("łódź women");
  CHECK(idsOf(q) == std::vector<std::string>{"5"});
  q.setSearch("lodz shop");
  CHECK(idsOf(q) == std::vector<std::string>{"1"});
  q.setSearch("poland");
  CHECK(idsOf(q) == std::vector<std::string>{"1", "5"});
  q.setSearch("lodz nothing");
  CHECK(idsOf(q).empty());
  CHECK(q.result().searchMatches == 0);
  q.setSearch("  ");
  CHECK(q.result().rows.size() == 5);
}

TEST_CASE("practice query: which AMIF-funded reception-stage practices exist in Portugal, newest first?") {
  auto make = [](std::string id, std::string country, std::vector<std::string> stages,
                 std::vector<std::string> funds, std::optional<Date> start) {
    Practice p = practice(std::move(id), "Practice", std::move(country));
    p.stages = std::move(stages);
    p.funds = std::move(funds);
    p.start = start;
    return p;
  };
  const std::vector<Practice> data{
      make("PT-1", "PT", {"reception"}, {"AMIF"}, Date{2019, 1, 1, DatePrecision::Year}),
      make("PT-2", "PT", {"reception", "long-term"}, {"ESF+", "AMIF"}, Date{2023, 5, 1, DatePrecision::Month}),
      make("PT-3", "PT", {"reception"}, {"ESF+"}, Date{2024, 1, 1, DatePrecision::Day}),
      make("PT-4", "PT", {"long-term"}, {"AMIF"}, Date{2024, 2, 1, DatePrecision::Day}),
      make("ES-1", "ES", {"reception"}, {"AMIF"}, Date{2024, 3, 1, DatePrecision::Day}),
      make("PT-5", "PT", {"reception"}, {"AMIF"}, std::nullopt),
      make("PT-6", "PT", {"pre-arrival", "reception"}, {"AMIF"}, Date{2023, 5, 10, DatePrecision::Day}),
  };
  PracticeQuery q;
  q.build(data);
  CHECK(q.setFacetValue(PracticeFacets::Fund, "AMIF", true));
  CHECK(q.setFacetValue(PracticeFacets::Stage, "reception", true));
  CHECK(q.setFacetValue(PracticeFacets::Country, "PT", true));
  q.clickSort(PracticeColumns::Period, false);
  q.clickSort(PracticeColumns::Period, false);  // second click: descending
  CHECK(q.sort() == SortSpec{{PracticeColumns::Period, true}});
  CHECK(idsOf(q) == std::vector<std::string>{"PT-6", "PT-2", "PT-1", "PT-5"});  // undated last
  const auto& counts = q.result().facetCounts;
  const auto es = *q.facet(PracticeFacets::Country).find("ES");
  CHECK(counts[PracticeFacets::Country][es] == 1);  // ES-1 would be added by selecting Spain
  const auto esf = *q.facet(PracticeFacets::Fund).find("ESF+");
  CHECK(counts[PracticeFacets::Fund][esf] == 2);  // PT-2, PT-3 match the other filters
  CHECK(q.describeFilters() == "country: PT; stage: reception; fund: AMIF");
}

TEST_CASE("practice query: unknown vocabulary values are facet values of their own") {
  std::vector<Practice> data{practice("1", "a", "PT"), practice("2", "b", "PT"), practice("3", "c", "PT")};
  data[0].funds = {"Interreg"};
  data[1].funds = {"INTERREG", "AMIF"};
  data[2].stages = {"post-arrival"};
  PracticeQuery q;
  q.build(data);
  const Facet& funds = q.facet(PracticeFacets::Fund);
  CHECK(funds.values.size() == 8);  // 7 of the vocabulary + one unknown, two spellings folded
  CHECK(funds.values.back().value == "Interreg");
  CHECK_FALSE(funds.values.back().known);
  CHECK(funds.values[1].known);
  CHECK(funds.values[1].shown() == "Asylum, Migration and Integration Fund (AMIF)");
  CHECK(q.result().facetCounts[PracticeFacets::Fund][7] == 2);
  q.toggleFacetValue(PracticeFacets::Fund, 7);
  CHECK(idsOf(q) == std::vector<std::string>{"1", "2"});
  CHECK(q.facet(PracticeFacets::Stage).values.back().value == "post-arrival");
  CHECK(q.activeFilters().size() == 1);
  q.removeFilter(q.activeFilters()[0]);
  CHECK(q.result().rows.size() == 3);
}

TEST_CASE("practice query: year range overlaps — open ends — undated only on request") {
  std::vector<Practice> data;
  auto add = [&](std::optional<int> from, std::optional<int> to) {
    Practice p = practice(std::to_string(data.size()), "t", "PT");
    if (from) p.start = Date{*from, 1, 1, DatePrecision::Year};
    if (to) p.end = Date{*to, 1, 1, DatePrecision::Year};
    data.push_back(p);
  };
  add(2015, 2017);       // 0
  add(2018, 2022);       // 1
  add(2021, std::nullopt);  // 2: ongoing
  add(std::nullopt, 2016);  // 3: only an end
  add(std::nullopt, std::nullopt);  // 4: undated
  PracticeQuery q;
  q.build(data);
  CHECK(q.result().years.minYear == 2015);
  CHECK(q.result().years.maxYear == 2022);
  CHECK(q.result().years.undated == 1);
  q.setYears({2020, 2020, false});
  CHECK(idsOf(q) == std::vector<std::string>{"1"});
  q.setYears({2023, std::nullopt, false});
  CHECK(idsOf(q) == std::vector<std::string>{"2"});
  q.setYears({std::nullopt, 2016, false});
  CHECK(idsOf(q) == std::vector<std::string>{"0", "3"});
  q.setYears({std::nullopt, 2016, true});
  CHECK(idsOf(q) == std::vector<std::string>{"0", "3", "4"});
  CHECK(q.activeFilters().back().label == "Years …–2016");
  q.clearAll();
  CHECK(q.result().rows.size() == 5);
}

TEST_CASE("practice query: rebuilding on new data keeps search, selections and sort by value") {
  auto data = randomPractices(50, 3);
  PracticeQuery q;
  q.build(data);
  q.setSearch("a");
  q.setFacetValue(PracticeFacets::Country, "PT", true);
  q.clickSort(PracticeColumns::Title, false);
  const auto before = q.result().rows;
  auto copy = data;
  q.build(copy);
  CHECK(q.result().rows == before);
  CHECK(q.hasSelection(PracticeFacets::Country));
  CHECK(q.searchText() == "a");
  CHECK(q.sort().size() == 1);
}

TEST_CASE("practice query: a large export's index is made in slices after the build and every search and sort stays right meanwhile") {
  const auto data = randomPractices(9000, 21);  // more than the build indexes at once
  PracticeQuery q;
  q.build(data);
  CHECK(q.preparing());
  // Before any slice: no search needs the index; a search completes it at once and is right.
  Filters none;
  checkAgainstBruteForce(q, data, none);
  q.setSearch("lodz integ");
  Filters F;
  F.words = searchWords("lodz integ");
  checkAgainstBruteForce(q, data, F);
  // On new data, slice by slice (a search between two slices), until nothing is left.
  PracticeQuery sliced;
  sliced.build(data);
  int slices = 0;
  while (sliced.prepare(0.0)) {
    ++slices;
    if (slices == 3) {
      sliced.setSearch("tion");
      Filters G;
      G.words = searchWords("tion");
      checkAgainstBruteForce(sliced, data, G);
    }
  }
  CHECK(slices > 3);
  CHECK_FALSE(sliced.preparing());
  sliced.setSearch("lodz integ");
  sliced.clickSort(PracticeColumns::Title, false);
  q.clickSort(PracticeColumns::Title, false);
  CHECK(sliced.result().rows == q.result().rows);
  checkAgainstBruteForce(sliced, data, F);
}
