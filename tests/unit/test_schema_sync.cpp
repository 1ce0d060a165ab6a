// The producers' JSON Schemas copy the app's country table and vocabularies; this keeps the
// copies from drifting when a code or a vocabulary value is added to core.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../support/read_file.hpp"
#include "core/model/countries.hpp"
#include "core/model/vocab.hpp"

namespace {
nlohmann::json schema(const char* name) {
  return nlohmann::json::parse(alma::testing::readFile(std::string(ALMA_SOURCE_DIR) + "/schemas/" + name + ".schema.json"), nullptr, false);
}

std::vector<std::string> strings(const nlohmann::json& list) {
  std::vector<std::string> out;
  for (const auto& v : list)
    if (v.is_string()) out.push_back(v.get<std::string>());  // the enums also allow null
  return out;
}

template <class Span>
std::vector<std::string> strings(Span values) {
  return {values.begin(), values.end()};
}
}  // namespace

TEST_CASE("schemas: country enum and vocabularies match core") {
  const auto calls = schema("alma-calls-1"), practices = schema("mi-practices-1");
  REQUIRE_FALSE(calls.is_discarded());
  REQUIRE_FALSE(practices.is_discarded());
  const auto codes = strings(alma::countryCodes());
  CHECK(strings(calls["$defs"]["country"]["enum"]) == codes);
  CHECK(strings(practices["$defs"]["country"]["enum"]) == codes);

  const auto& call = calls["$defs"]["call"]["properties"];
  CHECK(strings(call["level"]["enum"]) == strings(alma::vocabValues(alma::VocabField::Level)));
  CHECK(strings(call["status"]["enum"]) == strings(alma::vocabValues(alma::VocabField::Status)));
  CHECK(strings(call["funding_model"]["enum"]) == strings(alma::vocabValues(alma::VocabField::FundingModel)));
  const auto& practice = practices["$defs"]["practice"]["properties"];
  CHECK(strings(practice["stages"]["items"]["enum"]) == strings(alma::vocabValues(alma::VocabField::Stage)));
  CHECK(strings(practice["themes"]["items"]["enum"]) == strings(alma::vocabValues(alma::VocabField::Theme)));
  CHECK(strings(practice["target_groups"]["items"]["enum"]) ==
        strings(alma::vocabValues(alma::VocabField::TargetGroup)));
  CHECK(strings(practice["funds"]["items"]["enum"]) == strings(alma::vocabValues(alma::VocabField::Fund)));
}
