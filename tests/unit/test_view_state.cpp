// The view state (core/view/view_state.hpp): the intents views share, and links — one identifier
// per column and facet, with every old spelling still understood.
#include <doctest/doctest.h>

#include "core/view/view_state.hpp"

using namespace alma;

namespace {
constexpr Date kToday{2026, 11, 29, DatePrecision::Day};

std::vector<Practice> practices() {
  Practice a;
  a.id = "PT-1", a.title = "Łódź welcome desk", a.country = "PT", a.stages = {"reception"}, a.funds = {"AMIF"};
  a.target_groups = {"refugees-asylum-seekers"};
  a.start = Date{2019, 1, 1, DatePrecision::Year};
  Practice b;
  b.id = "ES-1", b.title = "Mentoring in Sevilla", b.country = "ES", b.stages = {"long-term"}, b.funds = {"ESF+"};
  return {a, b};
}

std::vector<Call> calls() {
  Call c;
  c.id = "ES-ANDALUCIA", c.title = "ALMA Andalucía", c.country = "ES", c.level = "regional";
  c.region = Region{};
  c.region->code = "ES61";
  c.funding_model = "sco";
  Call d;
  d.id = "CZ-1", d.title = "ALMA Česko", d.country = "CZ", d.level = "national";
  return {c, d};
}

struct Fixture {
  std::vector<Practice> p = practices();
  std::vector<Call> c = calls();
  ViewState v;
  Fixture() {
    v.practices.build(p);
    v.calls.build(c, kToday);
  }
};
}  // namespace

TEST_CASE("view state: one search box drives both queries") {
  Fixture f;
  setSearch(f.v, "lodz");
  CHECK(f.v.search == "lodz");
  CHECK(f.v.practices.searchText() == "lodz");
  CHECK(f.v.calls.searchText() == "lodz");
  CHECK(f.v.practices.result().rows.size() == 1);
  clearSearchAndFilters(f.v);
  CHECK(f.v.search.empty());
  CHECK(f.v.practices.result().rows.size() == 2);
}

TEST_CASE("view state: selection intents keep the focused call consistent") {
  Fixture f;
  selectCall(f.v, "ES-ANDALUCIA");
  CHECK(f.v.selection == Selection{SelectionKind::Call, "ES-ANDALUCIA"});
  CHECK(f.v.focusedCall == "ES-ANDALUCIA");
  selectPlace(f.v, SelectionKind::Country, "CZ");
  CHECK(f.v.focusedCall.empty());
  focusCall(f.v, "CZ-1");
  CHECK(f.v.focusedCall == "CZ-1");
  focusCall(f.v, "CZ-1");  // a second click closes it
  CHECK(f.v.focusedCall.empty());
  f.v.tab = Tab::Calls;
  showCallOnMap(f.v, f.c[0]);
  CHECK(f.v.tab == Tab::Map);
  CHECK(f.v.selection == Selection{SelectionKind::Region, "ES61"});
  CHECK(f.v.focusedCall == "ES-ANDALUCIA");
  CHECK(mapPlace(f.v) == "ES61");
  clearSelection(f.v);
  CHECK(f.v.selection.kind == SelectionKind::None);
  CHECK(f.v.focusedCall.empty());
  CHECK(mapPlace(f.v).empty());
}

TEST_CASE("view state: a link names columns and facets by their ids and restores the same view") {
  Fixture f;
  f.v.tab = Tab::Practices;
  setSearch(f.v, "desk");
  REQUIRE(f.v.practices.setFacetValue(PracticeFacets::TargetGroup, "refugees-asylum-seekers", true));
  f.v.practices.setSort({{PracticeColumns::Region, false}, {PracticeColumns::TargetGroups, true}});
  REQUIRE(f.v.calls.setFacetValue(CallFacets::FundingModel, "sco", true));
  f.v.calls.setSort({{CallColumns::FundingModel, true}});
  f.v.openPractice = "PT-1";
  const std::string fragment = encodeFragment(toLink(f.v));
  CHECK(fragment.find("pf=targetGroup:refugees-asylum-seekers") != std::string::npos);
  CHECK(fragment.find("ps=region+,targetGroups-") != std::string::npos);
  CHECK(fragment.find("cf=fundingModel:sco") != std::string::npos);
  CHECK(fragment.find("cs=fundingModel-") != std::string::npos);

  Fixture g;
  applyLink(g.v, decodeFragment(fragment));
  CHECK(g.v.tab == Tab::Practices);
  CHECK(g.v.openPractice == "PT-1");
  CHECK(g.v.search == "desk");
  CHECK(g.v.practices.sort() == f.v.practices.sort());
  CHECK(g.v.calls.sort() == f.v.calls.sort());
  CHECK(g.v.practices.isSelected(PracticeFacets::TargetGroup, 0) == f.v.practices.isSelected(PracticeFacets::TargetGroup, 0));
  CHECK(encodeFragment(toLink(g.v)) == fragment);
}

TEST_CASE("view state: links written by earlier versions still open the same view") {
  // Facets were named by their JSON field, sort columns by the header text with dashes.
  Fixture f;
  applyLink(f.v, decodeFragment("#v=practices&pf=stages:reception,funds:AMIF,target_groups:refugees-asylum-seekers"
                                "&ps=region---city+,target-groups-&cf=funding_model:sco&cs=funding-model-"));
  CHECK(f.v.practices.hasSelection(PracticeFacets::Stage));
  CHECK(f.v.practices.hasSelection(PracticeFacets::Fund));
  CHECK(f.v.practices.hasSelection(PracticeFacets::TargetGroup));
  CHECK(f.v.practices.sort() == SortSpec{{PracticeColumns::Region, false}, {PracticeColumns::TargetGroups, true}});
  CHECK(f.v.calls.hasSelection(CallFacets::FundingModel));
  CHECK(f.v.calls.sort() == SortSpec{{CallColumns::FundingModel, true}});
  // "start" (the state hook's name for the period's first key) sorts by the period.
  applyLink(f.v, decodeFragment("#v=practices&ps=start+"));
  CHECK(f.v.practices.sort() == SortSpec{{PracticeColumns::Period, false}});
  // Unknown ids are skipped, never an error.
  applyLink(f.v, decodeFragment("#v=practices&pf=colour:blue&ps=nonsense-"));
  CHECK_FALSE(f.v.practices.anyFilter());
  CHECK(f.v.practices.sort().empty());
}

TEST_CASE("view state: every column and facet id is distinct and is what the facet is called") {
  for (int f = 0; f < PracticeFacets::Count; ++f) {
    Fixture x;
    CHECK(x.v.practices.facet(f).name == kPracticeFacetIds[static_cast<std::size_t>(f)]);
  }
  for (int f = 0; f < CallFacets::Count; ++f) {
    Fixture x;
    CHECK(x.v.calls.facet(f).name == kCallFacetIds[static_cast<std::size_t>(f)]);
  }
  auto distinct = [](auto ids) {
    for (std::size_t i = 0; i < ids.size(); ++i)
      for (std::size_t j = i + 1; j < ids.size(); ++j)
        if (std::string_view(ids[i]) == ids[j]) return false;
    return true;
  };
  CHECK(distinct(kPracticeColumnIds));
  CHECK(distinct(kCallColumnIds));
  CHECK(distinct(kPracticeFacetIds));
  CHECK(distinct(kCallFacetIds));
}
