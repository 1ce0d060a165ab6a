#pragma once
// Country codes as the EU writes them (ISO 3166-1 alpha-2, but "EL" for Greece and "UK" for the
// United Kingdom) plus "EU" for things managed at EU level. The table covers EU27, EFTA (CH, IS,
// LI, NO), the United Kingdom, the candidate and potential candidate countries (AL, BA, GE, MD,
// ME, MK, RS, TR, UA, XK) and EU: the countries ALMA and the CoP on migrant integration work with.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace alma {

// Trims surrounding spaces, ignores case, reads "GR" as "EL" and "GB" as "UK".
// Returns the canonical code, or nothing when the code is not in the table.
std::optional<std::string> normalizeCountry(std::string_view raw);
bool isKnownCountry(std::string_view canonicalCode);
// The 27 Member States (the map makes them stand out from neighbours and candidates).
bool isEuMemberState(std::string_view canonicalCode);

// All canonical codes of the table, "EU" last.
std::span<const std::string_view> countryCodes();

// Names for a code (any spelling normalizeCountry accepts: "gr" → Greece); an unknown code is
// returned as given.
std::string_view countryNameEnglish(std::string_view code);  // "Czechia"
std::string_view countryNameNative(std::string_view code);   // "Česko" (one official name)
// In the interface language (the browser's Intl.DisplayNames; English where it has none).
std::string countryName(std::string_view code);   // "Tschechien" with German chosen
std::string countryLabel(std::string_view code);  // "Czechia / Česko"; "Malta" when both equal
std::string countryNames(std::span<const std::string> codes);  // "Portugal, Spain" (as given)
// The EU official languages of a Member State ("BE" → nl, fr, de); none for other codes.
std::span<const std::string_view> countryLanguages(std::string_view code);

}  // namespace alma
