#include "core/query/query_engine.hpp"

#include <algorithm>
#include <bit>
#include <chrono>

#include "core/i18n/messages.hpp"
#include "core/model/text_fold.hpp"

namespace alma {
namespace {
// Records indexed during the build itself (every bundled export: the index is complete at once), and
// per slice of prepare() afterwards (~5 ms of work in the browser).
constexpr std::size_t kIndexAtOnce = 4096, kIndexSlice = 512;
}  // namespace

void QueryEngine::buildEngine(std::size_t n, TextIndex text, std::vector<Facet> facets,
                              std::vector<YearSpan> spans, int columnCount) {
  // Selections survive a rebuild by value (new data, or a new day for call statuses).
  std::vector<std::vector<std::string>> keep(facets_.size());
  for (int f = 0; f < facetCount(); ++f)
    for (std::uint32_t v = 0; v < facet(f).values.size(); ++v)
      if (isSelected(f, v)) keep[static_cast<std::size_t>(f)].push_back(facet(f).values[v].value);
  recordCount_ = n;
  text_ = std::move(text);
  text_.add(kIndexAtOnce);
  facets_ = std::move(facets);
  spans_ = std::move(spans);
  ranks_.assign(static_cast<std::size_t>(columnCount), {});
  selected_.clear();
  for (const auto& f : facets_) selected_.emplace_back(f.stride, 0);
  selectedCount_.assign(facets_.size(), 0);
  for (std::size_t f = 0; f < keep.size() && f < facets_.size(); ++f)
    for (const auto& value : keep[f]) setFacetValue(static_cast<int>(f), value, true);
  orderValid_ = false;
  member_.assign((n + 63) / 64, 0);
  words_ = searchWords(searchText_);
  labelsLanguage_ = ~0u;  // the labels and their records' bitsets are made again for the new records
  // The revision keeps counting across rebuilds: caches keyed by it (the map's visible calls) must
  // never take the new data's first result for the old data's.
  const std::uint64_t revision = result_.revision;
  result_ = {};
  result_.revision = revision;
  markDirty();
}

bool QueryEngine::preparing() const {
  return !text_.complete() ||
         (recordCount_ > 0 && std::any_of(ranks_.begin(), ranks_.end(), [](const auto& r) { return r.empty(); }));
}

bool QueryEngine::prepare(double budgetMs) {
  const auto start = std::chrono::steady_clock::now();
  auto spent = [&] { return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count(); };
  while (!text_.complete()) {
    text_.add(kIndexSlice);
    if (spent() >= budgetMs) return true;
  }
  // One column at a time: the ranks of a text column of 100k records take ~100 ms in the browser.
  for (std::size_t c = 0; c < ranks_.size() && recordCount_ > 0; ++c)
    if (ranks_[c].empty()) {
      ranks_[c] = columnRanks(static_cast<int>(c));
      break;
    }
  return preparing();
}

// ---- intents

void QueryEngine::setSearch(std::string_view typed) {
  if (typed == searchText_) return;
  searchText_ = std::string(typed);
  auto words = searchWords(typed);
  if (words != words_) {  // a trailing space changes the text, not the result
    words_ = std::move(words);
    markDirty();
  }
}

void QueryEngine::setFacetValue(int facet, std::uint32_t value, bool on) {
  const auto f = static_cast<std::size_t>(facet);
  if (f >= facets_.size() || value >= facets_[f].values.size()) return;
  std::uint64_t& word = selected_[f][value >> 6];
  const std::uint64_t bit = std::uint64_t{1} << (value & 63);
  if (((word & bit) != 0) == on) return;
  word ^= bit;
  selectedCount_[f] += on ? 1 : static_cast<std::uint32_t>(-1);
  markDirty();
}

bool QueryEngine::setFacetValue(int facet, std::string_view value, bool on) {
  if (facet < 0 || facet >= facetCount()) return false;
  const auto v = facets_[static_cast<std::size_t>(facet)].find(value);
  if (v) setFacetValue(facet, *v, on);
  return v.has_value();
}

void QueryEngine::toggleFacetValue(int facet, std::uint32_t value) {
  setFacetValue(facet, value, !isSelected(facet, value));
}

void QueryEngine::clearFacet(int facet) {
  const auto f = static_cast<std::size_t>(facet);
  if (f >= facets_.size() || selectedCount_[f] == 0) return;
  std::fill(selected_[f].begin(), selected_[f].end(), 0);
  selectedCount_[f] = 0;
  markDirty();
}

void QueryEngine::setYears(const YearFilter& years) {
  if (years == years_) return;
  years_ = years;
  markDirty();
}

void QueryEngine::clearFilters() {
  for (int f = 0; f < facetCount(); ++f) clearFacet(f);
  setYears({});
}

void QueryEngine::clearAll() {
  clearFilters();
  setSearch("");
}

void QueryEngine::setSort(SortSpec spec) {
  std::erase_if(spec, [&](const SortKey& k) { return k.column < 0 || k.column >= columnCount(); });
  if (spec == sort_) return;
  sort_ = std::move(spec);
  markDirty();
}

void QueryEngine::removeFilter(const ActiveFilter& chip) {
  if (chip.facet < 0) setYears({});
  else setFacetValue(chip.facet, chip.value, false);
}

// ---- state

bool QueryEngine::isSelected(int facet, std::uint32_t value) const {
  const auto f = static_cast<std::size_t>(facet);
  if (f >= facets_.size() || value >= facets_[f].values.size()) return false;
  return (selected_[f][value >> 6] >> (value & 63)) & 1;
}

bool QueryEngine::anyFilter() const {
  return years_.active() ||
         std::any_of(selectedCount_.begin(), selectedCount_.end(), [](auto c) { return c > 0; });
}

std::vector<ActiveFilter> QueryEngine::activeFilters() const {
  std::vector<ActiveFilter> chips;
  for (int f = 0; f < facetCount(); ++f)
    for (std::uint32_t v = 0; v < facet(f).values.size(); ++v)
      if (isSelected(f, v)) chips.push_back({f, v, facet(f).values[v].shown()});
  if (years_.active()) {
    std::string label = i18n::trf("filter.years_chip", {{"from", years_.from ? std::to_string(*years_.from) : std::string("…")},
                                                          {"to", years_.to ? std::to_string(*years_.to) : std::string("…")}});
    chips.push_back({-1, 0, std::move(label)});
  }
  return chips;
}

std::string QueryEngine::describeFilters() const {
  std::vector<std::string> parts;
  if (!words_.empty()) parts.push_back("search \"" + searchText_ + "\"");
  for (int f = 0; f < facetCount(); ++f) {
    if (!hasSelection(f)) continue;
    std::string part = facet(f).name + ": ";
    bool first = true;
    for (std::uint32_t v = 0; v < facet(f).values.size(); ++v) {
      if (!isSelected(f, v)) continue;
      part += (first ? "" : ", ") + facet(f).values[v].value;
      first = false;
    }
    parts.push_back(std::move(part));
  }
  if (years_.active())
    parts.push_back("years: " + (years_.from ? std::to_string(*years_.from) : std::string()) + "-" +
                    (years_.to ? std::to_string(*years_.to) : std::string()) +
                    (years_.keepUndated ? " (and undated)" : ""));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

// ---- evaluation

bool QueryEngine::yearOk(std::size_t r) const {
  const YearSpan& s = spans_[r];
  if (!s.dated) return years_.keepUndated;
  return s.to >= years_.from.value_or(INT_MIN) && s.from <= years_.to.value_or(INT_MAX);
}

// One pass over the search matches. A record failing no filter is a row and counts for every
// value it holds; a record failing exactly one filter counts only for that filter's values (it
// would be a row if that filter were changed); failing two or more, it counts nowhere.
//
// Counting is branch-free: a single-valued facet increments its value's counter; otherwise each
// byte of the record's value bits (8 values) increments one of 256 counters of that byte position,
// and the byte histograms are spread onto the values at the end. Looping over set bits instead
// costs a mispredicted branch per value and was 3x slower.
namespace {
struct FacetPlan {
  const std::uint64_t* bits;
  const std::uint32_t* single;  // null when multi-valued
  std::uint32_t stride, bytes;
  std::uint32_t* hist;
  void count(std::uint32_t r) const {
    if (single) {
      ++hist[single[r]];
      return;
    }
    const std::uint64_t* row = bits + std::size_t{r} * stride;
    for (std::uint32_t k = 0; k < bytes; ++k) ++hist[k * 256 + ((row[k >> 3] >> ((k & 7) * 8)) & 0xFF)];
  }
};
}  // namespace

void QueryEngine::countPass(const std::vector<std::uint32_t>& cand, std::vector<std::uint32_t>& matched) {
  std::vector<std::size_t> active;
  for (std::size_t f = 0; f < facets_.size(); ++f)
    if (selectedCount_[f] > 0) active.push_back(f);
  const bool yearsOn = years_.active() && !spans_.empty();
  const std::uint32_t yearBit = 1u << active.size();
  hist_.resize(facets_.size());
  std::vector<FacetPlan> plan;
  for (std::size_t f = 0; f < facets_.size(); ++f) {
    const Facet& fa = facets_[f];
    const auto bytes = static_cast<std::uint32_t>((fa.values.size() + 7) / 8);
    hist_[f].assign(fa.single.empty() ? bytes * 256 : fa.values.size() + 1, 0);
    plan.push_back({fa.bits.data(), fa.single.empty() ? nullptr : fa.single.data(), fa.stride, bytes,
                    hist_[f].data()});
  }
  YearStats ys;
  int minYear = INT_MAX, maxYear = INT_MIN;
  auto countYears = [&](std::uint32_t r) {
    if (spans_.empty()) return;
    const YearSpan& s = spans_[r];
    if (!s.dated) { ++ys.undated; return; }
    if (s.from != INT_MIN) minYear = std::min(minYear, s.from);
    if (s.to != INT_MAX) maxYear = std::max(maxYear, s.to);
  };
  for (std::uint32_t r : cand) {
    std::uint32_t fails = 0;
    for (std::size_t i = 0; i < active.size(); ++i) {
      const FacetPlan& p = plan[active[i]];
      const std::uint64_t* row = p.bits + std::size_t{r} * p.stride;
      const std::uint64_t* sel = selected_[active[i]].data();
      std::uint64_t any = 0;
      for (std::uint32_t w = 0; w < p.stride; ++w) any |= row[w] & sel[w];
      if (!any) fails |= 1u << i;
    }
    if (yearsOn && !yearOk(r)) fails |= yearBit;
    if (fails == 0) {
      matched.push_back(r);
      for (const FacetPlan& p : plan) p.count(r);
      countYears(r);
    } else if ((fails & (fails - 1)) == 0) {
      if (fails == yearBit) countYears(r);
      else plan[active[static_cast<std::size_t>(std::countr_zero(fails))]].count(r);
    }
  }
  auto& counts = result_.facetCounts;
  counts.resize(facets_.size());
  for (std::size_t f = 0; f < facets_.size(); ++f) {
    auto& c = counts[f];
    c.assign(facets_[f].values.size(), 0);
    const auto& h = hist_[f];
    if (plan[f].single) {
      std::copy(h.begin(), h.end() - 1, c.begin());  // the last counter is "no value"
      continue;
    }
    for (std::size_t i = 0; i < h.size(); ++i) {
      if (h[i] == 0) continue;
      const std::size_t base = (i / 256) * 8;
      for (unsigned b = static_cast<unsigned>(i % 256); b; b &= b - 1)
        c[base + static_cast<unsigned>(std::countr_zero(b))] += h[i];
    }
  }
  if (minYear != INT_MAX) ys.minYear = minYear;
  if (maxYear != INT_MIN) ys.maxYear = maxYear;
  result_.years = ys;
}

void QueryEngine::ensureOrder() {
  if (orderValid_ && orderSpec_ == sort_) return;
  for (const SortKey& k : sort_) {
    auto& r = ranks_[static_cast<std::size_t>(k.column)];
    if (r.empty() && recordCount_ > 0) r = columnRanks(k.column);
  }
  order_ = orderBy(sort_, recordCount_, ranks_);
  position_.resize(recordCount_);
  for (std::size_t p = 0; p < order_.size(); ++p) position_[order_[p]] = static_cast<std::uint32_t>(p);
  orderSpec_ = sort_;
  orderValid_ = true;
}

// Rows in view order. Few matches: sort them by their place in the cached full order. Many: walk
// the full order and keep the members; either way no comparison sort per keystroke.
void QueryEngine::orderRows(const std::vector<std::uint32_t>& matched) {
  auto& rows = result_.rows;
  if (sort_.empty()) {  // input order: matched already is ascending
    rows = matched;
    return;
  }
  ensureOrder();
  if (matched.size() * 16 < recordCount_) {
    rows = matched;
    std::sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) { return position_[a] < position_[b]; });
    return;
  }
  for (std::uint32_t r : matched) member_[r >> 6] |= std::uint64_t{1} << (r & 63);
  rows.clear();
  rows.reserve(matched.size());
  for (std::uint32_t r : order_)
    if ((member_[r >> 6] >> (r & 63)) & 1) rows.push_back(r);
  std::fill(member_.begin(), member_.end(), 0);
}

const std::vector<std::uint32_t>& QueryEngine::searchMatches() {
  searchLanguage_ = i18n::messages().generation();
  // What a row shows but the index does not hold as written: country names and vocabulary labels in
  // the interface language (Intl.DisplayNames, the catalogs), which change with it. A word of three
  // letters or more that is part of one ("Spanien", "training") also matches the records holding
  // that value. ("a" is part of nearly every label, and the text matches it anyway.)
  if (labelsLanguage_ != searchLanguage_) {
    labelsLanguage_ = searchLanguage_;
    labels_.clear();
    for (std::uint32_t f = 0; f < facets_.size(); ++f)
      for (std::uint32_t v = 0; v < facets_[f].values.size(); ++v) {
        const FacetValue& value = facets_[f].values[v];
        if (value.country || !value.labelKey.empty()) labels_.push_back({foldForSearch(value.shown()), f, v, {}});
      }
  }
  std::vector<std::string> plain;
  std::vector<std::pair<std::string, std::vector<Label*>>> named;  // word, the values it names
  for (const std::string& w : words_) {
    std::vector<Label*> values;
    if (w.size() >= 3)
      for (Label& l : labels_)
        if (l.folded.find(w) != std::string::npos) values.push_back(&l);
    if (values.empty()) plain.push_back(w);
    else named.emplace_back(w, std::move(values));
  }
  if (named.empty()) return text_.search(words_);
  // Each named word: the records whose text holds it, united with those holding a value it names
  // (each value's records as a bitset, made on first use and kept with the data: a keystroke ORs
  // words), then the plain words' matches kept in it.
  labelMatches_ = text_.search(plain);
  const std::size_t words = (recordCount_ + 63) / 64;
  std::vector<std::uint64_t> allowed(words);
  for (const auto& [word, values] : named) {
    std::fill(allowed.begin(), allowed.end(), 0);
    for (std::uint32_t r : text_.search({word})) allowed[r >> 6] |= std::uint64_t{1} << (r & 63);
    for (Label* l : values) {
      if (l->records.size() != words) {
        const Facet& facet = facets_[l->facet];
        l->records.assign(words, 0);
        for (std::uint32_t r = 0; r < recordCount_; ++r)
          if (facet.has(r, l->value)) l->records[r >> 6] |= std::uint64_t{1} << (r & 63);
      }
      for (std::size_t i = 0; i < words; ++i) allowed[i] |= l->records[i];
    }
    std::erase_if(labelMatches_, [&](std::uint32_t r) { return !((allowed[r >> 6] >> (r & 63)) & 1); });
  }
  return labelMatches_;
}

const QueryResult& QueryEngine::result() {
  if (!words_.empty() && searchLanguage_ != i18n::messages().generation()) dirty_ = true;  // names changed
  if (!dirty_) return result_;
  const std::vector<std::uint32_t>& cand = searchMatches();
  result_.searchMatches = static_cast<std::uint32_t>(cand.size());
  std::vector<std::uint32_t> matched;
  matched.reserve(cand.size());
  countPass(cand, matched);
  orderRows(matched);
  ++result_.revision;
  dirty_ = false;
  return result_;
}

}  // namespace alma
