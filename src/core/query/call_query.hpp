#pragma once
// The call list's query: search, facets (status, level, country, region, funding model) and
// sorting over a calls export, indexed once at load (query_engine.hpp).
//
// Decisions where the issue is silent:
// - Searched: title, title_original, programme, authority, region name and code, and the country
//   as code, English and native name.
// - Status is the effective status on `today` (derived.hpp), so it is fixed at build: rebuild when
//   the date changes (the app does it on load and when the day rolls over). Values: open, planned,
//   closed, unknown, in that order (open first: what visitors look for).
// - Level: the call's own level when it is in the vocabulary; a level outside it is its own value;
//   an absent one (hand-built records only, the loader fills it) follows the contract's default.
// - Region facet: the NUTS code of calls that have one, labelled with its name, so that a map click
//   on a region filters the list (the country facet serves country clicks).
// - Sorting: title/country/region as in PracticeQuery (region by name, else code); level and
//   funding model in vocabulary order, unknown values after; status open < planned < closed,
//   unknown = missing; closes by first day; budget and participants numerically; missing last.
#include <array>
#include <cstdint>
#include <span>

#include "core/model/model.hpp"
#include "core/query/query_engine.hpp"

namespace alma {

struct CallFacets {
  enum : int { Status, Level, Country, Region, FundingModel, Count };
};
struct CallColumns {
  enum : int { Title, Country, Region, Level, Status, Closes, Budget, Participants, FundingModel, Count };
};
// One identifier per column and per facet (indexed by CallColumns / CallFacets): links, the state
// hook and click targets all use these, never the header text (which will be translated).
inline constexpr std::array<const char*, CallColumns::Count> kCallColumnIds{
    "title", "country", "region", "level", "status", "closes", "budget", "participants", "fundingModel"};
inline constexpr std::array<const char*, CallFacets::Count> kCallFacetIds{
    "status", "level", "country", "region", "fundingModel"};
const char* callColumnHeader(int column);  // header text: "Title", "Closes", "Budget", ...
// What a column says for a call, as plain text ("Closed", "€6.3 million", "28 November 2025").
std::string callColumnText(const Call& c, CallStatus status, int column);

class CallQuery : public RecordQuery<Call> {
 public:
  // Indexes the records (not copied: they must outlive the query unchanged). Filters, search text
  // and sort are kept across rebuilds; a selected value that disappears is dropped.
  void build(std::span<const Call> calls, Date today);

  CallStatus status(std::uint32_t index) const { return status_[index]; }  // on today()
  Date today() const { return today_; }

 protected:
  std::vector<std::uint32_t> columnRanks(int column) const override;

 private:
  std::vector<CallStatus> status_;
  Date today_;
};

// The level value a call is filed under (see above).
std::string callLevelValue(const Call&);

}  // namespace alma
