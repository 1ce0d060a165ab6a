// The bad-export corpus (tests/data/bad) and the shipped sample data (assets/data).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "../support/read_file.hpp"
#include "core/io/loader.hpp"

using namespace alma;
namespace fs = std::filesystem;

namespace {
using testing::readFile;

// "<severity> <record> <field>" — the same shape as a line of expected.txt without the file name.
std::string key(const Diagnostic& d) {
  return std::string(severityName(d.severity)) + " " + std::to_string(d.record) + " " +
         (d.field.empty() ? "-" : d.field);
}

std::map<std::string, std::vector<std::string>> readExpected(const fs::path& p) {
  std::map<std::string, std::vector<std::string>> expected;
  std::istringstream in(readFile(p));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto space = line.find(' ');
    REQUIRE_MESSAGE(space != std::string::npos, line);
    auto& list = expected[line.substr(0, space)];
    if (line.substr(space + 1) != "ok") list.push_back(line.substr(space + 1));
  }
  return expected;
}
}  // namespace

TEST_CASE("corpus: every bad export gives exactly the expected diagnostics") {
  const fs::path dir = fs::path(ALMA_TEST_DATA_DIR) / "bad";
  auto expected = readExpected(dir / "expected.txt");
  REQUIRE(expected.size() >= 20);
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    const std::string name = entry.path().filename().string();
    CAPTURE(name);
    ++files;
    const auto it = expected.find(name);
    REQUIRE_MESSAGE(it != expected.end(), "not listed in expected.txt: " << name);
    const LoadOutcome o = loadExport(readFile(entry.path()), name);
    std::vector<std::string> got;
    std::string all;
    for (const auto& d : o.diagnostics) {
      got.push_back(key(d));
      all += "\n  " + key(d) + "  | " + describe(d);
      CHECK(d.file == name);
    }
    CHECK_MESSAGE(got == it->second, "got:" << all);
    bool fatal = false;
    for (const auto& d : o.diagnostics) fatal = fatal || d.severity == Severity::Fatal;
    CHECK(o.rejected == fatal);
    if (o.rejected) CHECK((o.calls.calls.empty() && o.practices.practices.empty()));
    expected.erase(it);
  }
  CHECK(files >= 20);
  for (const auto& [name, _] : expected) FAIL_CHECK("listed in expected.txt but missing: " << name);
}

TEST_CASE("corpus: records without errors are still used") {
  const fs::path dir = fs::path(ALMA_TEST_DATA_DIR) / "bad";
  const auto load = [&](const char* name) { return loadExport(readFile(dir / name), name); };
  CHECK(load("missing-required.json").calls.calls.size() == 1);
  CHECK(load("wrong-types.json").calls.calls.size() == 1);
  CHECK(load("bad-dates.json").calls.calls.size() == 1);
  CHECK(load("bad-numbers.json").calls.calls.size() == 2);
  CHECK(load("duplicate-ids.json").calls.calls.size() == 2);
  CHECK(load("hostile-links.json").calls.calls.size() == 7);
  CHECK(load("unknown-vocab.json").practices.practices.size() == 2);
  CHECK(load("bom-valid.json").calls.calls.at(0).title == "Výzva");
}

TEST_CASE("sample data: the shipped exports load without errors") {
  const fs::path dir = fs::path(ALMA_SOURCE_DIR) / "assets" / "data";
  int files = 0;
  if (fs::is_directory(dir)) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() != ".json") continue;
      const std::string name = entry.path().filename().string();
      const std::string bytes = readFile(entry.path());
      // assets/data may hold other JSON (e.g. map geometry): only exports are checked here.
      if (bytes.find("\"alma-calls/") == std::string::npos && bytes.find("\"mi-practices/") == std::string::npos)
        continue;
      CAPTURE(name);
      ++files;
      const LoadOutcome o = loadExport(bytes, name);
      CHECK_FALSE(o.rejected);
      for (const auto& d : o.diagnostics)
        CHECK_MESSAGE(d.severity == Severity::Warning, describe(d));
      CHECK((o.calls.calls.size() + o.practices.practices.size()) > 0);
    }
  }
  if (files == 0) MESSAGE("no exports in assets/data yet: sample-data check skipped");
}

namespace {
// Hands the bytes over a few at a time (1 to 7, varying), as no real source does: every window
// boundary the parser may meet, inside strings, numbers, escapes and multi-byte characters.
class Trickle final : public ByteSource {
 public:
  explicit Trickle(std::string_view b) : bytes_(b) {}
  std::size_t size() const override { return bytes_.size(); }
  std::size_t read(std::size_t offset, char* into, std::size_t max) override {
    if (offset >= bytes_.size()) return 0;
    const std::size_t n = std::min({max, bytes_.size() - offset, std::size_t{1} + (calls_++ % 7)});
    bytes_.copy(into, n, offset);
    return n;
  }
  std::string_view whole() override { return bytes_; }

 private:
  std::string_view bytes_;
  std::size_t calls_ = 0;
};

std::string summary(const LoadOutcome& o) {
  std::string s = std::to_string(static_cast<int>(o.kind)) + (o.rejected ? " rejected" : "") + " calls " +
                  std::to_string(o.calls.calls.size()) + " practices " + std::to_string(o.practices.practices.size());
  for (const auto& d : o.diagnostics) s += "\n" + describe(d);
  return s;
}
}  // namespace

TEST_CASE("loader: an export read a few bytes at a time gives exactly what it gives read whole") {
  int files = 0;
  for (const char* dir : {"bad", "../fuzz/corpus/export"}) {
    for (const auto& entry : fs::directory_iterator(fs::path(ALMA_TEST_DATA_DIR) / dir)) {
      if (!entry.is_regular_file() || entry.path().extension() == ".txt") continue;
      const std::string bytes = readFile(entry.path());
      CAPTURE(entry.path().string());
      const LoadOutcome whole = loadExport(bytes, "export.json");
      Trickle trickle(bytes);
      const LoadOutcome pieces = loadExport(trickle, "export.json");
      REQUIRE(summary(pieces) == summary(whole));
      CHECK(pieces.calls.calls == whole.calls.calls);
      CHECK(pieces.practices.practices == whole.practices.practices);
      ++files;
    }
  }
  CHECK(files > 1000);
}
