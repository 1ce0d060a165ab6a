#pragma once
// Deterministic generated records for the query tests: small vocabularies of words (with accents,
// Greek, Cyrillic), unknown vocabulary values in two spellings, missing optional fields.
#include "../support/deterministic_rng.hpp"
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace alma::testing {


inline const std::vector<std::string>& fixtureWords() {
  static const std::vector<std::string> w{
      "integration", "Łódź",   "Württemberg", "Ελλάδα", "Москва",  "women", "housing",
      "language",    "Açores", "one-stop",    "shop",   "centre",  "ESF+",  "Île",
      "mentoring",   "jobs",   "Straße",      "ΚΥΠΡΟΣ", "ёлка",    "café"};
  return w;
}

inline std::string words(Rng& rng, int count) {
  std::string s;
  for (int i = 0; i < count; ++i) s += (i ? " " : "") + rng.pick(fixtureWords());
  return s;
}

inline std::vector<std::string> someOf(Rng& rng, const std::vector<std::string>& pool, int percent) {
  std::vector<std::string> out;
  for (const auto& v : pool)
    if (rng.chance(percent)) out.push_back(v);
  return out;
}

inline std::optional<Date> someDate(Rng& rng) {
  if (rng.chance(25)) return std::nullopt;
  const auto prec = static_cast<DatePrecision>(rng.below(3));
  Date d{2014 + rng.below(12), 1 + rng.below(12), 1 + rng.below(28), prec};
  if (prec != DatePrecision::Day) d.day = 1;
  if (prec == DatePrecision::Year) d.month = 1;
  return d;
}

inline std::vector<Practice> randomPractices(std::size_t n, std::uint64_t seed) {
  Rng rng(seed);
  const std::vector<std::string> countries{"PT", "EL", "PL", "DE", "ES", "EU", "CZ"};
  const std::vector<std::string> stages{"pre-arrival", "reception", "long-term", "cohesive-societies",
                                        "post-arrival", "Post-Arrival"};  // unknown, two spellings
  const std::vector<std::string> themes{"education", "employment", "language", "housing", "health"};
  const std::vector<std::string> groups{"women", "roma", "children-youth", "host-community"};
  const std::vector<std::string> funds{"ESF+", "AMIF", "ERDF", "national", "Interreg", "INTERREG"};
  std::vector<Practice> out;
  for (std::size_t i = 0; i < n; ++i) {
    Practice p;
    p.id = "P-" + std::to_string(i);
    p.title = words(rng, 1 + rng.below(3));
    p.country = rng.pick(countries);
    if (rng.chance(80)) p.region = rng.chance(10) ? std::string() : words(rng, 1);
    if (rng.chance(70)) p.organisation = words(rng, 2);
    if (rng.chance(70)) p.summary = words(rng, 3 + rng.below(5));
    p.stages = someOf(rng, stages, 30);
    p.themes = someOf(rng, themes, 30);
    p.target_groups = someOf(rng, groups, 25);
    p.funds = someOf(rng, funds, 25);
    p.start = someDate(rng);
    p.end = someDate(rng);
    out.push_back(std::move(p));
  }
  return out;
}

inline std::vector<Call> randomCalls(std::size_t n, std::uint64_t seed) {
  Rng rng(seed);
  const std::vector<std::string> countries{"PT", "EL", "PL", "DE", "ES", "EU", "CZ"};
  const std::vector<std::string> levels{"national", "regional", "eu", "local"};  // local: unknown
  const std::vector<std::string> statuses{"planned", "open", "closed", "suspended"};
  const std::vector<std::string> models{"delegated-act", "sco", "real-costs", "mixed", "lump-sum"};
  std::vector<Call> out;
  for (std::size_t i = 0; i < n; ++i) {
    Call c;
    c.id = "C-" + std::to_string(i);
    c.title = words(rng, 1 + rng.below(3));
    if (rng.chance(50)) c.title_original = words(rng, 2);
    c.country = rng.pick(countries);
    c.level = rng.chance(90) ? rng.pick(levels) : std::string();
    if (rng.chance(50)) {
      Region r;
      if (rng.chance(80)) r.code = c.country + std::to_string(rng.below(4));
      if (rng.chance(80)) r.name = words(rng, 1);
      c.region = r;
    }
    if (rng.chance(60)) c.programme = words(rng, 2);
    if (rng.chance(60)) c.authority = words(rng, 2);
    if (rng.chance(50)) c.status = rng.pick(statuses);
    c.opens = someDate(rng);
    c.closes = someDate(rng);
    if (rng.chance(70)) c.budget_eur = static_cast<double>(rng.below(50)) * 100000.0;
    if (rng.chance(60)) c.participants = rng.below(300);
    if (rng.chance(70)) c.funding_model = rng.pick(models);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace alma::testing
