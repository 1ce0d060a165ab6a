#include <doctest/doctest.h>

#include <string>

#include "core/model/dataset.hpp"

using namespace alma;

namespace {
std::string callsDoc(const std::string& id, const std::string& extra = "") {
  return R"({"format": "alma-calls/1", "calls": [{"id": ")" + id + R"(", "title": "T", "country": "CZ")" + extra + "}]}";
}
const char* kPractices = R"({"format": "mi-practices/1", "practices": [{"id": "P", "title": "T", "country": "PT"}]})";
}  // namespace

TEST_CASE("dataset: a rejected file never blanks data already shown") {
  Dataset data;
  apply(data, loadExport(callsDoc("A"), "calls.json"));
  apply(data, loadExport(kPractices, "practices.json"));
  REQUIRE(data.calls);
  REQUIRE(data.practices);
  CHECK(data.diagnostics.empty());

  apply(data, loadExport("{ not json", "calls-v2.json"));
  apply(data, loadCalls(kPractices, "practices-as-calls.json"));
  REQUIRE(data.calls);
  CHECK(data.calls->calls.at(0).id == "A");
  REQUIRE(data.practices);
  CHECK(data.practices->practices.size() == 1);
  REQUIRE(data.diagnostics.size() == 2);
  CHECK(data.diagnostics[0].file == "calls-v2.json");
  CHECK(data.diagnostics[0].severity == Severity::Fatal);
}

TEST_CASE("dataset: a new export replaces only its own part and its own diagnostics") {
  Dataset data;
  apply(data, loadExport(callsDoc("A", R"(, "url": "ftp://x")"), "calls.json"));
  apply(data, loadExport(kPractices, "practices.json"));
  REQUIRE(data.diagnostics.size() == 1);  // the ftp warning
  apply(data, loadExport(callsDoc("B"), "calls-2025.json"));
  CHECK(data.calls->calls.at(0).id == "B");
  CHECK(data.calls->info.file == "calls-2025.json");
  CHECK(data.practices->practices.at(0).id == "P");
  CHECK(data.diagnostics.empty());  // the warning was about the replaced export
}

TEST_CASE("dataset: repeated rejections of one file do not pile up") {
  Dataset data;
  apply(data, loadExport("[", "calls.json"));
  apply(data, loadExport("[", "calls.json"));
  CHECK(data.diagnostics.size() == 1);
  CHECK_FALSE(data.calls);
  apply(data, loadExport(callsDoc("A"), "calls.json"));
  CHECK(data.diagnostics.empty());  // the file now loads: its old rejection is gone
  CHECK(data.calls);
}
