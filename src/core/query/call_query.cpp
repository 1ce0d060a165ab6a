#include "core/query/call_query.hpp"

#include <array>

#include "core/i18n/messages.hpp"
#include "core/model/countries.hpp"
#include "core/model/record_facts.hpp"
#include "core/model/derived.hpp"
#include "core/model/format.hpp"
#include "core/query/record_keys.hpp"

namespace alma {

const char* callColumnHeader(int column) {
  if (column < 0 || column >= CallColumns::Count) return "";
  return i18n::tr(std::string("column.calls.") + kCallColumnIds[static_cast<std::size_t>(column)]).c_str();
}

std::string callColumnText(const Call& c, CallStatus status, int column) {
  switch (column) {
    case CallColumns::Title: return shownTitle(c);
    case CallColumns::Country: return countryName(c.country);
    case CallColumns::Region: return c.region ? c.region->name.value_or(c.region->code.value_or("")) : "";
    case CallColumns::Level: return std::string(vocabLabel(VocabField::Level, c.level));
    case CallColumns::Status: return statusLabel(status);
    case CallColumns::Closes: return c.closes ? humanDate(*c.closes) : "";
    case CallColumns::Budget: return c.budget_eur ? euros(*c.budget_eur) : "";
    case CallColumns::Participants: return c.participants ? withThousands(*c.participants) : "";
    case CallColumns::FundingModel: return c.funding_model ? std::string(vocabLabel(VocabField::FundingModel, *c.funding_model)) : "";
    default: return "";
  }
}

std::string callLevelValue(const Call& c) {
  if (auto v = canonicalVocab(VocabField::Level, c.level)) return std::string(*v);
  if (!trimSpaces(c.level).empty()) return std::string(trimSpaces(c.level));
  switch (effectiveLevel(c)) {
    case CallLevel::Regional: return "regional";
    case CallLevel::Eu: return "eu";
    case CallLevel::National: break;
  }
  return "national";
}

namespace {
constexpr std::array<CallStatus, 4> kStatusOrder{CallStatus::Open, CallStatus::Planned,
                                                CallStatus::Closed, CallStatus::Unknown};

FacetBuilder statusFacetBuilder() {
  std::vector<FacetValue> fixed;
  for (CallStatus s : kStatusOrder) {
    fixed.push_back({statusName(s), statusName(s), true, s == CallStatus::Unknown ? std::string("status.unknown") : vocabMessageKey(VocabField::Status, statusName(s))});
  }
  return FacetBuilder(kCallFacetIds[CallFacets::Status], std::move(fixed));
}
}  // namespace

void CallQuery::build(std::span<const Call> calls, Date today) {
  records_ = calls;
  today_ = today;
  const std::size_t n = calls.size();
  TextIndex text;
  text.build(n, [&](std::size_t i, std::string& out) {
    const Call& c = calls[i];
    appendField(out, c.title);
    appendField(out, c.title_original);
    appendField(out, c.programme);
    appendField(out, c.authority);
    if (c.region) {
      appendField(out, c.region->name);
      appendField(out, c.region->code);
    }
    appendCountryText(out, c.country);
  });

  FacetBuilder status = statusFacetBuilder();
  FacetBuilder level = vocabFacetBuilder(kCallFacetIds[CallFacets::Level], VocabField::Level);
  FacetBuilder country = countryFacetBuilder(kCallFacetIds[CallFacets::Country]);
  FacetBuilder region(kCallFacetIds[CallFacets::Region], {}, /*extraValuesKnown=*/true);
  FacetBuilder funding = vocabFacetBuilder(kCallFacetIds[CallFacets::FundingModel], VocabField::FundingModel);
  status_.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    const Call& c = calls[i];
    status_[i] = effectiveStatus(c, today);
    status.add(i, statusName(status_[i]));
    level.add(i, callLevelValue(c));
    country.add(i, c.country);
    if (c.region && c.region->code)
      region.add(i, *c.region->code, c.region->name ? *c.region->name : *c.region->code);
    if (c.funding_model) funding.add(i, *c.funding_model);
  }
  std::vector<Facet> facets;  // in CallFacets order
  facets.push_back(std::move(status).finish(n));
  facets.push_back(std::move(level).finish(n));
  facets.push_back(std::move(country).finish(n));
  facets.push_back(std::move(region).finish(n));
  facets.push_back(std::move(funding).finish(n));
  buildEngine(n, std::move(text), std::move(facets), {}, CallColumns::Count);
}

std::vector<std::uint32_t> CallQuery::columnRanks(int column) const {
  const std::size_t n = records_.size();
  auto textRanks = [&](auto field) { return alma::textRanks(records_, field); };
  auto numberRanks = [&](auto field) {
    std::vector<std::optional<double>> keys(n);
    for (std::size_t i = 0; i < n; ++i) keys[i] = field(records_[i]);
    return ranksOf(keys);
  };
  switch (column) {
    case CallColumns::Title:
      return textRanks([](const Call& c) { return std::optional<std::string>(c.title); });
    case CallColumns::Country:
      return textRanks([](const Call& c) {
        return std::optional<std::string>(std::string(countryNameEnglish(c.country)));
      });
    case CallColumns::Region:
      return textRanks([](const Call& c) -> std::optional<std::string> {
        if (!c.region) return std::nullopt;
        if (c.region->name && textKey(*c.region->name)) return c.region->name;
        return c.region->code;
      });
    case CallColumns::Level: return facetRanks(facet(CallFacets::Level), n);
    case CallColumns::Status: {
      std::vector<std::optional<int>> keys(n);
      for (std::size_t i = 0; i < n; ++i)
        for (int k = 0; k < 3; ++k)
          if (status_[i] == kStatusOrder[static_cast<std::size_t>(k)]) keys[i] = k;
      return ranksOf(keys);
    }
    case CallColumns::Closes: {
      std::vector<std::optional<long long>> keys(n);
      for (std::size_t i = 0; i < n; ++i)
        if (records_[i].closes) keys[i] = firstDayNumber(*records_[i].closes);
      return ranksOf(keys);
    }
    case CallColumns::Budget: return numberRanks([](const Call& c) { return c.budget_eur; });
    case CallColumns::Participants:
      return numberRanks([](const Call& c) -> std::optional<double> {
        if (!c.participants) return std::nullopt;
        return static_cast<double>(*c.participants);
      });
    case CallColumns::FundingModel: return facetRanks(facet(CallFacets::FundingModel), n);
    default: return std::vector<std::uint32_t>(n, kMissingRank);
  }
}

}  // namespace alma
