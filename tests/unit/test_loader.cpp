// Loader rules of shared/docs/export-format.md, one test per rule.
#include <doctest/doctest.h>

#include <string>

#include "core/io/loader.hpp"

using namespace alma;

namespace {
std::string callsFile(const std::string& records) {
  return R"({"format": "alma-calls/1", "exported": "2024-06-30", "source": "test", "calls": [)" +
         records + "]}";
}
std::string practicesFile(const std::string& records) {
  return R"({"format": "mi-practices/1", "practices": [)" + records + "]}";
}
// A minimal valid call with extra fields spliced in.
std::string call(const std::string& extra = "", const std::string& id = "CZ-1") {
  return R"({"id": ")" + id + R"(", "title": "T", "country": "CZ")" + (extra.empty() ? "" : ", " + extra) + "}";
}
std::string practice(const std::string& extra = "") {
  return R"({"id": "PT-1", "title": "T", "country": "PT")" + (extra.empty() ? "" : ", " + extra) + "}";
}
LoadOutcome oneCall(const std::string& extra) { return loadExport(callsFile(call(extra)), "calls.json"); }
LoadOutcome onePractice(const std::string& extra) {
  return loadExport(practicesFile(practice(extra)), "practices.json");
}
// The only diagnostic, checked for severity and field.
const Diagnostic& only(const LoadOutcome& o, Severity s, const std::string& field) {
  REQUIRE(o.diagnostics.size() == 1);
  CHECK(o.diagnostics[0].severity == s);
  CHECK(o.diagnostics[0].field == field);
  return o.diagnostics[0];
}
}  // namespace

TEST_CASE("loader: the contract's example call reads completely and quietly") {
  const std::string doc = R"({
    "format": "alma-calls/1", "exported": "2024-06-30",
    "source": "ALMA network survey of national and regional calls",
    "calls": [{
      "id": "CZ-2023-01", "title": "ALMA call of the Czech ESF+ programme",
      "title_original": "Výzva ALMA", "country": "CZ", "level": "national", "region": null,
      "programme": "Employment Plus 2021-2027", "authority": "Ministry of Labour and Social Affairs",
      "status": "closed", "opens": "2023-03-01", "closes": "2023-05-03", "budget_eur": 6300000,
      "participants": null, "stay_months": { "min": 2, "max": 6 }, "destinations": ["ES", "IT"],
      "funding_model": "delegated-act", "target_group": "NEETs aged 18-29",
      "url": "https://example.org/call", "contact": "alma@example.org", "updated": "2024-05-15",
      "notes": null }]})";
  const auto o = loadCalls(doc, "calls.json");
  CHECK_FALSE(o.rejected);
  CHECK(o.kind == ExportKind::Calls);
  CHECK(o.diagnostics.empty());
  REQUIRE(o.calls.calls.size() == 1);
  const Call& c = o.calls.calls[0];
  CHECK(c.id == "CZ-2023-01");
  CHECK(c.title_original == "Výzva ALMA");
  CHECK(c.level == "national");
  CHECK_FALSE(c.region);
  CHECK(c.status == "closed");
  CHECK(c.opens == Date{2023, 3, 1, DatePrecision::Day});
  CHECK(c.budget_eur == 6300000.0);
  CHECK_FALSE(c.participants);
  CHECK(c.stay_months == StayMonths{2, 6});
  CHECK(c.destinations == std::vector<std::string>{"ES", "IT"});
  CHECK(c.funding_model == "delegated-act");
  CHECK(c.url == "https://example.org/call");
  CHECK_FALSE(c.notes);
  CHECK(o.calls.info.file == "calls.json");
  CHECK(o.calls.info.format == "alma-calls/1");
  CHECK(o.calls.info.exported == "2024-06-30");
  CHECK(o.calls.info.source == "ALMA network survey of national and regional calls");
}

TEST_CASE("loader: the contract's example practice reads completely and quietly") {
  const std::string doc = R"({"format": "mi-practices/1", "exported": "2024-06-30",
    "source": "CoP Migrant Integration: table of practices", "practices": [{
      "id": "PT-0007", "title": "One-stop shop for newcomers", "country": "PT",
      "partner_countries": [], "region": "Lisboa", "organisation": "Municipality of Example",
      "stages": ["reception", "long-term"], "themes": ["employment", "language"],
      "target_groups": ["third-country-nationals"], "funds": ["ESF+", "AMIF"],
      "start": "2022-01", "end": "2024-12", "summary": "Brings services ...",
      "url": "https://example.org/practice", "contact": null, "updated": "2024-05-15"}]})";
  const auto o = loadExport(doc, "practices.json");
  CHECK(o.kind == ExportKind::Practices);
  CHECK(o.diagnostics.empty());
  REQUIRE(o.practices.practices.size() == 1);
  const Practice& p = o.practices.practices[0];
  CHECK(p.region == "Lisboa");
  CHECK(p.stages == std::vector<std::string>{"reception", "long-term"});
  CHECK(p.funds == std::vector<std::string>{"ESF+", "AMIF"});
  CHECK(p.start == Date{2022, 1, 1, DatePrecision::Month});
  CHECK_FALSE(p.contact);
}

TEST_CASE("loader: UTF-8 BOM is allowed, invalid UTF-8 and UTF-16 are rejected clearly") {
  CHECK(loadExport("\xEF\xBB\xBF" + callsFile(call()), "c.json").calls.calls.size() == 1);
  auto bad = loadExport(callsFile(call("\"notes\": \"caf\xE9\"")), "c.json");  // Latin-1 é
  CHECK(bad.rejected);
  CHECK(only(bad, Severity::Fatal, "").message.find("not valid UTF-8") != std::string::npos);
  CHECK(bad.diagnostics[0].message.find("line 1, column") != std::string::npos);
  auto utf16 = loadExport(std::string("\xFF\xFE{\0", 4), "c.json");
  CHECK(utf16.rejected);
  CHECK(only(utf16, Severity::Fatal, "").message.find("UTF-16") != std::string::npos);
  // positions are counted after the BOM, which an editor does not see
  auto afterBom = loadExport("\xEF\xBB\xBF{\"a\xFF\": 1}", "c.json");
  CHECK(only(afterBom, Severity::Fatal, "").message.find("line 1, column 4;") != std::string::npos);
  // overlong encoding and encoded surrogate are not UTF-8 either
  CHECK(loadExport(callsFile(call("\"notes\": \"\xC0\xAF\"")), "c.json").rejected);
  CHECK(loadExport(callsFile(call("\"notes\": \"\xED\xA0\x80\"")), "c.json").rejected);
}

TEST_CASE("loader: not JSON is fatal with line and column") {
  auto o = loadExport("{\n  \"format\": \"alma-calls/1\",\n  \"calls\": [}\n", "calls.json");
  CHECK(o.rejected);
  CHECK(o.calls.calls.empty());
  const auto& d = only(o, Severity::Fatal, "");
  CHECK(d.record == 0);
  CHECK(d.message.find("not valid JSON") != std::string::npos);
  CHECK(d.message.find("line 3, column 13") != std::string::npos);
  CHECK(d.message.find("[json.exception") == std::string::npos);
  CHECK(describe(d).starts_with("calls.json: is not valid JSON: "));
  CHECK(loadExport("", "e.json").rejected);
  CHECK(loadExport("   \n", "e.json").rejected);
  CHECK(loadExport(callsFile(call()) + " trailing", "e.json").rejected);
}

TEST_CASE("loader: missing, other or mismatched format is fatal and names the format") {
  auto missing = loadExport(R"({"calls": []})", "x.json");
  CHECK(missing.rejected);
  CHECK(only(missing, Severity::Fatal, "format").message.find("'alma-calls/1' or 'mi-practices/1'") !=
        std::string::npos);
  auto other = loadExport(R"({"format": "alma-calls/2", "calls": []})", "x.json");
  CHECK(only(other, Severity::Fatal, "format").message ==
        "must be 'alma-calls/1' or 'mi-practices/1', got 'alma-calls/2'");
  auto wrongKind = loadCalls(practicesFile(practice()), "p.json");
  CHECK(wrongKind.rejected);
  CHECK(wrongKind.practices.practices.empty());
  CHECK(only(wrongKind, Severity::Fatal, "format").message == "must be 'alma-calls/1', got 'mi-practices/1'");
  CHECK(loadPractices(callsFile(call()), "c.json").rejected);
  CHECK_FALSE(loadPractices(practicesFile(practice()), "p.json").rejected);
  CHECK(only(loadExport(R"({"format": 1})", "x.json"), Severity::Fatal, "format").message.ends_with("got 1"));
  CHECK(only(loadExport("[1, 2]", "x.json"), Severity::Fatal, "").message ==
        "must be a JSON object with a \"format\" field, got a list");
  CHECK(loadExport("\"alma-calls/1\"", "x.json").rejected);
}

TEST_CASE("loader: the records array must be an array") {
  CHECK(only(loadExport(R"({"format": "alma-calls/1"})", "c.json"), Severity::Fatal, "calls").message ==
        "is missing: expected a list [...] of calls");
  CHECK(only(loadExport(R"({"format": "alma-calls/1", "calls": {}})", "c.json"), Severity::Fatal, "calls")
            .message == "must be a list [...] of calls, got an object");
  CHECK(loadExport(R"({"format": "mi-practices/1", "practices": null})", "p.json").rejected);
  // the calls key in a practices file is not the practices array
  CHECK(loadExport(R"({"format": "mi-practices/1", "calls": []})", "p.json").rejected);
  auto empty = loadExport(R"({"format": "mi-practices/1", "practices": []})", "p.json");
  CHECK_FALSE(empty.rejected);
  CHECK(empty.diagnostics.empty());
}

TEST_CASE("loader: unknown fields are ignored") {
  auto o = oneCall(R"("colour": "red", "extra": {"deep": [1, 2, {"x": null}]})");
  CHECK(o.diagnostics.empty());
  CHECK(o.calls.calls.size() == 1);
  auto top = loadExport(R"({"format": "alma-calls/1", "generator": {"v": 3}, "calls": []})", "c.json");
  CHECK_FALSE(top.rejected);
  CHECK(top.diagnostics.empty());
}

TEST_CASE("loader: vocabulary values stored canonical, unknown ones kept trimmed with a warning") {
  auto o = onePractice(R"("funds": [" AMIF ", "esf+", "Fast-Care"], "stages": ["RECEPTION"])");
  CHECK(o.diagnostics.empty());
  REQUIRE(o.practices.practices.size() == 1);
  CHECK(o.practices.practices[0].funds == std::vector<std::string>{"AMIF", "ESF+", "FAST-CARE"});
  CHECK(o.practices.practices[0].stages == std::vector<std::string>{"reception"});

  auto u = onePractice(R"("themes": ["employment", " digital skills "])");
  const auto& d = only(u, Severity::Warning, "themes[2]");
  CHECK(d.message.starts_with("should be one of education, employment, "));
  CHECK(d.message.ends_with("got 'digital skills' (kept as written)"));
  REQUIRE(u.practices.practices.size() == 1);
  CHECK(u.practices.practices[0].themes == std::vector<std::string>{"employment", "digital skills"});

  auto lvl = oneCall(R"("level": " Regional ", "status": "OPEN", "funding_model": "SCO")");
  CHECK(lvl.diagnostics.empty());
  CHECK(lvl.calls.calls[0].level == "regional");
  CHECK(lvl.calls.calls[0].status == "open");
  CHECK(lvl.calls.calls[0].funding_model == "sco");
  auto unknownStatus = oneCall(R"("status": "suspended")");
  only(unknownStatus, Severity::Warning, "status");
  CHECK(unknownStatus.calls.calls[0].status == "suspended");
  for (const char* field : {"target_groups", "funds", "stages"})
    only(onePractice("\"" + std::string(field) + "\": [\"zzz\"]"), Severity::Warning, std::string(field) + "[1]");
  only(oneCall(R"("funding_model": "lump sum")"), Severity::Warning, "funding_model");
  only(oneCall(R"("level": "municipal")"), Severity::Warning, "level");
}

TEST_CASE("loader: a missing or empty required field leaves the record out, others are used") {
  const std::string doc = callsFile(R"({"title": "no id", "country": "CZ"},)" +
                                    call("", "OK-1") + "," +
                                    R"({"id": "X-2", "title": "  ", "country": "CZ"},)" +
                                    R"({"id": "X-3", "title": "T", "country": null},)" +
                                    R"({"id": "", "title": "T", "country": "CZ"})");
  auto o = loadExport(doc, "calls.json");
  CHECK_FALSE(o.rejected);
  REQUIRE(o.calls.calls.size() == 1);
  CHECK(o.calls.calls[0].id == "OK-1");
  REQUIRE(o.diagnostics.size() == 4);
  CHECK(describe(o.diagnostics[0]) == "calls.json: record 1: field 'id' is required (non-empty text), but is missing");
  CHECK(describe(o.diagnostics[1]) == "calls.json: record 3 (id X-2): field 'title' is required (non-empty text), got '  '");
  CHECK(describe(o.diagnostics[2]) == "calls.json: record 4 (id X-3): field 'country' is required (non-empty text), but is missing");
  CHECK(o.diagnostics[3].record == 5);
  CHECK(o.diagnostics[3].field == "id");
  for (const auto& d : o.diagnostics) CHECK(d.severity == Severity::Error);
}

TEST_CASE("loader: a wrong type anywhere leaves the record out and names field and expectation") {
  struct Case {
    const char* extra;
    const char* field;
    const char* message;
  };
  const Case cases[] = {
      {R"("title_original": 5)", "title_original", "must be text, got 5"},
      {R"("programme": ["a"])", "programme", "must be text, got a list"},
      {R"("notes": {"a": 1})", "notes", "must be text, got an object"},
      {R"("contact": true)", "contact", "must be text, got true"},
      {R"("region": "Praha")", "region", "must be an object {code, name, lat, lon}, got 'Praha'"},
      {R"("region": {"lat": "50.1"})", "region.lat", "must be a latitude from -90 to 90 (WGS84 degrees), got '50.1'"},
      {R"("region": {"code": 12})", "region.code", "must be text, got 12"},
      {R"("region": {"lon": false})", "region.lon", "must be a longitude from -180 to 180 (WGS84 degrees), got false"},
      {R"("stay_months": 3)", "stay_months", R"(must be an object {"min": n, "max": n}, got 3)"},
      {R"("stay_months": {"min": "2", "max": 6})", "stay_months.min", "must be a whole number of months from 1 to 12, got '2'"},
      {R"("stay_months": {"min": 2})", "stay_months.max", "is required (a whole number of months from 1 to 12), but is missing"},
      {R"("destinations": "ES")", "destinations", "must be a list [...] of texts, got 'ES'"},
      {R"("destinations": ["ES", 7])", "destinations[2]", "must be text, got 7"},
      {R"("budget_eur": "6 300 000")", "budget_eur", "must be a number >= 0 (euros), got '6 300 000'"},
      {R"("participants": "40")", "participants", "must be a whole number >= 0, got '40'"},
      {R"("closes": 20230503)", "closes", "must be a date YYYY-MM-DD, got 20230503"},
      {R"("status": 1)", "status", "must be text, got 1"},
      {R"("url": {"href": "https://x.org"})", "url", "must be text, got an object"},
      {R"("id": 12)", "id", "must be text, got 12"},
      {R"("country": ["CZ"])", "country", "must be text, got a list"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.extra);
    // the wrong value replaces the valid one (JSON objects keep the last duplicate key)
    auto o = loadExport(callsFile(call(c.extra) + "," + call("", "OK")), "calls.json");
    CHECK_FALSE(o.rejected);
    REQUIRE(o.calls.calls.size() == 1);
    CHECK(o.calls.calls[0].id == "OK");
    const auto& d = only(o, Severity::Error, c.field);
    CHECK(d.record == 1);
    CHECK(d.message == c.message);
  }
  auto p = onePractice(R"("stages": ["reception", null])");
  only(p, Severity::Error, "stages[2]");
  CHECK(p.practices.practices.empty());
  CHECK(only(onePractice(R"("region": {"name": "Lisboa"})"), Severity::Error, "region").message ==
        "must be text, got an object");
  only(loadExport(callsFile("42"), "c.json"), Severity::Error, "");
  CHECK(loadExport(callsFile("42"), "c.json").diagnostics[0].message == "must be an object (one call), got 42");
}

TEST_CASE("loader: null and empty strings of optional fields mean absent") {
  auto o = oneCall(R"("title_original": null, "region": null, "opens": null, "budget_eur": null,
                      "stay_months": null, "destinations": null, "url": "", "status": "  ", "closes": "")");
  CHECK(o.diagnostics.empty());
  REQUIRE(o.calls.calls.size() == 1);
  const Call& c = o.calls.calls[0];
  CHECK_FALSE(c.title_original);
  CHECK_FALSE(c.region);
  CHECK_FALSE(c.opens);
  CHECK_FALSE(c.closes);
  CHECK_FALSE(c.url);
  CHECK_FALSE(c.status);
  CHECK(c.destinations.empty());
  auto region = oneCall(R"("region": {"code": null, "name": "Praha", "lat": null})");
  CHECK(region.diagnostics.empty());
  CHECK(region.calls.calls[0].region == Region{std::nullopt, "Praha", std::nullopt, std::nullopt});
}

TEST_CASE("loader: country codes — case-insensitive, GR as EL, EU allowed, unknown refused") {
  auto o = loadExport(callsFile(call(R"("country": "gr")", "A") + "," + call(R"("country": "eu")", "B") +
                                "," + call(R"("country": "XX")", "C")),
                      "calls.json");
  REQUIRE(o.calls.calls.size() == 2);
  CHECK(o.calls.calls[0].country == "EL");
  CHECK(o.calls.calls[1].country == "EU");
  CHECK(only(o, Severity::Error, "country").message == "must be a country code such as CZ, EL or EU, got 'XX'");
  // a bad destination or partner country is dropped with a warning; the record stays
  auto d = oneCall(R"("destinations": ["es", "GR", "Spain", "ES"])");
  CHECK(only(d, Severity::Warning, "destinations[3]").message ==
        "should be a country code such as ES or IT, got 'Spain' (left out of the list)");
  CHECK(d.calls.calls[0].destinations == std::vector<std::string>{"ES", "EL"});
  auto p = onePractice(R"("partner_countries": ["at", "ZZ"])");
  only(p, Severity::Warning, "partner_countries[2]");
  CHECK(p.practices.practices[0].partner_countries == std::vector<std::string>{"AT"});
}

TEST_CASE("loader: dates must be real — a bad date leaves the record out") {
  auto o = oneCall(R"("closes": "2023-02-30")");
  CHECK(o.calls.calls.empty());
  CHECK(describe(only(o, Severity::Error, "closes")) ==
        "calls.json: record 1 (id CZ-1): field 'closes' must be a date YYYY-MM-DD, got '2023-02-30'");
  for (const char* bad : {"30/05/2023", "2023-13", "2023-5-1", "soon", "2023-02-29"})
    CHECK_MESSAGE(oneCall(std::string(R"("opens": ")") + bad + "\"").calls.calls.empty(), bad);
  auto ok = oneCall(R"("opens": "2024-02-29", "closes": "2024-06", "updated": " 2024 ")");
  CHECK(ok.diagnostics.empty());
  CHECK(ok.calls.calls[0].closes == Date{2024, 6, 1, DatePrecision::Month});
  CHECK(ok.calls.calls[0].updated == Date{2024, 1, 1, DatePrecision::Year});
  only(onePractice(R"("start": "2022-00")"), Severity::Error, "start");
  only(onePractice(R"("end": false)"), Severity::Error, "end");
}

TEST_CASE("loader: number ranges") {
  CHECK(oneCall(R"("budget_eur": 0)").calls.calls.size() == 1);
  CHECK(oneCall(R"("budget_eur": 1250.5)").calls.calls[0].budget_eur == 1250.5);
  CHECK(only(oneCall(R"("budget_eur": -1)"), Severity::Error, "budget_eur").message ==
        "must be a number >= 0 (euros), got -1");
  CHECK(oneCall(R"("participants": 40)").calls.calls[0].participants == 40);
  CHECK(oneCall(R"("participants": 3.0)").calls.calls[0].participants == 3);  // whole number
  CHECK(only(oneCall(R"("participants": 2.5)"), Severity::Error, "participants").message ==
        "must be a whole number >= 0, got 2.5");
  only(oneCall(R"("participants": -3)"), Severity::Error, "participants");
  only(oneCall(R"("participants": 18446744073709551615)"), Severity::Error, "participants");
  only(oneCall(R"("participants": 1e30)"), Severity::Error, "participants");
  CHECK(oneCall(R"("stay_months": {"min": 1, "max": 12})").calls.calls[0].stay_months == StayMonths{1, 12});
  CHECK(oneCall(R"("stay_months": {"min": 2.0, "max": 2})").calls.calls[0].stay_months == StayMonths{2, 2});
  only(oneCall(R"("stay_months": {"min": 0, "max": 6})"), Severity::Error, "stay_months.min");
  only(oneCall(R"("stay_months": {"min": 2, "max": 13})"), Severity::Error, "stay_months.max");
  CHECK(only(oneCall(R"("stay_months": {"min": 6, "max": 2})"), Severity::Error, "stay_months").message ==
        "min must not be greater than max, got min 6, max 2");
  auto region = oneCall(R"("region": {"lat": -90, "lon": 180})");
  CHECK(region.diagnostics.empty());
  only(oneCall(R"("region": {"lat": 90.0001})"), Severity::Error, "region.lat");
  only(oneCall(R"("region": {"lon": -180.5})"), Severity::Error, "region.lon");
}

TEST_CASE("loader: level default — regional with region, eu for EU, else national") {
  CHECK(oneCall(R"("region": {"code": "DE1"})").calls.calls[0].level == "regional");
  CHECK(oneCall(R"("country": "EU")").calls.calls[0].level == "eu");
  CHECK(oneCall("").calls.calls[0].level == "national");
  CHECK(oneCall(R"("region": null)").calls.calls[0].level == "national");
  CHECK(oneCall(R"("country": "EU", "level": "national")").calls.calls[0].level == "national");
}

TEST_CASE("loader: duplicate ids — first kept, each later one reported") {
  auto o = loadExport(callsFile(call(R"("title": "first")", "A") + "," + call("", "B") + "," +
                                call(R"("title": "second")", "A") + "," + call("", "A")),
                      "calls.json");
  REQUIRE(o.calls.calls.size() == 2);
  CHECK(o.calls.calls[0].title == "first");
  REQUIRE(o.diagnostics.size() == 2);
  CHECK(describe(o.diagnostics[0]) ==
        "calls.json: record 3 (id A): field 'id' duplicates the id of record 1 (only the first is used)");
  CHECK(o.diagnostics[1].record == 4);
  // ids are compared after trimming spaces
  CHECK(loadExport(callsFile(call("", "A") + "," + call("", " A ")), "c.json").calls.calls.size() == 1);
}

TEST_CASE("loader: url with another scheme is kept as plain text with a warning") {
  auto o = oneCall(R"x("url": "javascript:alert(1)")x");
  REQUIRE(o.calls.calls.size() == 1);
  CHECK(o.calls.calls[0].url == "javascript:alert(1)");
  CHECK(only(o, Severity::Warning, "url").message ==
        "should be an http(s) address, got 'javascript:alert(1)' (shown as plain text, never opened)");
  for (const char* u : {"data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "ftp://x.org",
                        "https://x.org/\\u0000"})
    only(oneCall(std::string(R"("url": ")") + u + "\""), Severity::Warning, "url");
  CHECK(oneCall(R"("url": " https://example.org ")").calls.calls[0].url == "https://example.org");
  CHECK(oneCall(R"("url": "HTTPS://example.org")").diagnostics.empty());
  only(onePractice(R"("url": "vbscript:msgbox")"), Severity::Warning, "url");
  CHECK(oneCall(R"x("contact": "javascript:alert(1)")x").diagnostics.empty());  // free text
}

TEST_CASE("loader: file-level exported/source of the wrong kind only warn") {
  auto o = loadExport(R"({"format": "alma-calls/1", "exported": 2024, "source": null, "calls": []})", "c.json");
  CHECK_FALSE(o.rejected);
  only(o, Severity::Warning, "exported");
  auto d = loadExport(R"({"format": "alma-calls/1", "exported": "June 2024", "calls": []})", "c.json");
  only(d, Severity::Warning, "exported");
  CHECK(d.calls.info.exported == "June 2024");
}

TEST_CASE("loader: toJson writes exports that load back identically") {
  const std::string doc = callsFile(
      call(R"("title_original": "Výzva ALMA", "region": {"code": "CZ01", "name": "Praha", "lat": 50.08, "lon": 14.42},
              "status": "Open", "opens": "2023-03", "closes": "2023-05-03", "budget_eur": 6300000.5,
              "participants": 40, "stay_months": {"min": 2, "max": 6}, "destinations": ["es", "GR"],
              "funding_model": "mixed", "url": "javascript:x", "contact": "a@b.org", "updated": "2024",
              "notes": "\u0000 ok")") + "," +
      call(R"("country": "EU", "budget_eur": 0.1)", "EU-1"));
  auto first = loadExport(doc, "calls.json");
  REQUIRE(first.calls.calls.size() == 2);
  const std::string written = toJson(first.calls);
  auto second = loadExport(written, "calls.json");
  CHECK_FALSE(second.rejected);
  CHECK(second.calls.calls == first.calls.calls);
  CHECK(second.calls.info == first.calls.info);
  CHECK(written.find("\"budget_eur\": 6300000.5") != std::string::npos);
  CHECK(written.find("\"level\": \"regional\"") != std::string::npos);

  auto p1 = onePractice(R"("stages": ["reception", "Weird"], "funds": ["esf+"], "start": "2022-01",
                           "partner_countries": ["es"], "summary": "Ελληνικά, Русский, 中文")");
  REQUIRE(p1.practices.practices.size() == 1);
  auto p2 = loadExport(toJson(p1.practices), "practices.json");
  CHECK(p2.practices.practices == p1.practices.practices);

  // a hand-built record with broken UTF-8 still writes (replacement character), never aborts
  CallsExport hand;
  Call handMade;
  handMade.id = "X";
  handMade.title = "bad \xff byte";
  handMade.country = "CZ";
  handMade.budget_eur = 12.0;
  hand.calls.push_back(handMade);
  const std::string out = toJson(hand);
  CHECK(out.find("\"budget_eur\": 12\n") != std::string::npos);
  auto back = loadExport(out, "hand.json");
  REQUIRE(back.calls.calls.size() == 1);
  CHECK(back.calls.calls[0].title == "bad \xEF\xBF\xBD byte");
  CHECK(back.calls.calls[0].level == "national");  // empty level omitted, default applied on load
}
