// CSV → export conversion (src/core/io/csv_import.hpp), checked through the real loader.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/io/csv_import.hpp"
#include "core/model/dates.hpp"
#include "core/io/loader.hpp"
#include "core/io/user_file.hpp"

using alma::ExportKind;
using alma::Severity;

namespace {
std::size_t count(const std::vector<alma::Diagnostic>& d, Severity s) {
  std::size_t n = 0;
  for (const auto& x : d) n += x.severity == s;
  return n;
}
bool mentions(const std::vector<alma::Diagnostic>& d, const std::string& text) {
  for (const auto& x : d)
    if (alma::describe(x).find(text) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("csv import: calls from a semicolon file with BOM, nested and list columns") {
  const std::string csv =
      "\xEF\xBB\xBF" "ID;Title;Country;Region.Code;region name;Region_Lat;region_lon;Budget_EUR;"
      "Stay Months Min;stay_months_max;Destinations;Opens;Closes;Participants\r\n"
      "CZ-2023-01;\"Výzva ALMA; \"\"druhá\"\"\";cz;CZ01;Praha;50,0755;14,4378;6.300.000,50;2;6;"
      "\"ES; IT |PT\";01.03.2023;2023-05-03;120\r\n";
  const auto im = alma::csvToExport(csv, "calls.csv", ExportKind::Unknown, "2026-11-24");
  REQUIRE_FALSE(im.rejected);
  CHECK(im.kind == ExportKind::Calls);
  CHECK(im.diagnostics.empty());
  CHECK(im.recordLines == std::vector<int>{2});
  CHECK(im.json.find("\n  \"format\": \"alma-calls/1\"") != std::string::npos);  // 2-space pretty

  const auto out = alma::loadExport(im.json, "calls.json");
  REQUIRE_FALSE(out.rejected);
  CHECK(alma::countAtLeast(out.diagnostics, Severity::Warning) == 0);
  REQUIRE(out.calls.calls.size() == 1);
  const auto& c = out.calls.calls[0];
  CHECK(out.calls.info.exported == "2026-11-24");
  CHECK(out.calls.info.source == "converted from calls.csv");
  CHECK(c.title == "Výzva ALMA; \"druhá\"");
  CHECK(c.country == "CZ");
  REQUIRE(c.region);
  CHECK(c.region->code == "CZ01");
  CHECK(c.region->lat == doctest::Approx(50.0755));
  CHECK(c.region->lon == doctest::Approx(14.4378));
  CHECK(c.budget_eur == doctest::Approx(6300000.5));
  REQUIRE(c.stay_months);
  CHECK(c.stay_months->min == 2);
  CHECK(c.stay_months->max == 6);
  CHECK(c.destinations == std::vector<std::string>{"ES", "IT", "PT"});
  CHECK(c.opens == alma::parseDate("2023-03-01"));
  CHECK(c.participants == 120);
}

TEST_CASE("csv import: practices detected, lists split, empty cells absent, blank rows skipped") {
  const std::string csv =
      "id,title,country,stages,themes,funds,region,summary,end\n"
      "PT-0007,One-stop shop,PT,reception|long-term,\"employment, language\",ESF+;AMIF,Lisboa,"
      "\"Line one\nline two\",\n"
      ",,,,,,,,\n"
      "\n"
      "PT-0008,Second,PT,,,,,,2024-12\n";
  const auto im = alma::csvToExport(csv, "p.csv", ExportKind::Unknown, "2026-11-24");
  REQUIRE_FALSE(im.rejected);
  CHECK(im.kind == ExportKind::Practices);
  CHECK(im.recordLines == std::vector<int>{2, 6});
  const auto out = alma::loadExport(im.json, "p.json");
  REQUIRE(out.practices.practices.size() == 2);
  const auto& p = out.practices.practices[0];
  CHECK(p.stages == std::vector<std::string>{"reception", "long-term"});
  CHECK(p.themes == std::vector<std::string>{"employment", "language"});
  CHECK(p.funds == std::vector<std::string>{"ESF+", "AMIF"});
  CHECK(p.summary == "Line one\nline two");
  CHECK_FALSE(p.end);
  CHECK(im.json.find("\"stages\": []") == std::string::npos);  // empty list cell = absent
  CHECK(out.practices.practices[1].end == alma::parseDate("2024-12"));
}

TEST_CASE("csv import: unknown columns give one warning — a forced kind is honoured") {
  const std::string csv = "id,title,country,colour,remarks,summary\nX,T,DE,red,hi,s\n";
  const auto im = alma::csvToExport(csv, "x.csv", ExportKind::Practices, "2026-11-24");
  REQUIRE_FALSE(im.rejected);
  CHECK(count(im.diagnostics, Severity::Warning) == 1);
  CHECK(mentions(im.diagnostics, "'colour', 'remarks'"));
  const auto asCalls = alma::csvToExport(csv, "x.csv", ExportKind::Calls, "2026-11-24");
  CHECK(asCalls.kind == ExportKind::Calls);
  CHECK(mentions(asCalls.diagnostics, "'summary'"));
}

TEST_CASE("csv import: what rejects the whole file") {
  SUBCASE("missing required column") {
    const auto im = alma::csvToExport("id,title,themes\n1,t,health\n", "a.csv", ExportKind::Unknown, "2026-11-24");
    CHECK(im.rejected);
    CHECK(im.json.empty());
    CHECK(mentions(im.diagnostics, "no column 'country'"));
  }
  SUBCASE("kind cannot be told") {
    const auto im = alma::csvToExport("id,title,country\n1,t,DE\n", "a.csv", ExportKind::Unknown, "2026-11-24");
    CHECK(im.rejected);
    CHECK(mentions(im.diagnostics, "--kind"));
  }
  SUBCASE("unterminated quote, with its line") {
    const auto im = alma::csvToExport("id,title,country,themes\n1,\"t,DE,x\n2,t,DE,y\n", "a.csv",
                                      ExportKind::Unknown, "2026-11-24");
    CHECK(im.rejected);
    CHECK(mentions(im.diagnostics, "a.csv: line 2: a quoted field"));
  }
  SUBCASE("empty file") {
    CHECK(alma::csvToExport("", "a.csv", ExportKind::Calls, "2026-11-24").rejected);
    CHECK(alma::csvToExport("\xEF\xBB\xBF\r\n", "a.csv", ExportKind::Calls, "2026-11-24").rejected);
  }
}

TEST_CASE("csv import: a bad number is reported with row and column, and the loader leaves the record out") {
  const std::string csv = "id;title;country;budget_eur\nA;t;DE;6,300\nB;t;DE;1000\n";
  const auto im = alma::csvToExport(csv, "c.csv", ExportKind::Calls, "2026-11-24");
  REQUIRE_FALSE(im.rejected);
  REQUIRE(count(im.diagnostics, Severity::Error) == 1);
  const auto& d = im.diagnostics[0];
  CHECK(d.record == 1);
  CHECK(d.id == "A");
  CHECK(d.field == "budget_eur");
  CHECK(d.message.find("ambiguous") != std::string::npos);
  CHECK(d.message.find("(CSV line 2)") != std::string::npos);
  const auto out = alma::loadExport(im.json, "c.json");
  REQUIRE(out.calls.calls.size() == 1);
  CHECK(out.calls.calls[0].id == "B");
}

TEST_CASE("csv import: stay_months as one range column, text beyond the header") {
  const std::string csv = "id,title,country,stay_months\nA,t,DE,2-6,oops\nB,t,DE,4\n";
  const auto im = alma::csvToExport(csv, "c.csv", ExportKind::Calls, "2026-11-24");
  REQUIRE_FALSE(im.rejected);
  CHECK(count(im.diagnostics, Severity::Warning) == 1);
  CHECK(mentions(im.diagnostics, "record 1 (id A): has text in cells without a column name"));
  const auto out = alma::loadExport(im.json, "c.json");
  REQUIRE(out.calls.calls.size() == 2);
  CHECK(out.calls.calls[0].stay_months == alma::StayMonths{2, 6});
  CHECK(out.calls.calls[1].stay_months == alma::StayMonths{4, 4});
}

TEST_CASE("csv import: a date-like cell with overlong parts is left as written (fuzz finding: int overflow)") {
  const std::string csv = "id,title,country,level,closes\nCZ-1,T,CZ,national,6666666666.1.2020\n";
  const alma::LoadOutcome out = alma::loadUserFile(csv, "calls.csv", "2026-11-29");
  bool reported = false;
  for (const alma::Diagnostic& d : out.diagnostics) reported |= d.field == "closes" && d.message.find("6666666666.1.2020") != std::string::npos;
  CHECK(reported);
}
