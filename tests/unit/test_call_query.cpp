#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/query/call_query.hpp"
#include "core/model/countries.hpp"
#include "core/model/derived.hpp"
#include "core/model/text_fold.hpp"
#include "query_fixtures.hpp"

using namespace alma;
using namespace alma::testing;

namespace {
constexpr Date kToday{2024, 6, 30, DatePrecision::Day};

std::vector<std::string> facetStrings(const Call& c, int f) {
  switch (f) {
    case CallFacets::Status: return {statusName(effectiveStatus(c, kToday))};
    case CallFacets::Level: return {callLevelValue(c)};
    case CallFacets::Country: return {c.country};
    case CallFacets::Region:
      if (c.region && c.region->code) return {*c.region->code};
      return {};
    default:
      if (c.funding_model) return {*c.funding_model};
      return {};
  }
}

bool searchOk(const Call& c, const std::vector<std::string>& words) {
  std::vector<std::string> fields{c.title, c.title_original.value_or(""), c.programme.value_or(""),
                                  c.authority.value_or(""), c.country,
                                  std::string(countryNameEnglish(c.country)),
                                  std::string(countryNameNative(c.country))};
  if (c.region) {
    fields.push_back(c.region->name.value_or(""));
    fields.push_back(c.region->code.value_or(""));
  }
  return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
    return std::any_of(fields.begin(), fields.end(),
                       [&](const std::string& f) { return foldForSearch(f).find(w) != std::string::npos; });
  });
}

using Selection = std::vector<std::set<std::string>>;

bool matches(const Call& c, const std::vector<std::string>& words, const Selection& sel, int skip) {
  if (!searchOk(c, words)) return false;
  for (int f = 0; f < CallFacets::Count; ++f) {
    if (f == skip || sel[f].empty()) continue;
    const auto vals = facetStrings(c, f);
    if (std::none_of(vals.begin(), vals.end(), [&](const auto& v) { return sel[f].count(foldForSearch(v)) > 0; }))
      return false;
  }
  return true;
}

Call call(std::string id, std::string title, std::string country) {
  Call c;
  c.id = std::move(id);
  c.title = std::move(title);
  c.country = std::move(country);
  return c;
}

std::vector<std::string> idsOf(CallQuery& q) {
  std::vector<std::string> ids;
  for (std::uint32_t r : q.result().rows) ids.push_back(q.record(r).id);
  return ids;
}
}  // namespace

TEST_CASE("call query: facet counts and rows equal a brute-force recount (random filters)") {
  const auto data = randomCalls(300, 21);
  CallQuery q;
  q.build(data, kToday);
  Rng rng(77);
  const std::vector<std::string> queries{"integ", "lodz", "ελλαδα", "cz", "czechia", "česko", "shop",
                                         "e", "xyz", "москва", "pt0", "pt"};
  for (int i = 0; i < 200; ++i) {
    std::string typed;
    for (int w = rng.below(3); w > 0; --w) typed += rng.pick(queries) + " ";
    q.setSearch(typed);
    const auto words = searchWords(typed);
    q.clearFilters();
    Selection sel(CallFacets::Count);
    for (int f = 0; f < CallFacets::Count; ++f) {
      if (!rng.chance(35)) continue;
      const auto v = static_cast<std::uint32_t>(rng.below(static_cast<int>(q.facet(f).values.size())));
      q.setFacetValue(f, v, true);
      sel[f].insert(foldForSearch(q.facet(f).values[v].value));
    }
    if (rng.chance(30)) q.clickSort(rng.below(CallColumns::Count), rng.chance(50));
    const QueryResult& r = q.result();
    std::vector<std::uint32_t> expect, got = r.rows;
    std::sort(got.begin(), got.end());
    for (std::uint32_t k = 0; k < data.size(); ++k)
      if (matches(data[k], words, sel, -1)) expect.push_back(k);
    CAPTURE(i);
    CAPTURE(q.describeFilters());
    REQUIRE(got == expect);
    for (int f = 0; f < CallFacets::Count; ++f)
      for (std::uint32_t v = 0; v < q.facet(f).values.size(); ++v) {
        const std::string key = foldForSearch(q.facet(f).values[v].value);
        std::uint32_t n = 0;
        for (const auto& c : data) {
          if (!matches(c, words, sel, f)) continue;
          const auto vals = facetStrings(c, f);
          n += std::any_of(vals.begin(), vals.end(), [&](const auto& s) { return foldForSearch(s) == key; });
        }
        REQUIRE(r.facetCounts[f][v] == n);
      }
  }
}

TEST_CASE("call query: status is the effective status on today — unknown level is its own value") {
  std::vector<Call> data{call("open", "A", "CZ"), call("planned", "B", "CZ"), call("closed", "C", "DE"),
                         call("unknown", "D", "ES"), call("given", "E", "ES")};
  data[0].closes = Date{2024, 7, 15, DatePrecision::Day};
  data[0].level = "national";
  data[1].opens = Date{2024, 9, 1, DatePrecision::Day};
  data[1].level = "Local";  // outside the vocabulary
  data[2].closes = Date{2024, 6, 29, DatePrecision::Day};
  data[2].region = Region{"DE1", "Baden-Württemberg", std::nullopt, std::nullopt};
  data[4].status = "closed";
  CallQuery q;
  q.build(data, kToday);
  const Facet& status = q.facet(CallFacets::Status);
  REQUIRE(status.values.size() == 4);
  CHECK(status.values[0].value == "open");
  CHECK(status.values[3].shown() == "Status unknown");
  const auto& counts = q.result().facetCounts;
  CHECK(counts[CallFacets::Status] == std::vector<std::uint32_t>{1, 1, 2, 1});
  const Facet& level = q.facet(CallFacets::Level);
  CHECK(level.values.back().value == "Local");
  CHECK_FALSE(level.values.back().known);
  CHECK(q.facet(CallFacets::Region).values.size() == 1);
  CHECK(q.facet(CallFacets::Region).values[0].label == "Baden-Württemberg");
  CHECK(q.facet(CallFacets::Region).values[0].known);

  q.setFacetValue(CallFacets::Status, "closed", true);
  CHECK(idsOf(q) == std::vector<std::string>{"closed", "given"});
  q.clearAll();
  q.setSearch("wurttemberg");
  CHECK(idsOf(q) == std::vector<std::string>{"closed"});
  q.setSearch("Česko");
  CHECK(idsOf(q) == std::vector<std::string>{"open", "planned"});
  q.setSearch("");
  q.clickSort(CallColumns::Status, false);
  CHECK(idsOf(q) == std::vector<std::string>{"open", "planned", "closed", "given", "unknown"});
  q.clickSort(CallColumns::Status, false);
  CHECK(idsOf(q) == std::vector<std::string>{"closed", "given", "planned", "open", "unknown"});

  // A new day: statuses move, the selection stays.
  q.setFacetValue(CallFacets::Status, "open", true);
  q.build(data, Date{2024, 7, 16, DatePrecision::Day});
  CHECK(idsOf(q).empty());
  CHECK(q.isSelected(CallFacets::Status, 0));
}

TEST_CASE("call query: deadline, budget and participants sort numerically, missing last") {
  std::vector<Call> data{call("a", "A", "PT"), call("b", "B", "PT"), call("c", "C", "PT"), call("d", "D", "PT")};
  data[0].closes = Date{2024, 5, 1, DatePrecision::Month};
  data[1].closes = Date{2024, 4, 20, DatePrecision::Day};
  data[3].closes = Date{2024, 5, 1, DatePrecision::Day};  // same first day as "2024-05": a tie
  data[0].budget_eur = 6300000;
  data[1].budget_eur = 850000;
  data[2].budget_eur = 12000000;
  data[1].participants = 40;
  data[2].participants = 9;
  CallQuery q;
  q.build(data, kToday);
  q.clickSort(CallColumns::Closes, false);
  CHECK(idsOf(q) == std::vector<std::string>{"b", "a", "d", "c"});
  q.clickSort(CallColumns::Closes, false);
  CHECK(idsOf(q) == std::vector<std::string>{"a", "d", "b", "c"});
  q.clickSort(CallColumns::Budget, false);
  q.clickSort(CallColumns::Budget, false);
  CHECK(idsOf(q) == std::vector<std::string>{"c", "a", "b", "d"});
  q.setSort({{CallColumns::Participants, false}, {CallColumns::Title, true}});
  CHECK(idsOf(q) == std::vector<std::string>{"c", "b", "d", "a"});
}

TEST_CASE("call query: a result's revision never repeats, across rebuilds with new data too") {
  // A cache keyed by the revision (the map's visible calls) computed before the calls arrived must
  // not pass for the result after they did (found by a repeated full browser run).
  CallQuery q;
  q.build({}, kToday);
  const std::uint64_t empty = q.result().revision;
  CHECK(q.result().rows.empty());
  const std::vector<Call> calls = randomCalls(20, 3);
  q.build(calls, kToday);
  const QueryResult& r = q.result();
  CHECK(r.rows.size() == 20);
  CHECK(r.revision != empty);
  CHECK(r.revision > empty);
}
