#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/io/csv.hpp"
#include "core/io/csv_import.hpp"
#include "core/io/loader.hpp"
#include "core/query/practice_query.hpp"
#include "core/io/view_export.hpp"
#include "query_fixtures.hpp"

using namespace alma;
using namespace alma::testing;

namespace {
constexpr Date kToday{2024, 6, 30, DatePrecision::Day};

std::vector<Practice> tricky() {
  std::vector<Practice> v(2);
  v[0].id = "PT-1";
  v[0].title = "He said \"hi\", then; left";
  v[0].country = "PT";
  v[0].summary = "line one\nline two\r\nline three";
  v[0].stages = {"reception", "long-term"};
  v[0].funds = {"ESF+", "AMIF"};
  v[0].start = Date{2022, 1, 1, DatePrecision::Month};
  v[1].id = "EL-2";
  v[1].title = "=HYPERLINK(\"http://evil\")";
  v[1].country = "EL";
  v[1].organisation = "+cmd";
  v[1].region = "-Αθήνα";
  v[1].contact = "@me";
  return v;
}

// Loads JSON and returns the records the loader keeps (its canonical form of the data).
PracticesExport loaded(const std::string& json) {
  const LoadOutcome out = loadExport(json, "view.json");
  REQUIRE_FALSE(out.rejected);
  REQUIRE(out.kind == ExportKind::Practices);
  return out.practices;
}
}  // namespace

TEST_CASE("view export: practices CSV has BOM, CRLF, human header, RFC 4180 quoting") {
  const auto data = tricky();
  const std::vector<std::uint32_t> rows{1, 0};  // view order, not file order
  const std::string csv = practicesCsv(data, rows);
  REQUIRE(csv.substr(0, 3) == "\xEF\xBB\xBF");
  CHECK(csv.find("ID,Title,Country,Country name,Partner countries,Region,Organisation,Stages,Themes,"
                 "Target groups,Funds,Start,End,Summary,URL,Contact,Updated\r\n") == 3);
  CHECK(csv.find("\"He said \"\"hi\"\", then; left\"") != std::string::npos);
  CHECK(csv.find("\"line one\nline two\r\nline three\"") != std::string::npos);

  const CsvParse parsed = parseCsv(csv);
  REQUIRE_FALSE(parsed.error);
  const auto& t = parsed.table.rows;
  REQUIRE(t.size() == 3);
  CHECK(t[1][0] == "EL-2");
  CHECK(t[1][1] == "'=HYPERLINK(\"http://evil\")");  // formula injection defused
  CHECK(t[1][3] == "Greece");
  CHECK(t[1][5] == "'-Αθήνα");
  CHECK(t[1][6] == "'+cmd");
  CHECK(t[1][15] == "'@me");
  CHECK(t[2][0] == "PT-1");
  CHECK(t[2][1] == "He said \"hi\", then; left");
  CHECK(t[2][7] == "reception; long-term");
  CHECK(t[2][10] == "ESF+; AMIF");
  CHECK(t[2][11] == "2022-01");
  CHECK(t[2][13] == "line one\nline two\r\nline three");
  CHECK(practicesCsv(data, {}).find("\r\n") == csv.find("\r\n"));  // empty view: header only
}

TEST_CASE("view export: calls CSV writes numbers plainly — negative coordinates stay numbers") {
  Call c;
  c.id = "PT-2024-1";
  c.title = "-5% rule";
  c.country = "PT";
  c.level = "regional";
  c.region = Region{"PT17", "Lisboa", 38.72, -9.14};
  c.budget_eur = 6300000;
  c.participants = 120;
  c.stay_months = StayMonths{2, 6};
  c.destinations = {"ES", "IT"};
  c.closes = Date{2024, 7, 15, DatePrecision::Day};
  const std::vector<Call> data{c};
  const std::vector<std::uint32_t> rows{0};
  const CsvParse parsed = parseCsv(callsCsv(data, rows, kToday));
  REQUIRE_FALSE(parsed.error);
  const auto& h = parsed.table.rows[0];
  const auto& r = parsed.table.rows[1];
  auto cell = [&](const std::string& name) {
    for (std::size_t i = 0; i < h.size(); ++i)
      if (h[i] == name) return r[i];
    FAIL("no column " << name);
    return std::string();
  };
  CHECK(cell("Title") == "'-5% rule");
  CHECK(cell("Region lat") == "38.72");
  CHECK(cell("Region lon") == "-9.14");
  CHECK(cell("Budget EUR") == "6300000");
  CHECK(cell("Participants") == "120");
  CHECK(cell("Stay months") == "2-6");
  CHECK(cell("Destinations") == "ES; IT");
  CHECK(cell("Status") == "");
  CHECK(cell("Status today") == "open");
  CHECK(viewFileName("calls", kToday, "csv") == "calls-2024-06-30.csv");
}

TEST_CASE("view export: JSON of a filtered, sorted view loads again with the same records") {
  // Canonical records first: what the loader makes of the generated data.
  PracticesExport original;
  original.info = {"practices.json", kPracticesFormat, "2024-05-01", "CoP table of practices", ""};
  original.practices = randomPractices(200, 42);
  original = loaded(toJson(original));
  original.info.file = "practices.json";
  REQUIRE(original.practices.size() == 200);

  PracticeQuery q;
  q.build(original.practices);
  q.setSearch("e");
  q.setFacetValue(PracticeFacets::Country, "PT", true);
  q.setFacetValue(PracticeFacets::Country, "EL", true);
  q.clickSort(PracticeColumns::Title, false);
  const auto& rows = q.result().rows;
  REQUIRE(rows.size() > 5);

  const PracticesExport back = loaded(practicesViewJson(original, rows, kToday, q.describeFilters()));
  CHECK(back.info.exported == "2024-06-30");
  CHECK(back.info.source ==
        "Filtered view (search \"e\"; country: EL, PT) of: CoP table of practices, exported 2024-05-01");
  REQUIRE(back.practices.size() == rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) CHECK(back.practices[i] == original.practices[rows[i]]);

  // No filter: the whole export, and the source says it is a view.
  std::vector<std::uint32_t> all(original.practices.size());
  for (std::uint32_t i = 0; i < all.size(); ++i) all[i] = i;
  const PracticesExport whole = loaded(practicesViewJson(original, all, kToday, ""));
  CHECK(whole.practices == original.practices);
  CHECK(whole.info.source == "View of: CoP table of practices, exported 2024-05-01");
}

TEST_CASE("view export: a CSV export converts back to the same practices (csv_import)") {
  PracticesExport original;
  original.info = {"p.json", kPracticesFormat, "2024-05-01", "src", ""};
  original.practices = randomPractices(120, 8);
  original = loaded(toJson(original));
  std::vector<std::uint32_t> rows;
  for (std::uint32_t i = original.practices.size(); i-- > 0;) rows.push_back(i);  // reversed

  const CsvImport im = csvToExport(practicesCsv(original.practices, rows), "view.csv",
                                   ExportKind::Practices, "2024-06-30");
  REQUIRE_FALSE(im.rejected);
  const PracticesExport back = loaded(im.json);
  REQUIRE(back.practices.size() == rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Practice expect = original.practices[rows[i]];
    for (auto* s : {&expect.region, &expect.organisation, &expect.summary, &expect.url, &expect.contact})
      if (s->has_value() && (*s)->empty()) s->reset();  // an empty cell reads as absent
    CHECK(back.practices[i] == expect);
  }
}
