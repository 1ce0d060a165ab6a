#include <doctest/doctest.h>

#include <numeric>

#include "core/map/call_places.hpp"

using namespace alma;

namespace {
Call call(std::string id, std::string country, std::string level, std::optional<std::string> code,
          std::optional<std::string> status, std::optional<Date> closes = std::nullopt) {
  Call c;
  c.id = std::move(id);
  c.title = c.id;
  c.country = std::move(country);
  c.level = std::move(level);
  if (code) c.region = Region{code, std::nullopt, std::nullopt, std::nullopt};
  c.status = std::move(status);
  c.closes = closes;
  return c;
}
std::vector<int> all(const std::vector<Call>& v) {
  std::vector<int> idx(v.size());
  std::iota(idx.begin(), idx.end(), 0);
  return idx;
}
const Date kToday{2026, 11, 24, DatePrecision::Day};
}  // namespace

TEST_CASE("call places: national calls cover the country and all its regions — regional calls their NUTS branch") {
  const std::vector<Call> calls = {
      call("CZ-1", "CZ", "national", std::nullopt, "closed"),
      call("ES-AND", "ES", "regional", "ES61", "open", Date{2026, 12, 15, DatePrecision::Day}),
      call("ES-GAL", "ES", "regional", "ES11", "planned"),
      call("DE-BW", "DE", "regional", "DE1", "open", Date{2027, 1, 31, DatePrecision::Day}),
      call("EU-1", "EU", "eu", std::nullopt, "open"),
  };
  const auto v = all(calls);
  CHECK(summarisePlace(calls, v, "CZ", kToday).calls == std::vector<int>{0});
  CHECK(summarisePlace(calls, v, "CZ05", kToday).calls == std::vector<int>{0});
  CHECK(summarisePlace(calls, v, "ES", kToday).calls == std::vector<int>{1, 2});
  CHECK(summarisePlace(calls, v, "ES6", kToday).calls == std::vector<int>{1});
  CHECK(summarisePlace(calls, v, "ES61", kToday).calls == std::vector<int>{1});
  CHECK(summarisePlace(calls, v, "ES30", kToday).calls.empty());  // Madrid: no call there
  CHECK(summarisePlace(calls, v, "DE12", kToday).calls == std::vector<int>{3});  // DE1 covers DE12
  CHECK(summarisePlace(calls, v, "DE3", kToday).calls.empty());
  CHECK_FALSE(callCoversPlace(calls[4], "EU"));  // EU-level calls are shown apart from places
}

TEST_CASE("call places: counts by status, best status for shading, nearest open deadline") {
  const std::vector<Call> calls = {
      call("a", "ES", "regional", "ES61", "open", Date{2027, 2, 1, DatePrecision::Day}),
      call("b", "ES", "regional", "ES62", "open", Date{2026, 12, 1, DatePrecision::Day}),
      call("c", "ES", "regional", "ES11", "closed"),
      call("d", "ES", "regional", "ES12", "planned"),
  };
  const PlaceSummary s = summarisePlace(calls, all(calls), "ES", kToday);
  CHECK(s.open == 2);
  CHECK(s.closed == 1);
  CHECK(s.planned == 1);
  CHECK(bestStatus(s) == CallStatus::Open);
  REQUIRE(s.nearestDeadline);
  CHECK(*s.nearestDeadline == Date{2026, 12, 1, DatePrecision::Day});
  const PlaceSummary galicia = summarisePlace(calls, all(calls), "ES11", kToday);
  CHECK(bestStatus(galicia) == CallStatus::Closed);
  CHECK_FALSE(bestStatus(summarisePlace(calls, all(calls), "PT", kToday)).has_value());
}

TEST_CASE("call places: only the visible calls count (filters change the map)") {
  const std::vector<Call> calls = {
      call("a", "ES", "regional", "ES61", "open"),
      call("b", "ES", "regional", "ES62", "closed"),
  };
  const PlaceSummary s = summarisePlace(calls, {1}, "ES", kToday);
  CHECK(s.calls == std::vector<int>{1});
  CHECK(bestStatus(s) == CallStatus::Closed);
}
