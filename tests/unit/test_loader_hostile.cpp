// Hostile input: whatever the bytes, loading returns an outcome (never aborts, throws or overflows
// the stack), and every message stays short and printable.
#include <doctest/doctest.h>

#include <algorithm>

#include <cmath>
#include <string>

#include "core/io/loader.hpp"

using namespace alma;

namespace {
std::string calls(const std::string& records) {
  return R"({"format": "alma-calls/1", "calls": [)" + records + "]}";
}
void checkMessagesAreSane(const LoadOutcome& o) {
  for (const auto& d : o.diagnostics) {
    CHECK(d.message.size() < 1000);
    CHECK(d.id.size() < 200);
    const std::string text = describe(d);
    bool printable = true;
    for (char c : text) printable = printable && static_cast<unsigned char>(c) >= 0x20;
    CHECK_MESSAGE(printable, text);
  }
}
}  // namespace

TEST_CASE("hostile: deep nesting is refused before parsing") {
  for (const std::string open : {"[", "{\"a\":"}) {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += open;
    auto o = loadExport(deep, "deep.json");
    CHECK(o.rejected);
    REQUIRE(o.diagnostics.size() == 1);
    CHECK(o.diagnostics[0].severity == Severity::Fatal);
    CHECK(o.diagnostics[0].message.find("deeper than 256 levels") != std::string::npos);
  }
  // deep nesting hidden in an unknown field of a record, and just at the limit (accepted)
  std::string atLimit = "0";
  for (int i = 0; i < kMaxJsonDepth - 3; ++i) atLimit = "[" + atLimit + "]";  // doc, calls, record
  auto ok = loadExport(calls(R"({"id": "A", "title": "T", "country": "CZ", "x": )" + atLimit + "}"), "c.json");
  CHECK_FALSE(ok.rejected);
  CHECK(ok.calls.calls.size() == 1);
  auto over = loadExport(calls(R"({"id": "A", "title": "T", "country": "CZ", "x": [)" + atLimit + "]}"), "c.json");
  CHECK(over.rejected);
  // brackets inside strings do not count as nesting
  auto text = loadExport(calls(R"({"id": "A", "title": ")" + std::string(5000, '[') + R"(", "country": "CZ"})"), "c.json");
  CHECK_FALSE(text.rejected);
}

TEST_CASE("hostile: huge strings and huge arrays load, messages stay short") {
  const std::string huge(2'000'000, 'x');
  auto o = loadExport(calls(R"({"id": ")" + huge + R"(", "title": ")" + huge + R"(", "country": ")" + huge +
                            R"(", "url": "javascript:)" + huge + R"("})"),
                      "big.json");
  CHECK_FALSE(o.rejected);
  CHECK(o.calls.calls.empty());  // country is not a code
  // The country error and the link warning, plus one warning per text cut at kMaxTextBytes (id,
  // title, url): a 2 MB text would make every frame that lays it out slow.
  REQUIRE(o.diagnostics.size() == 5);
  checkMessagesAreSane(o);
  int cut = 0;
  for (const auto& d : o.diagnostics) cut += d.message.find("only the first") != std::string::npos;
  CHECK(cut == 3);
  CHECK(std::any_of(o.diagnostics.begin(), o.diagnostics.end(), [](const Diagnostic& d) { return d.field == "country" && d.message.ends_with("…'"); }));
  // an unterminated huge string: the syntax error message is cut, not 2 MB long
  auto broken = loadExport(R"({"format": "alma-calls/1", "calls": [{"id": ")" + huge, "b.json");
  CHECK(broken.rejected);
  checkMessagesAreSane(broken);
  std::string many;
  for (int i = 0; i < 20000; ++i)
    many += (i ? "," : "") + std::string(R"({"id": "A)") + std::to_string(i) + R"(", "title": "T", "country": "cz"})";
  CHECK(loadExport(calls(many), "many.json").calls.calls.size() == 20000);
}

TEST_CASE("hostile: NUL bytes and control characters") {
  // raw NUL inside the document is not JSON
  auto raw = loadExport(std::string("{\"format\": \"alma-calls/1\",\0 \"calls\": []}", 39), "nul.json");
  CHECK(raw.rejected);
  checkMessagesAreSane(raw);
  // escaped NUL inside a string is valid JSON: kept as data, never in a message unescaped
  auto esc = loadExport(calls(R"({"id": "A\u0000B", "title": "T\u0000", "country": "C\u0000Z", "notes": "\u0001\u001f"})"), "nul.json");
  CHECK_FALSE(esc.rejected);
  CHECK(esc.calls.calls.empty());
  REQUIRE(esc.diagnostics.size() == 1);
  CHECK(esc.diagnostics[0].field == "country");
  checkMessagesAreSane(esc);
  auto kept = loadExport(calls(R"({"id": "A\u0000B", "title": "T", "country": "CZ", "notes": "x\u0000y"})"), "nul.json");
  REQUIRE(kept.calls.calls.size() == 1);
  CHECK(kept.calls.calls[0].id == std::string("A\0B", 3));
  CHECK(kept.calls.calls[0].notes == std::string("x\0y", 3));
  // a lone surrogate escape is invalid JSON text
  CHECK(loadExport(calls(R"({"id": "\ud800", "title": "T", "country": "CZ"})"), "s.json").rejected);
}

TEST_CASE("hostile: extreme numbers") {
  auto inf = loadExport(calls(R"({"id": "A", "title": "T", "country": "CZ", "budget_eur": 1e400})"), "n.json");
  CHECK(inf.rejected);  // nlohmann refuses numbers a double cannot hold
  REQUIRE(inf.diagnostics.size() == 1);
  CHECK(inf.diagnostics[0].message.find("1e400") != std::string::npos);
  CHECK(inf.diagnostics[0].message.find("line 1, column") != std::string::npos);
  auto negZero = loadExport(calls(R"({"id": "A", "title": "T", "country": "CZ", "budget_eur": -0.0, "participants": -0,
                                    "region": {"lat": -0.0, "lon": -0}})"), "n.json");
  REQUIRE(negZero.calls.calls.size() == 1);
  CHECK(negZero.diagnostics.empty());
  CHECK_FALSE(std::signbit(*negZero.calls.calls[0].budget_eur));
  CHECK(negZero.calls.calls[0].participants == 0);
  CHECK(toJson(negZero.calls).find("-0") == std::string::npos);
  auto tiny = loadExport(calls(R"({"id": "A", "title": "T", "country": "CZ", "budget_eur": 1e-400,
                                 "participants": 1e-300})"), "n.json");
  CHECK_FALSE(tiny.rejected);
  auto big = loadExport(calls(R"({"id": "A", "title": "T", "country": "CZ",
                                "participants": 99999999999999999999999999999})"), "n.json");
  CHECK(big.calls.calls.empty());
  CHECK(big.diagnostics.size() == 1);
  auto stay = loadExport(calls(R"({"id": "A", "title": "T", "country": "CZ",
                                 "stay_months": {"min": -9223372036854775808, "max": 18446744073709551615}})"), "n.json");
  CHECK(stay.calls.calls.empty());
  CHECK(stay.diagnostics.size() == 2);
}

TEST_CASE("hostile: odd but valid JSON shapes") {
  for (const char* doc : {"null", "true", "0", "\"x\"", "[]", "{}", R"({"format": null})",
                          R"({"format": "alma-calls/1", "calls": "[]"})",
                          R"({"format": ["alma-calls/1"], "calls": []})"}) {
    auto o = loadExport(doc, "odd.json");
    CHECK_MESSAGE(o.rejected, doc);
    CHECK(o.diagnostics.size() == 1);
  }
  auto mixed = loadExport(calls(R"(null, [], "x", 1, {"id": "A", "title": "T", "country": "CZ"})"), "m.json");
  CHECK(mixed.calls.calls.size() == 1);
  CHECK(mixed.diagnostics.size() == 4);
  // duplicate keys: JSON parsers keep the last one; so do we
  auto dup = loadExport(calls(R"({"id": "A", "title": "first", "title": "second", "country": "CZ"})"), "d.json");
  CHECK(dup.calls.calls.at(0).title == "second");
}

TEST_CASE("hostile: random byte soup never crashes") {
  // A deterministic generator (no <random> distribution differences between libstdc++ versions).
  unsigned state = 12345;
  auto next = [&] { return state = state * 1103515245u + 12345u; };
  static const char kAlphabet[] = "{}[]\":,0123456789.eE+-tfnul \\/\xC3\xA9\xFF" "\x00" "abc";
  const std::string alphabet(kAlphabet, sizeof kAlphabet - 1);  // keeps the NUL byte
  const std::string seed = calls(R"({"id": "A", "title": "T", "country": "CZ", "stay_months": {"min": 1, "max": 2}})");
  for (int round = 0; round < 3000; ++round) {
    std::string doc = seed;
    const int edits = 1 + static_cast<int>(next() % 8);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = next() % doc.size();
      const char c = alphabet[next() % alphabet.size()];
      switch (next() % 3) {
        case 0: doc[at] = c; break;
        case 1: doc.insert(doc.begin() + static_cast<long>(at), c); break;
        default: doc.erase(at, 1); break;
      }
    }
    auto o = loadExport(doc, "fuzz.json");
    CHECK((o.rejected || o.kind == ExportKind::Calls));
    if (o.rejected) CHECK(o.calls.calls.empty());
    checkMessagesAreSane(o);
  }
}
