#pragma once
// Plural categories of whole numbers by the CLDR rules that the browser's Intl.PluralRules applies
// (checked against Chromium's answers in tests/unit/test_i18n.cpp). The web build asks Intl; this
// is the same answer for native tests and the command-line tools, and where Intl is missing.
#include <string_view>

namespace alma::i18n {

enum class Plural { Zero, One, Two, Few, Many, Other };

std::string_view pluralName(Plural);                      // "zero", "one", …, "other": catalog keys
Plural pluralFromName(std::string_view name);             // unknown names → Other
Plural pluralOf(std::string_view language, long long n);  // language: "pl", "pt", …

}  // namespace alma::i18n
