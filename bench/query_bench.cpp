// query_bench: the practice table's per-keystroke cost over 100k generated practices.
// Issue 5's budget: search + facet counts + sort ≤ 5 ms per keystroke natively.
//
// Data: deterministic, shaped like the real table (assets/data/practices.json: titles ~60
// characters, summaries ~270, long organisation names), with a large vocabulary of generated
// place and organisation names so the token dictionary is realistic, and ~1% unknown values.
// Each scenario starts from a freshly built index (cold caches), sorted by title, and times
// setSearch/facet toggle + result() per keystroke. Build: cmake --build --preset native.
// Run: build/native/bench/query_bench [records]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "../tests/support/deterministic_rng.hpp"
#include "core/query/call_query.hpp"
#include "core/model/countries.hpp"
#include "core/query/practice_query.hpp"

using namespace alma;
using Clock = std::chrono::steady_clock;

namespace {

using alma::testing::Rng;  // shared with the unit tests: tests/support/deterministic_rng.hpp

const std::vector<std::string> kWords{
    "integration", "migrants", "refugees", "newcomers", "support", "language", "courses", "housing",
    "employment", "training", "mentoring", "community", "local", "regional", "national", "services",
    "social", "inclusion", "women", "children", "youth", "families", "access", "health", "mental",
    "education", "skills", "recognition", "orientation", "counselling", "participation", "volunteers",
    "network", "project", "programme", "centre", "one-stop", "shop", "guidance", "information",
    "labour", "market", "jobs", "entrepreneurship", "civic", "digital", "intercultural", "mediation",
    "reception", "early", "long-term", "cohesive", "societies", "protection", "asylum", "Ukraine",
    "temporary", "municipality", "partners", "authorities", "citizens", "neighbourhood", "schools",
    "for", "and", "the", "with", "of", "in", "to", "a", "by", "through", "their", "people"};
const std::vector<std::string> kSyllables{
    "ba", "ko", "ri", "sta", "lo", "ven", "mar", "del", "ni", "po", "ska", "ber", "gen", "dor",
    "ła", "ró", "źe", "ün", "ça", "ší", "ão", "ér", "ia", "tu", "vi", "ka", "lan", "ti", "os", "na"};
const std::vector<std::string> kRealPlaces{"Łódź", "Württemberg", "Αθήνα", "Lisboa", "Kraków",
                                           "Göteborg", "Zaragoza", "București", "Plovdiv", "Ελλάδα"};

std::string sentence(Rng& rng, int words) {
  std::string s;
  for (int i = 0; i < words; ++i) s += (i ? " " : "") + rng.pick(kWords);
  return s;
}

std::string placeName(Rng& rng) {
  if (rng.below(50) == 0) return rng.pick(kRealPlaces);
  std::string s;
  for (int i = 2 + rng.below(2); i > 0; --i) s += rng.pick(kSyllables);
  s[0] = static_cast<char>(s[0] >= 'a' && s[0] <= 'z' ? s[0] - 32 : s[0]);
  return s;
}

std::vector<std::string> subset(Rng& rng, std::span<const std::string_view> vocab, int percent,
                                const char* unknown) {
  std::vector<std::string> out;
  for (auto v : vocab)
    if (rng.below(100) < percent) out.emplace_back(v);
  if (rng.below(100) == 0) out.emplace_back(unknown);
  return out;
}

std::vector<Practice> generate(std::size_t n) {
  Rng rng;
  std::vector<std::string_view> countries;
  for (auto c : countryCodes()) countries.push_back(c);
  std::vector<Practice> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    Practice& p = out[i];
    p.id = "P-" + std::to_string(i);
    // One rng call per statement: the evaluation order of a + b is unspecified (gcc and clang
    // differ), and the data must be the same natively and in WebAssembly.
    p.title = sentence(rng, 4 + rng.below(6));
    p.title += " in " + placeName(rng);
    p.country = std::string(countries[static_cast<std::size_t>(rng.below(27))]);
    if (rng.below(10)) p.region = placeName(rng);
    if (rng.below(10)) {
      p.organisation = "City of " + placeName(rng);
      p.organisation->append(" with " + placeName(rng));
      p.organisation->append(" " + rng.pick(kWords));
    }
    if (rng.below(20)) {
      p.summary = sentence(rng, 30 + rng.below(20));
      p.summary->append(" " + placeName(rng) + ".");
    }
    p.stages = subset(rng, vocabValues(VocabField::Stage), 35, "post-arrival");
    p.themes = subset(rng, vocabValues(VocabField::Theme), 20, "sport");
    p.target_groups = subset(rng, vocabValues(VocabField::TargetGroup), 20, "elderly");
    p.funds = subset(rng, vocabValues(VocabField::Fund), 25, "Interreg");
    if (rng.below(10)) p.start = Date{2010 + rng.below(15), 1 + rng.below(12), 1, DatePrecision::Month};
    if (rng.below(3)) p.end = Date{2014 + rng.below(14), 1 + rng.below(12), 1, DatePrecision::Month};
  }
  return out;
}

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

struct Stats {
  std::vector<double> samples;
  double quantile(double q) const {
    if (samples.empty()) return 0;
    std::vector<double> s = samples;
    std::sort(s.begin(), s.end());
    return s[static_cast<std::size_t>(q * static_cast<double>(s.size() - 1) + 0.5)];
  }
};

// One timed step: an intent, then result() (search + facet counts + ordered rows).
double step(PracticeQuery& q, const std::function<void()>& intent) {
  const auto t0 = Clock::now();
  intent();
  const QueryResult& r = q.result();
  const auto t1 = Clock::now();
  if (r.rows.size() > q.recordCount()) std::abort();  // keep the work observable
  return ms(t1 - t0);
}

void typeText(PracticeQuery& q, const std::string& text, Stats& s, bool backspace) {
  for (std::size_t n = 1; n <= text.size(); ++n) s.samples.push_back(step(q, [&] { q.setSearch(text.substr(0, n)); }));
  if (backspace)
    for (std::size_t n = text.size(); n-- > 0;) s.samples.push_back(step(q, [&] { q.setSearch(text.substr(0, n)); }));
}

void report(const char* name, const Stats& s, std::size_t rows = SIZE_MAX) {
  std::printf("  %-44s n=%3zu  median %6.3f ms  p95 %6.3f ms  max %6.3f ms", name, s.samples.size(),
              s.quantile(0.5), s.quantile(0.95), s.quantile(1.0));
  if (rows != SIZE_MAX) std::printf("  (%zu rows)", rows);
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t n = argc > 1 ? static_cast<std::size_t>(std::atol(argv[1])) : 100000;
  const auto data = generate(n);
  std::size_t textBytes = 0;
  for (const auto& p : data) textBytes += p.title.size() + p.summary.value_or("").size();
  std::printf("query_bench: %zu generated practices (%.1f MB of titles and summaries)\n", n, textBytes / 1e6);

  PracticeQuery q;
  auto t0 = Clock::now();
  q.build(data);
  std::printf("  build (what the table needs to show)         %8.1f ms\n", ms(Clock::now() - t0));
  t0 = Clock::now();
  while (q.prepare(1e9)) {
  }
  std::printf("  then, when idle: search index, sort keys     %8.1f ms\n", ms(Clock::now() - t0));
  t0 = Clock::now();
  q.result();
  std::printf("  first result (all rows, counts)              %8.3f ms\n", ms(Clock::now() - t0));
  for (int col : {PracticeColumns::Title, PracticeColumns::Period, PracticeColumns::Funds}) {
    t0 = Clock::now();
    q.clickSort(col, false);
    q.result();
    std::printf("  first sort by %-30s %8.1f ms (full order, once per column/spec)\n",
                practiceColumnHeader(col), ms(Clock::now() - t0));
  }
  t0 = Clock::now();
  q.setSort({{PracticeColumns::Country, false}, {PracticeColumns::Period, true}});
  q.result();
  std::printf("  sort spec country, period desc               %8.1f ms\n", ms(Clock::now() - t0));

  Stats all;
  auto scenario = [&](const char* name, const std::function<void(Stats&)>& body) {
    q.build(data);  // cold caches
    while (q.prepare(1e9)) {
    }
    q.clearAll();
    q.setSort({{PracticeColumns::Title, false}});
    q.result();
    Stats s;
    body(s);
    report(name, s, q.result().rows.size());
    all.samples.insert(all.samples.end(), s.samples.begin(), s.samples.end());
  };
  std::printf("per keystroke (intent + search + facet counts + sorted rows), sorted by title:\n");
  scenario("type 'integration', then backspace it", [&](Stats& s) { typeText(q, "integration", s, true); });
  scenario("type 'wurttemberg' (rare)", [&](Stats& s) { typeText(q, "wurttemberg", s, false); });
  scenario("type 'lodz mentoring women'", [&](Stats& s) { typeText(q, "lodz mentoring women", s, false); });
  scenario("type Greek ελλαδα, then 'xylophone' (none)", [&](Stats& s) {
    typeText(q, "ελλαδα", s, true);
    typeText(q, "xylophone", s, false);
  });
  scenario("type 'e' then 'housing support'", [&](Stats& s) {
    typeText(q, "e", s, true);
    typeText(q, "housing support", s, false);
  });
  scenario("facet toggles with search 'support'", [&](Stats& s) {
    q.setSearch("support");
    q.result();
    const std::pair<int, const char*> toggles[] = {
        {PracticeFacets::Country, "PT"}, {PracticeFacets::Fund, "AMIF"}, {PracticeFacets::Stage, "reception"},
        {PracticeFacets::Theme, "housing"}, {PracticeFacets::Country, "ES"}, {PracticeFacets::Fund, "ESF+"},
        {PracticeFacets::TargetGroup, "women"}, {PracticeFacets::Fund, "Interreg"}};
    // (no structured bindings captured in lambdas: clang 14, Emscripten's, rejects that)
    for (const auto& t : toggles) s.samples.push_back(step(q, [&] { q.setFacetValue(t.first, t.second, true); }));
    for (const auto& t : toggles) s.samples.push_back(step(q, [&] { q.setFacetValue(t.first, t.second, false); }));
    for (int y = 2012; y < 2026; y += 2) s.samples.push_back(step(q, [&] { q.setYears({y, y + 3, false}); }));
  });
  scenario("facet toggles, no search (100k rows)", [&](Stats& s) {
    for (int f = 0; f < PracticeFacets::Count; ++f)
      for (std::uint32_t v = 0; v < 4; ++v) {
        s.samples.push_back(step(q, [&] { q.toggleFacetValue(f, v); }));
        s.samples.push_back(step(q, [&] { q.toggleFacetValue(f, v); }));
      }
  });
  report("ALL keystrokes", all);

  // The call list: same machinery, 100k generated calls built from the practices' texts.
  std::vector<Call> calls(n);
  for (std::size_t i = 0; i < n; ++i) {
    calls[i].id = data[i].id;
    calls[i].title = data[i].title;
    calls[i].country = data[i].country;
    calls[i].programme = data[i].organisation;
    calls[i].closes = data[i].end;
    calls[i].level = "national";
  }
  CallQuery cq;
  t0 = Clock::now();
  cq.build(calls, Date{2024, 6, 30, DatePrecision::Day});
  while (cq.prepare(1e9)) {
  }
  std::printf("calls: index build (%zu)                       %8.1f ms\n", n, ms(Clock::now() - t0));
  cq.setSort({{CallColumns::Closes, false}});
  cq.result();
  Stats cs;
  for (const std::string text : {"integration", "wurttemberg"})
    for (std::size_t k = 1; k <= text.size(); ++k) {
      const auto a = Clock::now();
      cq.setSearch(text.substr(0, k));
      cq.result();
      cs.samples.push_back(ms(Clock::now() - a));
    }
  report("calls: type 'integration', 'wurttemberg'", cs);
  return 0;
}
