#pragma once
// The table machinery shared by practices and calls: search + facet filters + year range +
// multi-key sort over records that are indexed once at load. PracticeQuery and CallQuery derive
// from it and say what is searched, faceted and sorted.
//
// How the UI uses it (immediate mode): every frame it reads result() (cheap when nothing changed)
// and renders result().rows[i] for the visible i; user actions call the intent methods, which
// only record the change; the next result() recomputes once.
//
// Filter semantics: search words AND; within a facet the selected values OR; across facets AND;
// the year range AND. Facet counts are the standard faceted-search counts: value v of facet F
// counts the records that match the search and every active filter except F's own, and hold v.
// So a count says how many rows the table would show after clicking the value (for an unselected
// value of a facet with a selection: how many it would add).
#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <span>
#include <vector>

#include "core/query/facets.hpp"
#include "core/query/sorting.hpp"
#include "core/query/text_search.hpp"

namespace alma {

// The years a record covers. Decisions: only a start → ongoing (to = INT_MAX); only an end →
// from = INT_MIN; neither → undated.
struct YearSpan {
  int from = INT_MIN, to = INT_MAX;
  bool dated = false;
};

// Records whose span overlaps [from, to] (either side open when absent). Undated records are
// left out while a range is set, unless keepUndated: a range filter asks "active in those years",
// which an undated record cannot be shown to be; YearStats::undated tells the UI how many that hides.
struct YearFilter {
  std::optional<int> from, to;
  bool keepUndated = false;
  bool active() const { return from.has_value() || to.has_value(); }
  friend bool operator==(const YearFilter&, const YearFilter&) = default;
};

// Over the records matching the search and all filters except the year range: the bounds a
// year slider should offer, and how many records have no dates.
struct YearStats {
  std::optional<int> minYear, maxYear;
  std::uint32_t undated = 0;
};

struct QueryResult {
  std::vector<std::uint32_t> rows;  // record indices in view order (sorted and filtered)
  std::vector<std::vector<std::uint32_t>> facetCounts;  // [facet][value], see above
  YearStats years;
  std::uint32_t searchMatches = 0;  // records matching the search alone ("clear filters?" hint)
  std::uint64_t revision = 0;       // changes whenever rows may have changed; never repeats, rebuilds included
};

// One active filter, as a removable chip. facet == -1 is the year range (value unused).
struct ActiveFilter {
  int facet = -1;
  std::uint32_t value = 0;
  std::string label;
};

class QueryEngine {
 public:
  virtual ~QueryEngine() = default;

  // ---- intents (record the change; result() does the work once)
  void setSearch(std::string_view typed);
  void toggleFacetValue(int facet, std::uint32_t value);
  void setFacetValue(int facet, std::uint32_t value, bool selected);
  bool setFacetValue(int facet, std::string_view value, bool selected);  // false: no such value
  void clearFacet(int facet);
  void setYears(const YearFilter& years);
  void clearFilters();  // facets and years; the search text stays
  void clearAll();      // filters and search text
  void setSort(SortSpec spec);  // e.g. from ImGui's table sort specs
  void clickSort(int column, bool additive) { setSort(alma::clickSort(sort_, column, additive)); }
  void removeFilter(const ActiveFilter& chip);

  // ---- state
  const std::string& searchText() const { return searchText_; }
  bool isSelected(int facet, std::uint32_t value) const;
  bool hasSelection(int facet) const { return selectedCount_[static_cast<std::size_t>(facet)] > 0; }
  const YearFilter& years() const { return years_; }
  const SortSpec& sort() const { return sort_; }
  bool anyFilter() const;  // any facet selection or year range (not the search)
  std::vector<ActiveFilter> activeFilters() const;  // chips, in facet order
  std::string describeFilters() const;  // `search "lodz"; country: PT; fund: AMIF, ESF+; years: 2020-2024`

  // ---- the indexed data
  std::size_t recordCount() const { return recordCount_; }
  int facetCount() const { return static_cast<int>(facets_.size()); }
  const Facet& facet(int f) const { return facets_[static_cast<std::size_t>(f)]; }
  int columnCount() const { return static_cast<int>(ranks_.size()); }

  // ---- the view; recomputed on the first call after a change
  const QueryResult& result();

  // ---- what a build leaves for later: a large export's search index and every column's sort ranks,
  // made in slices of about `budgetMs` (between frames, when the page is idle) so that the table is
  // on screen first and a later search or sort is integer work. True while some is left. A search
  // or sort that comes first does what it needs at once.
  bool prepare(double budgetMs);
  bool preparing() const;

 protected:
  // Called by the derived class's build. spans: one per record, or empty when there is no period.
  // `text` may be begun but not complete (TextIndex::begin): the first records are indexed at
  // once, the rest by prepare().
  void buildEngine(std::size_t recordCount, TextIndex text, std::vector<Facet> facets,
                   std::vector<YearSpan> spans, int columnCount);
  // Dense ranks of every record for `column` (see sorting.hpp); computed on first use.
  virtual std::vector<std::uint32_t> columnRanks(int column) const = 0;

 private:
  void markDirty() { dirty_ = true; }
  bool yearOk(std::size_t record) const;
  void countPass(const std::vector<std::uint32_t>& candidates, std::vector<std::uint32_t>& matched);
  void orderRows(const std::vector<std::uint32_t>& matched);
  void ensureOrder();
  // The records the search words match: as written in the records, or, for a word that is part of a
  // country's name or a vocabulary label in the interface language ("Spanien", "training"), the
  // records holding that value too: the search finds what the row shows.
  const std::vector<std::uint32_t>& searchMatches();

  std::size_t recordCount_ = 0;
  TextIndex text_;
  std::vector<Facet> facets_;
  std::vector<YearSpan> spans_;
  std::vector<std::vector<std::uint32_t>> ranks_;  // per column; empty until first sorted by

  std::string searchText_;
  std::vector<std::string> words_;
  unsigned searchLanguage_ = 0;  // i18n generation the result's search was made in
  struct Label {                 // a facet value's name in the interface language, folded
    std::string folded;
    std::uint32_t facet, value;
    std::vector<std::uint64_t> records;  // bitset of the records holding it (made on first use)
  };
  std::vector<Label> labels_;
  unsigned labelsLanguage_ = ~0u;
  std::vector<std::uint32_t> labelMatches_;
  std::vector<std::vector<std::uint64_t>> selected_;  // per facet, bitset over its values
  std::vector<std::uint32_t> selectedCount_;
  YearFilter years_;
  SortSpec sort_;

  SortSpec orderSpec_;                 // the spec order_ was computed for
  bool orderValid_ = false;
  std::vector<std::uint32_t> order_;   // all records in orderSpec_ order
  std::vector<std::uint32_t> position_;  // inverse of order_
  std::vector<std::uint64_t> member_;  // scratch bitset over records
  std::vector<std::vector<std::uint32_t>> hist_;  // scratch: per facet, 256 counters per byte

  QueryResult result_;
  bool dirty_ = true;
};

// A QueryEngine over one kind of record: the records it indexed, by index or by view row.
template <class Record>
class RecordQuery : public QueryEngine {
 public:
  std::span<const Record> records() const { return records_; }
  const Record& record(std::uint32_t index) const { return records_[index]; }
  // The record shown in view row `r` (0 ≤ r < result().rows.size()).
  const Record& row(std::size_t r) { return records_[result().rows[r]]; }

 protected:
  std::span<const Record> records_;  // not copied: they must outlive the query unchanged
};

}  // namespace alma
