#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include "core/view/state_snapshot.hpp"

using namespace alma;

TEST_CASE("state snapshot: publishes the keys of the state-hook contract with their meanings") {
  StateSnapshot s;
  s.frame = 42;
  s.ready = true;
  s.calls = {.present = true, .loaded = 20, .rejected = 1, .source = "data/calls.json", .exported = "2026-11-24", .from = ""};
  s.selectedKind = "region";
  s.selectedId = "ES61";
  s.details = {"ES-andalucia-2025"};
  s.map = StateSnapshot::MapState{4321000, 3210000, 1.5, 1, {}};
  auto j = nlohmann::json::parse(toJson(s));
  CHECK(j["frame"] == 42);
  CHECK(j["ready"] == true);
  CHECK(j["data"]["calls"]["loaded"] == 20);
  CHECK(j["data"]["calls"]["rejected"] == 1);
  CHECK(j["data"]["practices"]["source"].is_null());
  CHECK(j["selected"]["kind"] == "region");
  CHECK(j["details"][0] == "ES-andalucia-2025");
  CHECK(j["map"]["center"][0] == 4321000.0);
  CHECK(j["map"]["level"] == 1);
  CHECK(j["hover"].is_null());
}

TEST_CASE("state snapshot: nothing selected and no map are nulls, and bad UTF-8 from data cannot break it") {
  StateSnapshot s;
  s.search = "l\xC3\xB3" "dz\xFF";  // a stray byte, as a hostile export could carry
  auto text = toJson(s);
  auto j = nlohmann::json::parse(text, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  CHECK(j["selected"]["kind"].is_null());
  CHECK(j["map"].is_null());
  CHECK(j["search"].get<std::string>().rfind("l\xC3\xB3" "dz", 0) == 0);
}
