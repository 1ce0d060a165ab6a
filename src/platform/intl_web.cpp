// The interface language's formats from the browser's Intl (core/i18n/formats.hpp): numbers, money,
// dates, "in 12 days", plural categories and country names. The page keeps one set of Intl
// formatters per locale (alma.intl in web/shell.js); answers are cached here per language, so a
// frame that shows the same date a hundred times asks the page once, and a switch starts afresh.
#include <emscripten.h>

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
    language_ = language;
    locale_ = locale;
    plain_.setLocale(language, locale);
    cache_.clear();
  }
  // An empty answer: the engine lacks that part of Intl; the plain English answer stands in.
  std::string number(long long n) override { return orPlain(ask("number", static_cast<double>(n)), [&] { return plain_.number(n); }); }
  std::string money(double euros) override { return orPlain(ask("money", euros), [&] { return plain_.money(euros); }); }
  std::string date(const Date& d) override {
    const int precision = d.precision == DatePrecision::Year ? 0 : d.precision == DatePrecision::Month ? 1 : 2;
    return orPlain(ask("date", d.year, d.month, d.day, precision), [&] { return plain_.date(d); });
  }
  std::string shortDate(const Date& d) override {
    if (d.precision != DatePrecision::Day) return date(d);
    return orPlain(ask("date", d.year, d.month, d.day, 3), [&] { return plain_.shortDate(d); });
  }
  std::string relativeDays(int days) override { return orPlain(ask("days", days), [&] { return plain_.relativeDays(days); }); }
  i18n::Plural plural(long long n) override {
    const std::string name = ask("plural", static_cast<double>(n));
    return name.empty() ? plain_.plural(n) : i18n::pluralFromName(name);
  }
  std::string countryName(std::string_view euCode) override {
    // Intl knows Greece as GR and the United Kingdom as GB; the EU writes EL and UK.
    const std::string code = euCode == "EL" ? "GR" : euCode == "UK" ? "GB" : std::string(euCode);
    return ask("region", 0, 0, 0, 0, code);
  }

 private:
  std::string ask(const char* what, double a, double b = 0, double c = 0, int d = 0, const std::string& text = "") {
    std::string key = what;
    key += '|' + std::to_string(a) + '|' + std::to_string(b) + '|' + std::to_string(c) + '|' + std::to_string(d) + '|' + text;
    if (const auto it = cache_.find(key); it != cache_.end()) return it->second;
    // The precision of a date travels in the text argument (all four numbers would not fit).
    const std::string arg = d ? std::to_string(d) : text;
    std::string answer = adopt(jsIntl(what, locale_.c_str(), a, b, c, arg.c_str()));
    return cache_.emplace(std::move(key), std::move(answer)).first->second;
  }
  template <class F>
  static std::string orPlain(std::string answer, F plain) { return answer.empty() ? plain() : answer; }
  i18n::PlainFormats plain_;
  std::string language_ = "en", locale_ = "en";
  std::unordered_map<std::string, std::string> cache_;
};
}  // namespace

std::unique_ptr<i18n::Formats> intlFormats() { return std::make_unique<IntlFormats>(); }

EM_JS(char*, jsPreferredLanguages, (), {
  return window.alma.newString(JSON.stringify(navigator.languages || [navigator.language || "en"]));
});
EM_JS(void, jsSetDocumentLanguage, (const char* code), { document.documentElement.lang = UTF8ToString(code); });

std::vector<std::string> preferredLanguages() {
  std::vector<std::string> out;
  const std::string json = adopt(jsPreferredLanguages());  // ["de-AT","de","en"]: codes hold no quotes
  for (std::size_t i = json.find('"'); i != std::string::npos;) {
    const std::size_t end = json.find('"', i + 1);
    if (end == std::string::npos) break;
    out.push_back(json.substr(i + 1, end - i - 1));
    i = json.find('"', end + 1);
  }
  return out;
}

void setDocumentLanguage(const std::string& code) { jsSetDocumentLanguage(code.c_str()); }

}  // namespace alma::platform
