#include "core/model/countries.hpp"

#include "core/i18n/messages.hpp"

#include <algorithm>
#include <array>

#include "core/model/vocab.hpp"

namespace alma {

namespace {
struct Country {
  std::string_view code, english, native;
};

// One official native name per country (the one used on the country's own EU portal pages).
// Georgia's is given in Latin transliteration because the UI font has no Georgian script.
constexpr std::array<Country, 42> kCountries{{
    // EU27
    {"AT", "Austria", "Österreich"},
    {"BE", "Belgium", "België"},
    {"BG", "Bulgaria", "България"},
    {"CY", "Cyprus", "Κύπρος"},
    {"CZ", "Czechia", "Česko"},
    {"DE", "Germany", "Deutschland"},
    {"DK", "Denmark", "Danmark"},
    {"EE", "Estonia", "Eesti"},
    {"EL", "Greece", "Ελλάδα"},
    {"ES", "Spain", "España"},
    {"FI", "Finland", "Suomi"},
    {"FR", "France", "France"},
    {"HR", "Croatia", "Hrvatska"},
    {"HU", "Hungary", "Magyarország"},
    {"IE", "Ireland", "Éire"},
    {"IT", "Italy", "Italia"},
    {"LT", "Lithuania", "Lietuva"},
    {"LU", "Luxembourg", "Lëtzebuerg"},
    {"LV", "Latvia", "Latvija"},
    {"MT", "Malta", "Malta"},
    {"NL", "Netherlands", "Nederland"},
    {"PL", "Poland", "Polska"},
    {"PT", "Portugal", "Portugal"},
    {"RO", "Romania", "România"},
    {"SE", "Sweden", "Sverige"},
    {"SI", "Slovenia", "Slovenija"},
    {"SK", "Slovakia", "Slovensko"},
    // EFTA
    {"CH", "Switzerland", "Schweiz"},
    {"IS", "Iceland", "Ísland"},
    {"LI", "Liechtenstein", "Liechtenstein"},
    {"NO", "Norway", "Norge"},
    // United Kingdom
    {"UK", "United Kingdom", "United Kingdom"},
    // candidate and potential candidate countries
    {"AL", "Albania", "Shqipëria"},
    {"BA", "Bosnia and Herzegovina", "Bosna i Hercegovina"},
    {"GE", "Georgia", "Sakartvelo"},
    {"MD", "Moldova", "Moldova"},
    {"ME", "Montenegro", "Crna Gora"},
    {"MK", "North Macedonia", "Северна Македонија"},
    {"RS", "Serbia", "Србија"},
    {"TR", "Türkiye", "Türkiye"},
    {"UA", "Ukraine", "Україна"},
    {"XK", "Kosovo", "Kosova"},
}};
constexpr Country kEu{"EU", "European Union", "European Union"};

constexpr auto kCodes = [] {
  std::array<std::string_view, kCountries.size() + 1> codes{};
  for (std::size_t i = 0; i < kCountries.size(); ++i) codes[i] = kCountries[i].code;
  codes.back() = kEu.code;
  return codes;
}();

const Country* findCanonical(std::string_view code) {
  if (code == kEu.code) return &kEu;
  for (const auto& c : kCountries)
    if (c.code == code) return &c;
  return nullptr;
}

// Names are asked for with whatever the caller holds ("gr", " cz"): read it like the loader does.
const Country* find(std::string_view code) {
  if (const Country* c = findCanonical(code)) return c;
  const auto canonical = normalizeCountry(code);
  return canonical ? findCanonical(*canonical) : nullptr;
}
}  // namespace

std::optional<std::string> normalizeCountry(std::string_view raw) {
  const std::string_view t = trimSpaces(raw);
  if (t.size() != 2) return std::nullopt;
  std::string code(t);
  for (char& ch : code)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  // ISO writes Greece GR and the United Kingdom GB; the EU writes EL and UK.
  if (code == "GR") code = "EL";
  if (code == "GB") code = "UK";
  if (!findCanonical(code)) return std::nullopt;
  return code;
}

bool isEuMemberState(std::string_view code) {
  // The table lists the EU27 first.
  for (std::size_t i = 0; i < 27; ++i)
    if (kCountries[i].code == code) return true;
  return false;
}

bool isKnownCountry(std::string_view code) { return findCanonical(code) != nullptr; }

std::span<const std::string_view> countryCodes() { return kCodes; }

std::string_view countryNameEnglish(std::string_view code) {
  const Country* c = find(code);
  return c ? c->english : code;
}

std::string_view countryNameNative(std::string_view code) {
  const Country* c = find(code);
  return c ? c->native : code;
}

std::string countryName(std::string_view code) {
  const Country* c = find(code);
  if (!c) return std::string(code);
  // Asked for every row of a 100 000-row table: the names of the interface language, kept per language.
  static std::vector<std::string> names;
  static unsigned language = ~0u;
  if (language != i18n::messages().generation()) {
    language = i18n::messages().generation();
    names.assign(kCountries.size() + 1, std::string());
  }
  const std::size_t i = c == &kEu ? kCountries.size() : static_cast<std::size_t>(c - kCountries.data());
  if (names[i].empty()) {
    names[i] = i18n::messages().formats().countryName(c->code);
    if (names[i].empty()) names[i] = c->english;
  }
  return names[i];
}

std::string countryLabel(std::string_view code) {
  const Country* c = find(code);
  if (!c) return std::string(code);
  std::string out = countryName(code);
  if (c->native != out) {
    out += " / ";
    out += c->native;
  }
  return out;
}

std::span<const std::string_view> countryLanguages(std::string_view code) {
  static constexpr std::string_view kAt[] = {"de"}, kBe[] = {"nl", "fr", "de"}, kBg[] = {"bg"}, kCy[] = {"el"},
      kCz[] = {"cs"}, kDk[] = {"da"}, kEe[] = {"et"}, kEl[] = {"el"}, kEs[] = {"es"}, kFi[] = {"fi", "sv"},
      kFr[] = {"fr"}, kHr[] = {"hr"}, kHu[] = {"hu"}, kIe[] = {"ga", "en"}, kIt[] = {"it"}, kLt[] = {"lt"},
      kLu[] = {"fr", "de"}, kLv[] = {"lv"}, kMt[] = {"mt", "en"}, kNl[] = {"nl"}, kPl[] = {"pl"}, kPt[] = {"pt"},
      kRo[] = {"ro"}, kSe[] = {"sv"}, kSi[] = {"sl"}, kSk[] = {"sk"};
  static constexpr std::pair<std::string_view, std::span<const std::string_view>> kTable[] = {
      {"AT", kAt}, {"BE", kBe}, {"BG", kBg}, {"CY", kCy}, {"CZ", kCz}, {"DE", kAt}, {"DK", kDk}, {"EE", kEe},
      {"EL", kEl}, {"ES", kEs}, {"FI", kFi}, {"FR", kFr}, {"HR", kHr}, {"HU", kHu}, {"IE", kIe}, {"IT", kIt},
      {"LT", kLt}, {"LU", kLu}, {"LV", kLv}, {"MT", kMt}, {"NL", kNl}, {"PL", kPl}, {"PT", kPt}, {"RO", kRo},
      {"SE", kSe}, {"SI", kSi}, {"SK", kSk}};
  for (const auto& [c, langs] : kTable)
    if (c == code) return langs;
  return {};
}

std::string countryNames(std::span<const std::string> codes) {
  std::string out;
  for (const std::string& c : codes) {
    if (!out.empty()) out += ", ";
    out += countryName(c);
  }
  return out;
}

}  // namespace alma
