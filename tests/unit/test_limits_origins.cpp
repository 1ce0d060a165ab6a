// Limits that fail politely (over-long texts) and which sites a link may load exports from.
#include <doctest/doctest.h>

#include "core/io/loader.hpp"
#include "core/io/origins.hpp"

using namespace alma;

TEST_CASE("limits: a 50 MB title keeps its first 20,000 bytes, whole characters, with a warning") {
  std::string title(50u << 20, 'a');
  title.replace(kMaxTextBytes - 1, 2, "ł");  // a two-byte character across the limit
  const std::string json = R"({"format": "mi-practices/1", "practices": [{"id": "PT-1", "country": "PT", "title": ")" + title + R"("}]})";
  const LoadOutcome out = loadExport(json, "big.json");
  REQUIRE_FALSE(out.rejected);
  REQUIRE(out.practices.practices.size() == 1);
  CHECK(out.practices.practices[0].title.size() == kMaxTextBytes - 1);  // stops before the cut character
  REQUIRE(out.diagnostics.size() == 1);
  CHECK(out.diagnostics[0].severity == Severity::Warning);
  CHECK(out.diagnostics[0].field == "title");
  CHECK(out.diagnostics[0].message.find("52428800 bytes long") != std::string::npos);
}

TEST_CASE("origins: only the page's own unless atlas-config.json lists more, file and data never") {
  std::vector<Diagnostic> problems;
  const OriginPolicy none = parseOriginPolicy(R"({"exportsFrom": []})", "atlas-config.json", problems);
  CHECK(problems.empty());
  CHECK(allowsOrigin(none, "https://atlas.europa.eu", "https://atlas.europa.eu"));
  CHECK_FALSE(allowsOrigin(none, "https://atlas.europa.eu", "https://evil.example"));
  CHECK_FALSE(allowsOrigin(none, "null", "null"));
  const OriginPolicy some = parseOriginPolicy(R"({"exportsFrom": ["https://data.example.org", "https://x.org/path", 3]})",
                                              "atlas-config.json", problems);
  CHECK(some.exportsFrom == std::vector<std::string>{"https://data.example.org"});
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].field == "exportsFrom[1]");
  CHECK(problems[1].field == "exportsFrom[2]");
  CHECK(allowsOrigin(some, "https://atlas.europa.eu", "https://data.example.org"));
  CHECK_FALSE(allowsOrigin(some, "https://atlas.europa.eu", "http://data.example.org"));
  problems.clear();
  const OriginPolicy broken = parseOriginPolicy("{not json", "atlas-config.json", problems);
  CHECK(broken.exportsFrom.empty());
  CHECK(problems.size() == 1);
  CHECK(originHost("https://data.example.org") == "data.example.org");
  CHECK(originHost("http://127.0.0.1:8080") == "127.0.0.1:8080");
}

TEST_CASE("share link: the page's address where hosted, from a file, the hosted address with the view, or none") {
  std::vector<Diagnostic> problems;
  const OriginPolicy hosted = parseOriginPolicy(R"({"hostedAt": "https://example.org/atlas/#old"})", "atlas-config.json", problems);
  CHECK(problems.empty());
  CHECK(hosted.hostedAt == "https://example.org/atlas/");
  CHECK(shareLink("https://example.org/atlas/?x=1#v=calls", hosted.hostedAt, "#v=calls") == "https://example.org/atlas/?x=1#v=calls");
  CHECK(shareLink("file:///media/usb/atlas-offline.html#v=calls", hosted.hostedAt, "#v=calls") ==
        "https://example.org/atlas/#v=calls");
  CHECK(shareLink("file:///media/usb/atlas-offline.html", "", "#v=calls").empty());
  const OriginPolicy bad = parseOriginPolicy(R"j({"hostedAt": "javascript:alert(1)"})j", "atlas-config.json", problems);
  CHECK(bad.hostedAt.empty());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].field == "hostedAt");
}
