// Spreadsheet numbers (parseSpreadsheetNumber in src/core/io/csv_import.hpp).
#include <doctest/doctest.h>

#include <string>

#include "core/io/csv_import.hpp"

using alma::NumberStyle;

namespace {
std::string num(const char* cell, NumberStyle style = NumberStyle::Grouped) {
  const auto p = alma::parseSpreadsheetNumber(cell, style);
  return p.json ? *p.json : "ERROR: " + p.problem;
}
bool fails(const char* cell, NumberStyle style = NumberStyle::Grouped) {
  return !alma::parseSpreadsheetNumber(cell, style).json;
}
}  // namespace

TEST_CASE("numbers: plain integers and decimals as JSON writes them") {
  CHECK(num("6300000") == "6300000");
  CHECK(num(" 42 ") == "42");
  CHECK(num("6.3") == "6.3");
  CHECK(num("6.30") == "6.3");
  CHECK(num("0.125") == "0.125");
  CHECK(num("-2.5") == "-2.5");
  CHECK(num("+7") == "7");
  CHECK(num("007") == "7");
  CHECK(num("0") == "0");
  CHECK(num("2.500.000,00") == "2500000");
  CHECK(num("-0,0") == "-0");
  CHECK(num("6.3E+06") == "6.3e06");
  CHECK(num("1e-3") == "1e-3");
}

TEST_CASE("numbers: decimal comma when unambiguous") {
  CHECK(num("6300000,50") == "6300000.5");
  CHECK(num("6300000,5") == "6300000.5");
  CHECK(num("0,125") == "0.125");
  CHECK(num("1234,567") == "1234.567");  // 1234 cannot be a thousands group
  CHECK(fails("6,300"));                 // 6300 or 6.3?
  CHECK(fails("6.300"));                 // the same with a point
  CHECK(fails("-12,500"));
  CHECK(num("6,300") == "ERROR: is ambiguous, got '6,300': the comma may separate thousands or "
                        "decimals; write 6300 or 6.3");
  CHECK(num("12.500") == "ERROR: is ambiguous, got '12.500': the point may separate thousands or "
                         "decimals; write 12500 or 12.5");
  CHECK(num("abc") == "ERROR: must be a number, got 'abc'");
}

TEST_CASE("numbers: thousands separators") {
  CHECK(num("6.300.000") == "6300000");
  CHECK(num("6,300,000") == "6300000");
  CHECK(num("6 300 000") == "6300000");
  CHECK(num("6\xC2\xA0" "300\xC2\xA0" "000") == "6300000");      // no-break space
  CHECK(num("6\xE2\x80\xAF" "300\xE2\x80\xAF" "000") == "6300000");  // narrow no-break space
  CHECK(num("6'300'000") == "6300000");
  CHECK(num("6.300.000,50") == "6300000.5");
  CHECK(num("6,300,000.50") == "6300000.5");
  CHECK(num("6 300 000,50") == "6300000.5");
  CHECK(fails("6.300.00"));   // groups of three only
  CHECK(fails("63.00.000"));
  CHECK(fails("6,300.000,5"));  // the decimal mark appears once, last
  CHECK(fails("6.300 000"));    // one kind of grouping mark
}

TEST_CASE("numbers: counts read a lone separator before three digits as thousands") {
  CHECK(num("1.200", NumberStyle::Whole) == "1200");
  CHECK(num("1,200", NumberStyle::Whole) == "1200");
  CHECK(num("2,5", NumberStyle::Whole) == "2.5");  // the loader then says: not a whole number
  CHECK(num("1.234.567", NumberStyle::Whole) == "1234567");
}

TEST_CASE("numbers: currency and minus sign") {
  CHECK(num("6 300 000 €") == "6300000");
  CHECK(num("€1,5") == "1.5");
  CHECK(num("EUR 250000") == "250000");
  CHECK(num("250000 eur") == "250000");
  CHECK(num("\xE2\x88\x92" "3") == "-3");
}

TEST_CASE("numbers: coordinates never group, so a comma is always decimal") {
  CHECK(num("2,352", NumberStyle::Plain) == "2.352");
  CHECK(num("-3,7038", NumberStyle::Plain) == "-3.7038");
  CHECK(num("48.8566", NumberStyle::Plain) == "48.8566");
  CHECK(fails("1.000.000", NumberStyle::Plain));
}

TEST_CASE("numbers: not numbers") {
  for (const char* bad : {"", "abc", "12abc", "1,,2", ".5", "5.", "1e", "e5", "--1", "n/a", "1 2"})
    CHECK_MESSAGE(fails(bad), bad);
}
