#include <doctest/doctest.h>

#include "../support/deterministic_rng.hpp"
#include "core/view/link_state.hpp"

using namespace alma;

namespace {
std::string randomText(testing::Rng& rng) {
  static const std::vector<std::string> pieces{"a", "Z", "0", " ", "&", "=", "#", "%", ",", ":", "+", "-", "ł",
                                               "Ελλάδα", "Łódź", "?", "/", "é", "\xF0\x9F\x98\x80", "~", "_", "."};
  std::string s;
  const int n = rng.below(6);
  for (int i = 0; i < n; ++i) s += rng.pick(pieces);
  return s;
}
std::string nonEmpty(testing::Rng& rng) {
  std::string s = randomText(rng);
  return s.empty() ? "x" : s;
}

LinkState randomState(testing::Rng& rng) {
  LinkState l;
  l.view = rng.pick(std::vector<std::string>{"", "map", "calls", "practices"});
  l.search = randomText(rng);
  if (rng.chance(60)) l.selectionKind = rng.pick(std::vector<std::string>{"country", "region", "call", "practice"}),
                      l.selectionId = nonEmpty(rng);
  if (rng.chance(40)) l.focusedCall = nonEmpty(rng);
  if (rng.chance(50)) l.mapX = 2250000 + rng.below(5000000), l.mapY = 1260000 + rng.below(4000000), l.mapZoom = 1 + rng.below(40) / 4.0;
  for (int i = rng.below(4); i > 0; --i) l.callFilters.emplace_back(nonEmpty(rng), nonEmpty(rng));
  for (int i = rng.below(4); i > 0; --i) l.practiceFilters.emplace_back(nonEmpty(rng), nonEmpty(rng));
  if (rng.chance(30)) l.yearFrom = 2000 + rng.below(30);
  if (rng.chance(30)) l.yearTo = 2000 + rng.below(30);
  for (int i = rng.below(3); i > 0; --i) l.callSort.emplace_back(nonEmpty(rng), rng.chance(50));
  for (int i = rng.below(3); i > 0; --i) l.practiceSort.emplace_back(nonEmpty(rng), rng.chance(50));
  return l;
}
}  // namespace

TEST_CASE("link state: a readable fragment for a typical view") {
  LinkState l;
  l.view = "practices";
  l.search = "lodz";
  l.practiceFilters = {{"country", "PT"}, {"stages", "reception"}, {"funds", "AMIF"}};
  l.practiceSort = {{"period", true}};
  l.selectionKind = "practice";
  l.selectionId = "PT-0007";
  CHECK(encodeFragment(l) == "#v=practices&q=lodz&sel=practice:PT-0007&pf=country:PT,stages:reception,funds:AMIF&ps=period-");
  CHECK(encodeFragment(LinkState{}) == "");
}

TEST_CASE("link state: random states survive encode and decode unchanged") {
  testing::Rng rng(11);
  for (int i = 0; i < 2000; ++i) {
    const LinkState l = randomState(rng);
    const std::string fragment = encodeFragment(l);
    const LinkState back = decodeFragment(fragment);
    CHECK_MESSAGE(back == l, fragment);
    CHECK(fragment.find(' ') == std::string::npos);
  }
}

TEST_CASE("link state: map position needs all three numbers, and years may be open-ended") {
  LinkState l;
  l.mapX = 4321000;
  l.mapY = 3210000;
  l.mapZoom = 2.5;
  l.yearTo = 2024;
  const LinkState back = decodeFragment(encodeFragment(l));
  CHECK(*back.mapZoom == 2.5);
  CHECK_FALSE(back.yearFrom);
  CHECK(*back.yearTo == 2024);
  CHECK_FALSE(decodeFragment("#m=1,2").mapX);
  CHECK_FALSE(decodeFragment("#m=1,2,0").mapZoom);  // zoom must be positive
}

TEST_CASE("link state: garbage fragments are ignored safely, good parts are kept") {
  const std::vector<std::string> garbage{
      "", "#", "##", "#&&&", "#=", "#v", "#v=%", "#v=%G1", "#q=%E2%82", "#sel=region", "#sel=:x", "#m=a,b,c",
      "#m=1e999,2,3", "#py=abc-def", "#cf=nocolon", "#cs=title", "#cs=+,-", std::string(10000, '%'),
      "#v=map&q=%ZZ&sel=region:ES61", std::string("#q=\0x", 5)};
  for (const auto& g : garbage) {
    const LinkState l = decodeFragment(g);  // must not crash or throw
    CHECK(l.search.find('%') == std::string::npos);
  }
  const LinkState mixed = decodeFragment("#v=map&q=%ZZ&sel=region:ES61&m=nope");
  CHECK(mixed.view == "map");
  CHECK(mixed.search.empty());
  CHECK(mixed.selectionId == "ES61");
  CHECK_FALSE(mixed.mapX);
}

TEST_CASE("link state: hand-typed links — '+' means a space in the search, UTF-8 passes through") {
  const LinkState l = decodeFragment("#q=one+stop%20shop&sel=region:%C5%81%C3%B3d%C5%BA");
  CHECK(l.search == "one stop shop");
  CHECK(l.selectionId == "Łódź");
}
