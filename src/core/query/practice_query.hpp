#pragma once
// The practice table's query: search, facets (country, stage, theme, target group, fund), the
// period year range and sorting over a practices export, indexed once at load (query_engine.hpp).
//
// Decisions where the issue is silent:
// - Searched: title, summary, organisation, region, and the country as code, English and native
//   name ("portugal", "ελλαδα", "el" all find Greek practices). Partner countries are not searched.
// - Country facet: the practice's own `country` (partner countries do not count), listing every
//   country code of countries.hpp by English name (EU last), so that a map click on any country
//   can select it, even one without practices (the UI may hide zero counts).
// - Vocabulary facets list the whole vocabulary in contract order, then values outside it.
// - Period: years of start and end (see YearSpan for open ends and undated records).
// - Sorting: text columns by folded text ("Łódź" sorts as "lodz"); empty text counts as missing;
//   country by English name; list columns by their values in facet order, compared as sequences
//   (a record's values sorted first); period by start (first day), then end (first day), a
//   practice without end after one with an end when ascending (ongoing = newest); no start =
//   missing. Missing values last in both directions, ties in file order.
#include <array>
#include <cstdint>
#include <span>

#include "core/model/model.hpp"
#include "core/query/query_engine.hpp"

namespace alma {

struct PracticeFacets {
  enum : int { Country, Stage, Theme, TargetGroup, Fund, Count };
};
struct PracticeColumns {
  enum : int { Title, Country, Region, Organisation, Stages, Themes, TargetGroups, Funds, Period, Count };
};
// One identifier per column and per facet (indexed by PracticeColumns / PracticeFacets): links,
// the state hook and click targets all use these, never the header text.
inline constexpr std::array<const char*, PracticeColumns::Count> kPracticeColumnIds{
    "title", "country", "region", "organisation", "stages", "themes", "targetGroups", "funds", "period"};
inline constexpr std::array<const char*, PracticeFacets::Count> kPracticeFacetIds{
    "country", "stage", "theme", "targetGroup", "fund"};
const char* practiceColumnHeader(int column);  // header text: "Title", "Region / city", ...
// What a column says for a practice, as plain text (vocabulary labels, "2018 – 2021").
std::string practiceColumnText(const Practice& p, int column);

class PracticeQuery : public RecordQuery<Practice> {
 public:
  // Indexes the records. They are not copied: they must outlive the query unchanged (rebuild the
  // query when new data is loaded). Filters, search text and sort are kept across rebuilds.
  void build(std::span<const Practice> practices);


 protected:
  std::vector<std::uint32_t> columnRanks(int column) const override;

 private:
};

// Practice's year span for the period filter.
YearSpan practiceYears(const Practice&);

}  // namespace alma
