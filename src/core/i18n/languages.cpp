#include "core/i18n/languages.hpp"

#include <array>
#include <cctype>

namespace alma::i18n {

namespace {
constexpr std::array kLanguages = {
    Language{"bg", "Български", "bg"},  Language{"cs", "Čeština", "cs"},    Language{"da", "Dansk", "da"},
    Language{"de", "Deutsch", "de"},    Language{"el", "Ελληνικά", "el"},   Language{"en", "English", "en-IE"},
    Language{"es", "Español", "es"},    Language{"et", "Eesti", "et"},      Language{"fi", "Suomi", "fi"},
    Language{"fr", "Français", "fr"},   Language{"ga", "Gaeilge", "ga"},    Language{"hr", "Hrvatski", "hr"},
    Language{"hu", "Magyar", "hu"},     Language{"it", "Italiano", "it"},   Language{"lt", "Lietuvių", "lt"},
    Language{"lv", "Latviešu", "lv"},   Language{"mt", "Malti", "mt"},      Language{"nl", "Nederlands", "nl"},
    Language{"pl", "Polski", "pl"},     Language{"pt", "Português", "pt-PT"}, Language{"ro", "Română", "ro"},
    Language{"sk", "Slovenčina", "sk"}, Language{"sl", "Slovenščina", "sl"}, Language{"sv", "Svenska", "sv"},
};
constexpr Language kPseudo{kPseudoLanguage, "[Ƥşéûđö]", "en-IE"};

// "de-AT", "de_AT", "DE" → "de": the language part, lower case.
std::string primary(std::string_view code) {
  std::string out;
  for (char c : code) {
    if (c == '-' || c == '_') break;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}
}  // namespace

std::span<const Language> languages() { return kLanguages; }

const Language* findLanguage(std::string_view code, bool allowPseudo) {
  const std::string lang = primary(code);
  for (const Language& l : kLanguages)
    if (l.code == lang) return &l;
  if (allowPseudo && lang == kPseudoLanguage) return &kPseudo;
  return nullptr;
}

std::string_view pickLanguage(std::span<const std::string> preferred) {
  for (const std::string& p : preferred)
    if (const Language* l = findLanguage(p)) return l->code;
  return "en";
}

}  // namespace alma::i18n
