#pragma once
// The interface languages: the 24 official languages of the EU, each named in itself for the
// language menu ("Deutsch", "Ελληνικά", "Gaeilge"), and how a browser's preferred languages pick one.
#include <span>
#include <string>
#include <string_view>

namespace alma::i18n {

struct Language {
  std::string_view code;     // ISO 639-1, as in links (lang=de) and <html lang>
  std::string_view endonym;  // the language's name in itself
  std::string_view locale;   // what Intl is given: "pt-PT" (European Portuguese), "en-IE" (EU English: 24 November 2026), otherwise the code
};

// The 24 official languages, in the order of their codes (the EU's own order in its menus).
std::span<const Language> languages();
// The pseudo-language of test builds: English padded by 40 % and accented, to find clipped layout.
inline constexpr std::string_view kPseudoLanguage = "qps";
// A language by code ("DE", "de-AT" and "de_AT" find German); nullptr when not an interface
// language. The pseudo-language is found only when `allowPseudo` (test builds serve its catalog).
const Language* findLanguage(std::string_view code, bool allowPseudo = false);
// The first of the browser's preferred languages (navigator.languages, best first) that the atlas
// speaks; English when none.
std::string_view pickLanguage(std::span<const std::string> preferred);

}  // namespace alma::i18n
