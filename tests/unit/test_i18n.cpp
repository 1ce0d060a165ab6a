// Languages: plural rules against Chromium's Intl.PluralRules, catalogs, placeholders, the English
// fallback, the choice of language, and that every message the code asks for exists in English.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "../support/read_file.hpp"
#include "core/i18n/messages.hpp"
#include "core/model/diagnostics.hpp"
#include "core/model/format.hpp"
#include "core/model/text_fold.hpp"
#include "query_fixtures.hpp"
#include "core/model/vocab.hpp"
#include "core/query/call_query.hpp"
#include "core/query/practice_query.hpp"
#include "core/view/link_state.hpp"
#include "core/view/view_state.hpp"

using namespace alma;
using namespace alma::i18n;
namespace fs = std::filesystem;

namespace {
using testing::readFile;

// Puts the interface back in English when a test ends, whatever it switched to.
struct EnglishAfter {
  ~EnglishAfter() { messages().setLanguage(*findLanguage("en"), {}); }
};
}  // namespace

TEST_CASE("plural categories of whole numbers match Chromium's Intl.PluralRules in all 24 languages") {
  const auto fixture = nlohmann::json::parse(readFile(fs::path(ALMA_SOURCE_DIR) / "tests/data/intl-plural-rules.json"));
  const auto& numbers = fixture["numbers"];
  int checked = 0;
  for (const Language& l : languages()) {
    INFO("language " << l.code);
    const auto& expected = fixture["categories"][std::string(l.code)];
    REQUIRE(expected.size() == numbers.size());
    for (std::size_t i = 0; i < numbers.size(); ++i) {
      const long long n = numbers[i].get<long long>();
      INFO("n = " << n);
      CHECK(pluralName(pluralOf(l.code, n)) == expected[i].get<std::string>());
      ++checked;
    }
  }
  CHECK(checked == 24 * static_cast<int>(numbers.size()));
}

TEST_CASE("the languages with more than two forms: Polish, Czech, Lithuanian, Slovenian, Irish, Maltese") {
  CHECK(pluralOf("pl", 1) == Plural::One);
  CHECK(pluralOf("pl", 3) == Plural::Few);
  CHECK(pluralOf("pl", 12) == Plural::Many);
  CHECK(pluralOf("pl", 22) == Plural::Few);
  CHECK(pluralOf("cs", 4) == Plural::Few);
  CHECK(pluralOf("cs", 5) == Plural::Other);
  CHECK(pluralOf("lt", 21) == Plural::One);
  CHECK(pluralOf("lt", 11) == Plural::Other);
  CHECK(pluralOf("sl", 102) == Plural::Two);
  CHECK(pluralOf("ga", 7) == Plural::Many);
  CHECK(pluralOf("mt", 0) == Plural::Few);
  CHECK(pluralOf("mt", 2) == Plural::Two);
  CHECK(pluralOf("mt", 113) == Plural::Many);
}

TEST_CASE("a catalog holds text and plural forms and reports what it cannot use by key") {
  std::vector<std::string> problems;
  const Catalog c = Catalog::parse(R"({"@status": "note", "tab.map": "Karte",
      "count.calls": {"one": "{n} Aufruf", "other": "{n} Aufrufe"},
      "bad.number": 3, "bad.category": {"some": "x", "other": "y"}, "bad.noforms": {}})", problems);
  CHECK(*c.text("tab.map") == "Karte");
  CHECK(*c.plural("count.calls", Plural::One) == "{n} Aufruf");
  CHECK(*c.plural("count.calls", Plural::Few) == "{n} Aufrufe");  // no such form: "other"
  CHECK_FALSE(c.has("@status"));
  CHECK_FALSE(c.has("bad.number"));
  CHECK_FALSE(c.has("bad.noforms"));
  CHECK(*c.text("bad.category") == "y");  // the usable form is kept
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].find("bad.category.some") != std::string::npos);

  problems.clear();
  CHECK(Catalog::parse("{not json", problems).empty());
  CHECK(problems.at(0) == "not valid JSON");
}

TEST_CASE("placeholders are filled by name, and unknown braces stay") {
  CHECK(fill("{when} endet {x}", {{"when", "morgen"}}) == "morgen endet {x}");
  CHECK(fill("{a}{a}", {{"a", "1"}}) == "11");
  CHECK(fill("{", {}) == "{");
}

TEST_CASE("messages answer in the chosen language and fall back to English key by key") {
  EnglishAfter restore;
  CHECK(tr("tab.map") == "Map");
  CHECK(trn("count.calls", 1) == "1 call");
  CHECK(trn("count.calls", 12500) == "12,500 calls");
  const unsigned before = messages().generation();
  std::vector<std::string> problems;
  messages().setLanguage(*findLanguage("pl"), Catalog::parse(R"({"count.calls": {"one": "{n} nabór", "few": "{n} nabory", "many": "{n} naborów"}})", problems));
  CHECK(messages().generation() != before);
  CHECK(trn("count.calls", 1) == "1 nabór");
  CHECK(trn("count.calls", 3) == "3 nabory");
  CHECK(trn("count.calls", 5) == "5 naborów");
  CHECK(tr("tab.map") == "Map");  // not in this catalog: English
  CHECK(messages().language().code == "pl");
}

TEST_CASE("the language: the browser's first preference the atlas speaks, else English") {
  CHECK(pickLanguage(std::vector<std::string>{"de-AT", "en"}) == "de");
  CHECK(pickLanguage(std::vector<std::string>{"ja", "ga-IE", "en"}) == "ga");
  CHECK(pickLanguage(std::vector<std::string>{"ja", "zh"}) == "en");
  CHECK(pickLanguage(std::vector<std::string>{}) == "en");
  CHECK(languages().size() == 24);
  CHECK(findLanguage("EL")->endonym == "Ελληνικά");
  CHECK(findLanguage("pt")->locale == "pt-PT");
  CHECK(findLanguage(kPseudoLanguage) == nullptr);  // test builds only
  CHECK(findLanguage(kPseudoLanguage, true) != nullptr);
}

TEST_CASE("a link carries the chosen language, and a switch of language is no Back/Forward step") {
  ViewState v;
  chooseLanguage(v, "de");
  const LinkState l = toLink(v);
  CHECK(encodeFragment(l) == "#lang=de");
  CHECK(decodeFragment("#v=calls&lang=el").language == "el");
  ViewState w;
  applyLink(w, decodeFragment("#lang=bg"));
  CHECK(w.language == "bg");
  CHECK(meaningfulPart(toLink(v)) == meaningfulPart(toLink(ViewState{})));
}

TEST_CASE("dates, money and day counts come from the language's formats") {
  EnglishAfter restore;
  CHECK(humanDate(Date{2026, 11, 24, DatePrecision::Day}) == "24 November 2026");
  CHECK(euros(6.3e6) == "€6.3 million");
  CHECK(daysLeftPhrase(12) == "closes in 12 days");
  CHECK(daysLeftPhrase(1) == "closes tomorrow");
  CHECK(daysLeftPhrase(-3) == "closed 3 days ago");
}

TEST_CASE("every message the code asks for is in the English catalog") {
  const Catalog& en = englishCatalog();
  REQUIRE(en.keys().size() > 300);
  // Keys written in the code: tr("…"), trf("…"), trn("…"), label("…"), count("…"), and key tables.
  const std::regex literal(R"re("((?:[a-z_]+)\.[A-Za-z_.+-]+)")re");
  std::set<std::string> prefixes;
  for (const std::string& k : en.keys()) prefixes.insert(k.substr(0, k.find('.')));
  int found = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(ALMA_SOURCE_DIR) / "src")) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".cpp" && ext != ".hpp") continue;
    std::string text;  // the code without its comments (which quote other things: "data.example.org")
    std::istringstream lines(readFile(entry.path()));
    for (std::string line; std::getline(lines, line);) {
      const std::size_t comment = line.find("// ");
      text += (comment == std::string::npos ? line : line.substr(0, comment)) + "\n";
    }
    for (auto it = std::sregex_iterator(text.begin(), text.end(), literal); it != std::sregex_iterator(); ++it) {
      const std::string key = (*it)[1];
      const std::string prefix = key.substr(0, key.find('.'));
      if (!prefixes.count(prefix) || key.back() == '.' || key.find(".json") != std::string::npos) continue;
      INFO(entry.path().filename().string() << ": " << key);
      CHECK(en.has(key));
      ++found;
    }
  }
  CHECK(found > 250);
  // Keys the code builds: vocabulary labels, column headers, severities, the mirror's tables.
  for (VocabField f : {VocabField::Level, VocabField::Status, VocabField::FundingModel, VocabField::Stage, VocabField::Theme,
                       VocabField::TargetGroup, VocabField::Fund})
    for (std::string_view v : vocabValues(f)) CHECK(en.has(vocabMessageKey(f, v)));
  for (const char* id : kCallColumnIds) CHECK(en.has(std::string("column.calls.") + id));
  for (const char* id : kPracticeColumnIds) CHECK(en.has(std::string("column.practices.") + id));
  for (Severity s : {Severity::Warning, Severity::Error, Severity::Fatal}) CHECK(en.has(std::string("severity.") + severityName(s)));
  for (const char* table : {"calls", "practices"})
    for (const char* part : {"mirror.table.", "mirror.caption.", "mirror.more."}) CHECK(en.has(std::string(part) + table));
}

namespace {
// Country names as a German browser's Intl.DisplayNames gives them (a few suffice).
struct GermanNames final : Formats {
  PlainFormats plain;
  void setLocale(std::string_view language, std::string_view locale) override { plain.setLocale(language, locale); }
  std::string number(long long n) override { return plain.number(n); }
  std::string money(double e) override { return plain.money(e); }
  std::string date(const Date& d) override { return plain.date(d); }
  std::string shortDate(const Date& d) override { return plain.shortDate(d); }
  std::string relativeDays(int d) override { return plain.relativeDays(d); }
  Plural plural(long long n) override { return plain.plural(n); }
  std::string countryName(std::string_view code) override {
    return code == "ES" ? "Spanien" : code == "EL" ? "Griechenland" : code == "DE" ? "Deutschland" : "";
  }
};
struct PlainFormatsAfter {
  ~PlainFormatsAfter() {
    messages().setFormats(std::make_unique<PlainFormats>());
    messages().setLanguage(*findLanguage("en"), {});
  }
};
}  // namespace

TEST_CASE("the search also finds a country by its name in the interface language") {
  PlainFormatsAfter restore;
  const std::vector<Practice> data = testing::randomPractices(400, 7);
  PracticeQuery q;
  q.build(data);
  std::size_t spanish = 0, greek = 0;
  for (const Practice& p : data) spanish += p.country == "ES" ? 1 : 0, greek += p.country == "EL" ? 1 : 0;
  REQUIRE(spanish > 0);
  q.setSearch("Spanien");
  CHECK(q.result().rows.empty());  // English interface: "Spanien" is nobody's name
  messages().setFormats(std::make_unique<GermanNames>());
  messages().setLanguage(*findLanguage("de"), {});
  CHECK(q.result().rows.size() == spanish);  // the same query, now in German: Spain's practices
  for (std::uint32_t r : q.result().rows) CHECK(data[r].country == "ES");
  q.setSearch("griechen");  // part of a name, as typed
  CHECK(q.result().rows.size() == greek);
  q.setSearch("spain");  // the English and own-language names still work
  CHECK(q.result().rows.size() == spanish);
  q.setSearch("sp");  // too short to stand for a country: only the records' own text
  for (std::uint32_t r : q.result().rows) CHECK(foldForSearch(data[r].title + " " + data[r].summary.value_or("")).size() > 0);
}

TEST_CASE("tags in narrow columns say the short form in the interface language") {
  CHECK(vocabShortLabel(VocabField::Stage, "reception") == "Reception");
  CHECK(vocabShortLabel(VocabField::Fund, "ESF+") == "ESF+");  // the acronym the label ends with
  CHECK(vocabShortLabel(VocabField::Fund, "national") == "National");
  CHECK(vocabShortLabel(VocabField::Fund, "AMIF") == "AMIF");
  CHECK(vocabShortLabel(VocabField::Fund, "Interreg") == "Interreg");  // outside the vocabulary: as written
  EnglishAfter restore;
  std::vector<std::string> problems;
  messages().setLanguage(*findLanguage("fr"), Catalog::parse(R"j({"vocab.funds.ESF+": "Fonds social européen plus (FSE+)"})j", problems));
  CHECK(vocabShortLabel(VocabField::Fund, "ESF+") == "FSE+");
}

TEST_CASE("the search finds what the row shows: vocabulary labels, in the interface language") {
  EnglishAfter restore;
  const std::vector<Practice> data = testing::randomPractices(400, 11);
  auto holding = [&](const std::string& theme) {
    std::size_t n = 0;
    for (const Practice& p : data) n += std::find(p.themes.begin(), p.themes.end(), theme) != p.themes.end() ? 1 : 0;
    return n;
  };
  REQUIRE(holding("education") > 0);
  PracticeQuery q;
  q.build(data);
  q.setSearch("training");  // the theme "education" reads "Education and training"
  std::size_t training = 0;
  for (std::uint32_t r : q.result().rows) {
    const Practice& p = data[r];
    const bool theme = std::find(p.themes.begin(), p.themes.end(), "education") != p.themes.end();
    const bool text = foldForSearch(p.title + " " + p.summary.value_or("") + " " + p.organisation.value_or("") + " " +
                                    p.region.value_or("")).find("training") != std::string::npos;
    CHECK((theme || text));
    training += theme ? 1 : 0;
  }
  CHECK(training == holding("education"));
  std::vector<std::string> problems;
  messages().setLanguage(*findLanguage("de"), Catalog::parse(R"({"vocab.themes.employment": "Beschäftigung"})", problems));
  q.setSearch("Beschäftigung");
  CHECK(q.result().rows.size() >= holding("employment"));
  for (std::uint32_t r : q.result().rows)
    CHECK(std::find(data[r].themes.begin(), data[r].themes.end(), "employment") != data[r].themes.end());
}
