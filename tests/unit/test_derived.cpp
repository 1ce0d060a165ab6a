#include <doctest/doctest.h>

#include "core/model/dates.hpp"
#include "core/model/derived.hpp"

using namespace alma;

namespace {
Date day(const char* s) { return *parseDate(s); }
Call callWith(std::optional<std::string> status, const char* opens, const char* closes) {
  Call c;
  c.id = "X";
  c.title = "T";
  c.country = "CZ";
  c.status = std::move(status);
  if (opens) c.opens = parseDate(opens);
  if (closes) c.closes = parseDate(closes);
  return c;
}
}  // namespace

TEST_CASE("derived: a given status wins over dates") {
  const Date today = day("2026-11-24");
  CHECK(effectiveStatus(callWith("closed", "2026-01-01", "2027-01-01"), today) == CallStatus::Closed);
  CHECK(effectiveStatus(callWith("open", nullptr, "2020-01-01"), today) == CallStatus::Open);
  CHECK(effectiveStatus(callWith("Planned", nullptr, nullptr), today) == CallStatus::Planned);
  // a status outside the vocabulary does not count: dates decide
  CHECK(effectiveStatus(callWith("suspended", nullptr, "2020-01-01"), today) == CallStatus::Closed);
  CHECK(effectiveStatus(callWith("suspended", nullptr, nullptr), today) == CallStatus::Unknown);
}

TEST_CASE("derived: status from opens/closes and today") {
  const Call c = callWith(std::nullopt, "2026-12-01", "2027-01-31");
  CHECK(effectiveStatus(c, day("2026-11-30")) == CallStatus::Planned);
  CHECK(effectiveStatus(c, day("2026-12-01")) == CallStatus::Open);   // opening day is open
  CHECK(effectiveStatus(c, day("2027-01-31")) == CallStatus::Open);   // closing day is open
  CHECK(effectiveStatus(c, day("2027-02-01")) == CallStatus::Closed);
  CHECK(effectiveStatus(callWith(std::nullopt, "2026-01-01", nullptr), day("2026-11-24")) == CallStatus::Open);
  CHECK(effectiveStatus(callWith(std::nullopt, nullptr, "2026-12-01"), day("2026-11-24")) == CallStatus::Open);
  CHECK(effectiveStatus(callWith(std::nullopt, nullptr, nullptr), day("2026-11-24")) == CallStatus::Unknown);
}

TEST_CASE("derived: partial dates — closes means end of period, opens the first day") {
  CHECK(effectiveStatus(callWith(std::nullopt, nullptr, "2026-11"), day("2026-11-30")) == CallStatus::Open);
  CHECK(effectiveStatus(callWith(std::nullopt, nullptr, "2026-11"), day("2026-12-01")) == CallStatus::Closed);
  CHECK(effectiveStatus(callWith(std::nullopt, nullptr, "2026"), day("2026-12-31")) == CallStatus::Open);
  CHECK(effectiveStatus(callWith(std::nullopt, nullptr, "2026"), day("2027-01-01")) == CallStatus::Closed);
  CHECK(effectiveStatus(callWith(std::nullopt, "2026-12", nullptr), day("2026-11-30")) == CallStatus::Planned);
  CHECK(effectiveStatus(callWith(std::nullopt, "2026-12", nullptr), day("2026-12-01")) == CallStatus::Open);
  CHECK(effectiveStatus(callWith(std::nullopt, "2027", nullptr), day("2026-12-31")) == CallStatus::Planned);
  CHECK(std::string(statusName(CallStatus::Unknown)) == "unknown");
}

TEST_CASE("derived: days until, across leap days and partial deadlines") {
  CHECK(daysUntil(day("2026-11-24"), day("2026-11-24")) == 0);
  CHECK(daysUntil(day("2026-11-24"), day("2026-12-06")) == 12);
  CHECK(daysUntil(day("2026-11-24"), day("2026-11-21")) == -3);
  CHECK(daysUntil(day("2024-02-28"), day("2024-03-01")) == 2);
  CHECK(daysUntil(day("2023-02-28"), day("2023-03-01")) == 1);
  CHECK(daysUntil(day("2026-11-24"), day("2026-11")) == 6);   // to 2026-11-30
  CHECK(daysUntil(day("2026-11-24"), day("2026")) == 37);     // to 2026-12-31
  CHECK_FALSE(daysUntil(Date{2023, 2, 30}, day("2026-01-01")));
  CHECK(daysUntilClose(callWith(std::nullopt, nullptr, "2026-12-06"), day("2026-11-24")) == 12);
  CHECK_FALSE(daysUntilClose(callWith(std::nullopt, nullptr, nullptr), day("2026-11-24")));
}

TEST_CASE("derived: effective level") {
  Call c;
  c.country = "CZ";
  CHECK(effectiveLevel(c) == CallLevel::National);
  c.country = "EU";
  CHECK(effectiveLevel(c) == CallLevel::Eu);
  c.region = Region{};
  CHECK(effectiveLevel(c) == CallLevel::Regional);
  c.level = "national";
  CHECK(effectiveLevel(c) == CallLevel::National);
  c.level = "municipal";  // unknown: the default rule decides
  CHECK(effectiveLevel(c) == CallLevel::Regional);
}
