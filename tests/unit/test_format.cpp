#include <doctest/doctest.h>
#include "core/model/format.hpp"

using namespace alma;

TEST_CASE("format: dates read as '3 May 2023' and honour partial precision") {
  CHECK(humanDate({2023, 5, 3, DatePrecision::Day}) == "3 May 2023");
  CHECK(humanDate({2024, 12, 1, DatePrecision::Month}) == "December 2024");
  CHECK(humanDate({2022, 1, 1, DatePrecision::Year}) == "2022");
}

TEST_CASE("format: numbers get thousands separators, money reads as a person says it") {
  CHECK(withThousands(0) == "0");
  CHECK(withThousands(999) == "999");
  CHECK(withThousands(12500) == "12,500");
  CHECK(withThousands(-1234567) == "-1,234,567");
  CHECK(euros(6300000) == "€6.3 million");
  CHECK(euros(12000000) == "€12 million");
  CHECK(euros(850000) == "€850,000");
  CHECK(euros(2500000000.0) == "€2.5 billion");
}

TEST_CASE("format: deadline countdown phrases") {
  CHECK(daysLeftPhrase(0) == "closes today");
  CHECK(daysLeftPhrase(1) == "closes tomorrow");
  CHECK(daysLeftPhrase(12) == "closes in 12 days");
  CHECK(daysLeftPhrase(-1) == "closed yesterday");
  CHECK(daysLeftPhrase(-30) == "closed 30 days ago");
}

TEST_CASE("export date: as people read it, as written when not a date, or unknown") {
  ExportInfo info;
  CHECK(exportDate(info) == "unknown date");
  info.exported = "2026-11-24";
  CHECK(exportDate(info) == "24 November 2026");
  info.exported = "autumn 2026";
  CHECK(exportDate(info) == "autumn 2026");
}
