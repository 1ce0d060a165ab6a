#include <doctest/doctest.h>

#include <algorithm>
#include <climits>

#include "core/model/countries.hpp"
#include "core/model/dates.hpp"
#include "core/query/practice_query.hpp"
#include "core/query/sorting.hpp"
#include "core/model/text_fold.hpp"
#include "query_fixtures.hpp"

using namespace alma;
using namespace alma::testing;

TEST_CASE("sorting: header clicks — shift-click adds keys and flips them") {
  SortSpec s = clickSort({}, 2, false);
  CHECK(s == SortSpec{{2, false}});
  s = clickSort(s, 2, false);
  CHECK(s == SortSpec{{2, true}});
  s = clickSort(s, 5, true);
  CHECK(s == SortSpec{{2, true}, {5, false}});
  s = clickSort(s, 5, true);
  CHECK(s == SortSpec{{2, true}, {5, true}});
  s = clickSort(s, 5, false);  // plain click on a secondary key: that column alone, ascending
  CHECK(s == SortSpec{{5, false}});
}

TEST_CASE("sorting: ties keep input order, missing values last in both directions") {
  using O = std::optional<int>;
  const std::vector<O> a{3, std::nullopt, 1, 3, std::nullopt, 1, 2};
  const std::vector<O> b{1, 1, 2, 0, 0, 1, 1};
  const std::vector<std::vector<std::uint32_t>> ranks{ranksOf(a), ranksOf(b)};
  CHECK(ranks[0] == std::vector<std::uint32_t>{2, kMissingRank, 0, 2, kMissingRank, 0, 1});
  CHECK(orderBy({{0, false}}, 7, ranks) == std::vector<std::uint32_t>{2, 5, 6, 0, 3, 1, 4});
  CHECK(orderBy({{0, true}}, 7, ranks) == std::vector<std::uint32_t>{0, 3, 6, 2, 5, 1, 4});
  CHECK(orderBy({{0, true}, {1, false}}, 7, ranks) == std::vector<std::uint32_t>{3, 0, 6, 5, 2, 4, 1});
  CHECK(orderBy({}, 7, ranks) == std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5, 6});
}

namespace {
// Independent comparison of one column for the brute-force sort: <0, 0, >0; missing = nullopt.
template <class T>
int cmpOpt(const std::optional<T>& a, const std::optional<T>& b, bool desc) {
  if (!a && !b) return 0;
  if (!a) return 1;  // missing last, whatever the direction
  if (!b) return -1;
  if (*a == *b) return 0;
  return (*a < *b) != desc ? -1 : 1;
}

std::optional<std::string> folded(const std::optional<std::string>& s) {
  if (!s || foldForSearch(*s).find_first_not_of(' ') == std::string::npos) return std::nullopt;
  return foldForSearch(*s);
}

std::optional<std::vector<std::uint32_t>> positions(const Facet& f, const std::vector<std::string>& vals) {
  std::vector<std::uint32_t> out;
  for (const auto& v : vals) out.push_back(*f.find(v));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.empty()) return std::nullopt;
  return out;
}

long long day(const Date& d) {
  const Date f = firstDay(d);
  return daysFromCivil(f.year, f.month, f.day);
}

int compareColumn(const PracticeQuery& q, const Practice& a, const Practice& b, SortKey k) {
  switch (k.column) {
    case PracticeColumns::Title: return cmpOpt(folded(a.title), folded(b.title), k.descending);
    case PracticeColumns::Country:
      return cmpOpt(folded(std::string(countryNameEnglish(a.country))),
                    folded(std::string(countryNameEnglish(b.country))), k.descending);
    case PracticeColumns::Region: return cmpOpt(folded(a.region), folded(b.region), k.descending);
    case PracticeColumns::Organisation:
      return cmpOpt(folded(a.organisation), folded(b.organisation), k.descending);
    case PracticeColumns::Stages:
      return cmpOpt(positions(q.facet(PracticeFacets::Stage), a.stages),
                    positions(q.facet(PracticeFacets::Stage), b.stages), k.descending);
    case PracticeColumns::Themes:
      return cmpOpt(positions(q.facet(PracticeFacets::Theme), a.themes),
                    positions(q.facet(PracticeFacets::Theme), b.themes), k.descending);
    case PracticeColumns::TargetGroups:
      return cmpOpt(positions(q.facet(PracticeFacets::TargetGroup), a.target_groups),
                    positions(q.facet(PracticeFacets::TargetGroup), b.target_groups), k.descending);
    case PracticeColumns::Funds:
      return cmpOpt(positions(q.facet(PracticeFacets::Fund), a.funds),
                    positions(q.facet(PracticeFacets::Fund), b.funds), k.descending);
    default: {
      using P = std::pair<long long, long long>;
      auto key = [](const Practice& p) -> std::optional<P> {
        if (!p.start) return std::nullopt;
        return P{day(*p.start), p.end ? day(*p.end) : LLONG_MAX};
      };
      return cmpOpt(key(a), key(b), k.descending);
    }
  }
}
}  // namespace

TEST_CASE("sorting: multi-key practice sort equals std::stable_sort with a plain comparator") {
  const auto data = randomPractices(500, 99);
  PracticeQuery q;
  q.build(data);
  Rng rng(5);
  for (int i = 0; i < 120; ++i) {
    SortSpec spec;
    for (int k = 1 + rng.below(3); k > 0; --k) spec.push_back({rng.below(PracticeColumns::Count), rng.chance(50)});
    q.setSort(spec);
    q.setSearch(rng.chance(50) ? "" : rng.pick(fixtureWords()).substr(0, 2));
    std::vector<std::uint32_t> expect = q.result().rows;  // the matches, checked elsewhere
    std::sort(expect.begin(), expect.end());              // back to input order
    std::stable_sort(expect.begin(), expect.end(), [&](std::uint32_t a, std::uint32_t b) {
      for (const SortKey& k : spec)
        if (int c = compareColumn(q, data[a], data[b], k)) return c < 0;
      return false;
    });
    CAPTURE(i);
    REQUIRE(q.result().rows == expect);
  }
}

TEST_CASE("sorting: text sorts folded — empty text is missing") {
  std::vector<Practice> data(5);
  const char* titles[] = {"zebra", "Łódź", "apple", "LODZ", "Ärger"};
  for (int i = 0; i < 5; ++i) {
    data[i].id = std::to_string(i);
    data[i].title = titles[i];
    data[i].country = "PT";
  }
  data[0].region = "";
  data[1].region = "b";
  data[2].region = "A";
  PracticeQuery q;
  q.build(data);
  q.clickSort(PracticeColumns::Title, false);
  CHECK(q.result().rows == std::vector<std::uint32_t>{2, 4, 1, 3, 0});  // apple ärger łódź=lodz zebra
  q.clickSort(PracticeColumns::Region, false);
  CHECK(q.result().rows == std::vector<std::uint32_t>{2, 1, 0, 3, 4});
  q.clickSort(PracticeColumns::Region, false);
  CHECK(q.result().rows == std::vector<std::uint32_t>{1, 2, 0, 3, 4});
}

TEST_CASE("sorting: text ranks by 16-byte integer prefixes agree with plain string ranks") {
  std::vector<std::optional<std::string>> keys{
      "integration support for newcomers", "integration support for migrants", "integration", "",
      std::nullopt, std::string("ab\0", 3), "ab", "ab\x01", "\xC3\xA9t\xC3\xA9", "zz",
      "integration support for newcomers", "integration suppor", "\xCE\xB5\xCE\xBB"};
  Rng rng(3);
  for (int i = 0; i < 300; ++i) {
    std::string s;
    for (int k = rng.below(24); k > 0; --k) s += "ab\xC3z"[rng.below(4)];
    keys.push_back(s);
  }
  CHECK(ranksOfText(keys) == ranksOf(keys));
}
