// The interface language's formats from the browser's Intl (core/i18n/formats.hpp): numbers, money,
// dates, "in 12 days", plural categories and country names. The page keeps one set of Intl
// formatters per locale (alma.intl in web/shell.js); answers are cached here per language, so a
// frame that shows the same date a hundred times asks the page once, and a switch starts afresh.
#include <emscripten.h>

#include <algorithm>
#include <unordered_map>

#include "platform/browser.hpp"
#include "platform/web_internal.hpp"

namespace alma::platform {

namespace {
EM_JS(char*, jsIntl, (const char* what, const char* locale, double a, double b, double c, const char* text), {
  return window.alma.newString(window.alma.intl(UTF8ToString(what), UTF8ToString(locale), a, b, c, UTF8ToString(text)));
});

class IntlFormats final : public i18n::Formats {
 public:
  void setLocale(std::string_view language, std::string_view locale) override {
    locale_ = locale;
    plain_.setLocale(language, locale);
    numbers_.clear(), money_.clear(), dates_.clear(), days_.clear(), plurals_.clear(), countries_.clear();
  }
  // An empty answer: the engine lacks that part of Intl; the plain English answer stands in.
  std::string number(long long n) override {
    return memo(numbers_, n, [&] { return orPlain(ask("number", static_cast<double>(n)), plain_.number(n)); });
  }
  std::string money(double euros) override {
    return memo(money_, euros, [&] { return orPlain(ask("money", euros), plain_.money(euros)); });
  }
  std::string date(const Date& d) override {
    return dateIn(d, d.precision == DatePrecision::Year ? 0 : d.precision == DatePrecision::Month ? 1 : 2);
  }
  std::string shortDate(const Date& d) override { return d.precision == DatePrecision::Day ? dateIn(d, 3) : date(d); }
  std::string relativeDays(int days) override {
    return memo(days_, days, [&] { return orPlain(ask("days", days), plain_.relativeDays(days)); });
  }
  i18n::Plural plural(long long n) override {
    return memo(plurals_, n, [&] {
      const std::string name = ask("plural", static_cast<double>(n));
      return name.empty() ? plain_.plural(n) : i18n::pluralFromName(name);
    });
  }
  std::string countryName(std::string_view euCode) override {
    return memo(countries_, std::string(euCode), [&] {
      // Intl knows Greece as GR and the United Kingdom as GB; the EU writes EL and UK.
      return ask("region", 0, 0, 0, euCode == "EL" ? "GR" : euCode == "UK" ? "GB" : std::string(euCode));
    });
  }

 private:
  // precision: 0 year, 1 month, 2 day, 3 day where room is short (alma.intl in web/shell.js).
  std::string dateIn(const Date& d, int precision) {
    const long long key = ((static_cast<long long>(d.year) * 100 + d.month) * 100 + d.day) * 4 + precision;
    return memo(dates_, key, [&] {
      return orPlain(ask("date", d.year, d.month, d.day, std::to_string(precision)), precision == 3 ? plain_.shortDate(d) : plain_.date(d));
    });
  }
  std::string ask(const char* what, double a, double b = 0, double c = 0, const std::string& text = "") {
    return adopt(jsIntl(what, locale_.c_str(), a, b, c, text.c_str()));
  }
  // One answer per question and language: a table of 100 000 rows asks the page only once per value.
  template <class Map, class Key, class Compute>
  static typename Map::mapped_type memo(Map& map, const Key& key, Compute compute) {
    if (const auto it = map.find(key); it != map.end()) return it->second;
    return map.emplace(key, compute()).first->second;
  }
  static std::string orPlain(std::string answer, std::string plain) { return answer.empty() ? plain : answer; }

  i18n::PlainFormats plain_;
  std::string locale_ = "en";
  std::unordered_map<long long, std::string> numbers_, dates_;
  std::unordered_map<double, std::string> money_;
  std::unordered_map<int, std::string> days_;
  std::unordered_map<long long, i18n::Plural> plurals_;
  std::unordered_map<std::string, std::string> countries_;
};
}  // namespace

std::unique_ptr<i18n::Formats> intlFormats() { return std::make_unique<IntlFormats>(); }

// Language tags hold no commas: a plain list is enough.
EM_JS(char*, jsPreferredLanguages, (), {
  return window.alma.newString((navigator.languages || [navigator.language || "en"]).join(","));
});
EM_JS(void, jsSetDocumentLanguage, (const char* code), { document.documentElement.lang = UTF8ToString(code); });

std::vector<std::string> preferredLanguages() {
  std::vector<std::string> out;
  const std::string list = adopt(jsPreferredLanguages());  // "de-AT,de,en"
  for (std::size_t start = 0; start < list.size();) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    if (comma > start) out.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

void setDocumentLanguage(const std::string& code) { jsSetDocumentLanguage(code.c_str()); }

}  // namespace alma::platform
