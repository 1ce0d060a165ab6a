#include <doctest/doctest.h>

#include "core/model/dates.hpp"

using namespace alma;

TEST_CASE("dates: the three written forms parse with their precision") {
  auto d = parseDate("2024-05-31");
  REQUIRE(d);
  CHECK(*d == Date{2024, 5, 31, DatePrecision::Day});
  CHECK(parseDate("2024-05") == Date{2024, 5, 1, DatePrecision::Month});
  CHECK(parseDate("2024") == Date{2024, 1, 1, DatePrecision::Year});
  for (const char* s : {"2024-05-31", "2024-05", "2024", "0001-01-01", "9999-12-31"})
    CHECK(isoDate(*parseDate(s)) == s);
}

TEST_CASE("dates: only real calendar dates are accepted") {
  CHECK(parseDate("2024-02-29"));       // leap year
  CHECK_FALSE(parseDate("2023-02-29"));  // not a leap year
  CHECK_FALSE(parseDate("2023-02-30"));
  CHECK_FALSE(parseDate("1900-02-29"));  // century, not a leap year
  CHECK(parseDate("2000-02-29"));        // 400-year rule
  CHECK_FALSE(parseDate("2024-04-31"));
  CHECK_FALSE(parseDate("2024-13"));
  CHECK_FALSE(parseDate("2024-00"));
  CHECK_FALSE(parseDate("2024-01-00"));
  CHECK_FALSE(parseDate("0000"));
  for (const char* bad : {"", "24", "2024-5-1", "2024/05/01", "30/05/2023", "2024-05-01T10:00",
                          "2024-05-1x", " 2024", "２０２４", "+024-05-01", "-024"})
    CHECK_MESSAGE(!parseDate(bad), bad);
}

TEST_CASE("dates: days from civil and period bounds") {
  CHECK(daysFromCivil(1970, 1, 1) == 0);
  CHECK(daysFromCivil(2000, 3, 1) - daysFromCivil(2000, 2, 28) == 2);
  CHECK(daysFromCivil(2024, 1, 1) - daysFromCivil(2023, 1, 1) == 365);
  CHECK(daysFromCivil(2025, 1, 1) - daysFromCivil(2024, 1, 1) == 366);
  CHECK(lastDay(*parseDate("2024-02")) == Date{2024, 2, 29, DatePrecision::Day});
  CHECK(lastDay(*parseDate("2023")) == Date{2023, 12, 31, DatePrecision::Day});
  CHECK(firstDay(*parseDate("2023-07")) == Date{2023, 7, 1, DatePrecision::Day});
  CHECK(daysInMonth(2024, 13) == 0);
}
