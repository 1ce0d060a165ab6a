#include <doctest/doctest.h>

#include "core/io/user_file.hpp"

using namespace alma;

TEST_CASE("user file: a JSON export is read as it is") {
  const auto out = loadUserFile(R"({"format":"alma-calls/1","calls":[{"id":"a","title":"T","country":"gr"}]})",
                                "calls.json", "2026-11-24");
  REQUIRE_FALSE(out.rejected);
  CHECK(out.kind == ExportKind::Calls);
  REQUIRE(out.calls.calls.size() == 1);
  CHECK(out.calls.calls[0].country == "EL");
}

TEST_CASE("user file: a spreadsheet CSV is converted, and record problems name their CSV line") {
  const std::string csv =
      "\xEF\xBB\xBFid;title;country;closes\r\n"
      "CZ-1;\"Call with\r\ntwo lines\";CZ;2023-05-03\r\n"
      "CZ-2;Bad date;CZ;2023-02-30\r\n";
  const auto out = loadUserFile(csv, "Calls.CSV", "2026-11-24");
  REQUIRE_FALSE(out.rejected);
  CHECK(out.kind == ExportKind::Calls);
  CHECK(out.calls.info.exported == "2026-11-24");
  REQUIRE(out.calls.calls.size() == 1);
  CHECK(out.calls.calls[0].title == "Call with\ntwo lines");
  REQUIRE(out.diagnostics.size() == 1);
  CHECK(out.diagnostics[0].id == "CZ-2");
  CHECK(out.diagnostics[0].field == "closes");
  CHECK(out.diagnostics[0].message.find("(CSV line 4)") != std::string::npos);
}

TEST_CASE("user file: a CSV without the required columns is rejected whole") {
  const auto out = loadUserFile("name,place\nx,y\n", "list.csv", "2026-11-24");
  CHECK(out.rejected);
  CHECK_FALSE(out.diagnostics.empty());
}
