#include "core/i18n/messages.hpp"

namespace alma::i18n {

Messages::Messages() : language_(findLanguage("en")), formats_(std::make_unique<PlainFormats>()) {}

void Messages::setLanguage(const Language& language, Catalog catalog) {
  language_ = &language;
  catalog_ = std::move(catalog);
  formats_->setLocale(language.code, language.locale);
  ++generation_;
}

void Messages::setFormats(std::unique_ptr<Formats> formats) {
  formats_ = std::move(formats);
  formats_->setLocale(language_->code, language_->locale);
  ++generation_;
}

const std::string& Messages::text(std::string_view key) const {
  if (const std::string* own = catalog_.text(key)) return *own;
  if (const std::string* english = englishCatalog().text(key)) return *english;
  // A key no catalog has is a programming error (a unit test checks every key the code uses);
  // showing the key keeps it findable instead of blank.
  static thread_local std::string missing;
  missing = key;
  return missing;
}

std::string Messages::format(std::string_view key, std::initializer_list<Arg> args) const {
  return fill(text(key), args);
}

std::string Messages::count(std::string_view key, long long n, std::initializer_list<Arg> more) const {
  const Plural category = formats_->plural(n);
  const std::string* pattern = catalog_.plural(key, category);
  if (!pattern && catalog_.has(key)) pattern = catalog_.text(key);  // written without plural forms
  if (!pattern) pattern = englishCatalog().plural(key, pluralOf("en", n));
  const std::string number = formats_->number(n);
  std::string out = pattern ? *pattern : text(key);
  out = fill(out, {{"n", number}});
  return more.size() ? fill(out, more) : out;
}

Messages& messages() {
  static Messages instance;
  return instance;
}

}  // namespace alma::i18n
