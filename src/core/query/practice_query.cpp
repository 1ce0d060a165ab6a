#include "core/query/practice_query.hpp"

#include <array>
#include <climits>
#include <utility>

#include "core/i18n/messages.hpp"
#include "core/model/countries.hpp"
#include "core/model/record_facts.hpp"
#include "core/model/vocab.hpp"
#include "core/query/record_keys.hpp"

namespace alma {

const char* practiceColumnHeader(int column) {
  if (column < 0 || column >= PracticeColumns::Count) return "";
  return i18n::tr(std::string("column.practices.") + kPracticeColumnIds[static_cast<std::size_t>(column)]).c_str();
}

std::string practiceColumnText(const Practice& p, int column) {
  switch (column) {
    case PracticeColumns::Title: return p.title;
    case PracticeColumns::Country: return countryName(p.country);
    case PracticeColumns::Region: return p.region.value_or("");
    case PracticeColumns::Organisation: return p.organisation.value_or("");
    case PracticeColumns::Stages: return vocabLabels(VocabField::Stage, p.stages);
    case PracticeColumns::Themes: return vocabLabels(VocabField::Theme, p.themes);
    case PracticeColumns::TargetGroups: return vocabLabels(VocabField::TargetGroup, p.target_groups);
    case PracticeColumns::Funds: return vocabLabels(VocabField::Fund, p.funds);
    case PracticeColumns::Period: return practicePeriod(p);
    default: return "";
  }
}

YearSpan practiceYears(const Practice& p) {
  YearSpan s;
  if (p.start) s.from = p.start->year;
  if (p.end) s.to = p.end->year;
  s.dated = p.start.has_value() || p.end.has_value();
  return s;
}

void PracticeQuery::build(std::span<const Practice> practices) {
  records_ = practices;
  const std::size_t n = practices.size();
  TextIndex text;  // made in slices, after the table is on screen (QueryEngine::prepare)
  text.begin(n, [practices](std::size_t i, std::string& out) {
    const Practice& p = practices[i];
    appendField(out, p.title);
    appendField(out, p.summary);
    appendField(out, p.organisation);
    appendField(out, p.region);
    appendCountryText(out, p.country);
  });

  FacetBuilder country = countryFacetBuilder(kPracticeFacetIds[PracticeFacets::Country]);
  FacetBuilder stage = vocabFacetBuilder(kPracticeFacetIds[PracticeFacets::Stage], VocabField::Stage);
  FacetBuilder theme = vocabFacetBuilder(kPracticeFacetIds[PracticeFacets::Theme], VocabField::Theme);
  FacetBuilder target = vocabFacetBuilder(kPracticeFacetIds[PracticeFacets::TargetGroup], VocabField::TargetGroup);
  FacetBuilder fund = vocabFacetBuilder(kPracticeFacetIds[PracticeFacets::Fund], VocabField::Fund);
  std::vector<YearSpan> spans(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    const Practice& p = practices[i];
    country.add(i, p.country);
    for (const auto& v : p.stages) stage.add(i, v);
    for (const auto& v : p.themes) theme.add(i, v);
    for (const auto& v : p.target_groups) target.add(i, v);
    for (const auto& v : p.funds) fund.add(i, v);
    spans[i] = practiceYears(p);
  }
  std::vector<Facet> facets;  // in PracticeFacets order
  facets.push_back(std::move(country).finish(n));
  facets.push_back(std::move(stage).finish(n));
  facets.push_back(std::move(theme).finish(n));
  facets.push_back(std::move(target).finish(n));
  facets.push_back(std::move(fund).finish(n));
  buildEngine(n, std::move(text), std::move(facets), std::move(spans), PracticeColumns::Count);
}

std::vector<std::uint32_t> PracticeQuery::columnRanks(int column) const {
  const std::size_t n = records_.size();
  auto textRanks = [&](auto field) { return alma::textRanks(records_, field); };
  switch (column) {
    case PracticeColumns::Title:
      return textRanks([](const Practice& p) { return std::optional<std::string>(p.title); });
    case PracticeColumns::Country:
      return textRanks([](const Practice& p) {
        return std::optional<std::string>(std::string(countryNameEnglish(p.country)));
      });
    case PracticeColumns::Region: return textRanks([](const Practice& p) { return p.region; });
    case PracticeColumns::Organisation: return textRanks([](const Practice& p) { return p.organisation; });
    case PracticeColumns::Stages: return facetRanks(facet(PracticeFacets::Stage), n);
    case PracticeColumns::Themes: return facetRanks(facet(PracticeFacets::Theme), n);
    case PracticeColumns::TargetGroups: return facetRanks(facet(PracticeFacets::TargetGroup), n);
    case PracticeColumns::Funds: return facetRanks(facet(PracticeFacets::Fund), n);
    case PracticeColumns::Period: {
      std::vector<std::optional<std::pair<long long, long long>>> keys(n);
      for (std::size_t i = 0; i < n; ++i) {
        const Practice& p = records_[i];
        if (p.start) keys[i] = {firstDayNumber(*p.start), p.end ? firstDayNumber(*p.end) : LLONG_MAX};
      }
      return ranksOf(keys);
    }
    default: return std::vector<std::uint32_t>(n, kMissingRank);
  }
}

}  // namespace alma
