#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/model/derived.hpp"

using namespace alma;

TEST_CASE("countries: EU spelling, case-insensitive, GR read as EL") {
  CHECK(normalizeCountry("cz") == "CZ");
  CHECK(normalizeCountry(" Cz ") == "CZ");
  CHECK(normalizeCountry("GR") == "EL");
  CHECK(normalizeCountry("gr") == "EL");
  CHECK(normalizeCountry("GB") == "UK");
  CHECK(normalizeCountry("eu") == "EU");
  CHECK_FALSE(normalizeCountry("XX"));
  CHECK_FALSE(normalizeCountry("CZE"));
  CHECK_FALSE(normalizeCountry(""));
  CHECK_FALSE(normalizeCountry("US"));
}

TEST_CASE("countries: table covers EU27, EFTA, UK, candidates and EU, each with both names") {
  const std::set<std::string> expected = {
      "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE",
      "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",  // EU27
      "CH", "IS", "LI", "NO", "UK",                                            // EFTA + UK
      "AL", "BA", "GE", "MD", "ME", "MK", "RS", "TR", "UA", "XK", "EU"};
  std::set<std::string> got;
  for (auto c : countryCodes()) {
    got.insert(std::string(c));
    CHECK(isKnownCountry(c));
    CHECK(countryNameEnglish(c) != c);
    CHECK_FALSE(countryNameNative(c).empty());
  }
  CHECK(got == expected);
  CHECK(countryCodes().back() == "EU");
}

TEST_CASE("countries: names and labels") {
  CHECK(countryNameEnglish("CZ") == "Czechia");
  CHECK(countryNameNative("CZ") == "Česko");
  CHECK(countryNameEnglish("EL") == "Greece");
  CHECK(countryNameNative("EL") == "Ελλάδα");
  CHECK(countryNameNative("BG") == "България");
  CHECK(countryNameEnglish("EU") == "European Union");
  CHECK(countryLabel("CZ") == "Czechia / Česko");
  CHECK(countryLabel("DE") == "Germany / Deutschland");
  CHECK(countryLabel("IE") == "Ireland / Éire");
  CHECK(countryLabel("MT") == "Malta");  // same name twice is shown once
  CHECK(countryLabel("EU") == "European Union");
  CHECK(countryLabel("QQ") == "QQ");  // unknown: as written
  CHECK(countryNameEnglish("QQ") == "QQ");
  CHECK(countryNameEnglish("gr") == "Greece");  // any accepted spelling
  CHECK(countryLabel(" cz") == "Czechia / Česko");
  CHECK_FALSE(isKnownCountry("cz"));  // isKnownCountry wants the canonical code
}

TEST_CASE("vocab: matching ignores case and surrounding spaces, returns canonical spelling") {
  CHECK(canonicalVocab(VocabField::Fund, " AMIF ") == "AMIF");
  CHECK(canonicalVocab(VocabField::Fund, "esf+") == "ESF+");
  CHECK(canonicalVocab(VocabField::Fund, "fast-care") == "FAST-CARE");
  CHECK(canonicalVocab(VocabField::Fund, "NATIONAL") == "national");
  CHECK(canonicalVocab(VocabField::Stage, "Long-Term") == "long-term");
  CHECK(canonicalVocab(VocabField::Level, "\tEU\n") == "eu");
  CHECK_FALSE(canonicalVocab(VocabField::Stage, "long term"));
  CHECK_FALSE(canonicalVocab(VocabField::Theme, ""));
  CHECK(vocabValues(VocabField::Theme).size() == 12);
  CHECK(vocabValues(VocabField::TargetGroup).size() == 9);
  CHECK(vocabValues(VocabField::Fund).size() == 7);
  CHECK(vocabValues(VocabField::Stage).size() == 4);
  CHECK(vocabValues(VocabField::FundingModel).size() == 4);
  CHECK(std::string(vocabFieldName(VocabField::TargetGroup)) == "target_groups");
}

TEST_CASE("vocab: labels, unknown values as written") {
  CHECK(vocabLabel(VocabField::Stage, "reception") == "Reception and early integration");
  CHECK(vocabLabel(VocabField::Stage, "long-term") == "Long-term integration");
  CHECK(vocabLabel(VocabField::Stage, "cohesive-societies") == "Inclusive and cohesive societies");
  CHECK(vocabLabel(VocabField::Stage, "pre-arrival") == "Pre-arrival");
  CHECK(vocabLabel(VocabField::FundingModel, "delegated-act") == "EU Delegated Act unit costs");
  CHECK(vocabLabel(VocabField::FundingModel, "sco") == "Simplified cost options");
  CHECK(vocabLabel(VocabField::Level, "eu") == "EU level");
  CHECK(vocabLabel(VocabField::Status, "open") == "Open");
  CHECK(vocabLabel(VocabField::TargetGroup, "third-country-nationals") == "Third-country nationals");
  CHECK(vocabLabel(VocabField::Theme, "skills-recognition") == "Skills recognition");
  CHECK(vocabLabel(VocabField::Fund, "AMIF") == "Asylum, Migration and Integration Fund (AMIF)");
  CHECK(vocabLabel(VocabField::Theme, "digital-skills") == "digital-skills");
  // every value of every vocabulary has a real label
  for (auto f : {VocabField::Level, VocabField::Status, VocabField::FundingModel, VocabField::Stage,
                 VocabField::Theme, VocabField::TargetGroup, VocabField::Fund})
    for (auto v : vocabValues(f)) CHECK(vocabLabel(f, v) != v);
}
