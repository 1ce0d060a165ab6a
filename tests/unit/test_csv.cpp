// CSV reader and writer (src/core/io/csv.hpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/io/csv.hpp"

using alma::csvField;
using alma::csvRow;
using alma::parseCsv;
using Rows = std::vector<std::vector<std::string>>;

TEST_CASE("csv: plain comma file, LF, with and without final line break") {
  for (const char* text : {"a,b\n1,2\n", "a,b\n1,2"}) {
    const auto p = parseCsv(text);
    REQUIRE_FALSE(p.error);
    CHECK(p.table.separator == ',');
    CHECK(p.table.rows == Rows{{"a", "b"}, {"1", "2"}});
    CHECK(p.table.rowLines == std::vector<int>{1, 2});
  }
}

TEST_CASE("csv: BOM, semicolon detected from the header, CRLF") {
  const auto p = parseCsv("\xEF\xBB\xBFid;title;budget\r\nX-1;T, with comma;6300000,50\r\n");
  REQUIRE_FALSE(p.error);
  CHECK(p.table.separator == ';');
  CHECK(p.table.rows == Rows{{"id", "title", "budget"}, {"X-1", "T, with comma", "6300000,50"}});
}

TEST_CASE("csv: separator counted outside quotes only") {
  const auto p = parseCsv("\"a;b;c\",d,e\n");
  CHECK(p.table.separator == ',');
  CHECK(p.table.rows == Rows{{"a;b;c", "d", "e"}});
  CHECK(parseCsv("a\tb\tc\n").table.separator == '\t');
  CHECK(parseCsv("single\n").table.separator == ',');
}

TEST_CASE("csv: quoted fields with doubled quotes and embedded line breaks keep line numbers") {
  const auto p = parseCsv("id,summary\r\n1,\"first line\r\nsecond \"\"quoted\"\"\"\r\n2,x\r\n");
  REQUIRE_FALSE(p.error);
  REQUIRE(p.table.rows.size() == 3);
  CHECK(p.table.rows[1][1] == "first line\r\nsecond \"quoted\"");
  CHECK(p.table.rowLines == std::vector<int>{1, 2, 4});
}

TEST_CASE("csv: empty fields, blank lines, lone CR") {
  const auto p = parseCsv("a,b,c\r,,\r\rx,\"\",z");
  REQUIRE_FALSE(p.error);
  CHECK(p.table.rows == Rows{{"a", "b", "c"}, {"", "", ""}, {""}, {"x", "", "z"}});
  CHECK(p.table.rowLines == std::vector<int>{1, 2, 3, 4});
}

TEST_CASE("csv: lenient about stray quotes like spreadsheets are") {
  const auto p = parseCsv("a,b\n5\" screen,\"ab\"cd\n");
  REQUIRE_FALSE(p.error);
  CHECK(p.table.rows[1] == std::vector<std::string>{"5\" screen", "abcd"});
}

TEST_CASE("csv: unterminated quote is reported with the line it starts on") {
  const auto p = parseCsv("a,b\n1,2\n3,\"never closed\n4,5\n");
  REQUIRE(p.error);
  CHECK(p.error->line == 3);
  CHECK(p.error->message.find("never closed") != std::string::npos);
}

TEST_CASE("csv: invalid UTF-8 (a Windows-1252 file) is reported with its line") {
  const auto p = parseCsv("id,title\n1,V\xFDzva\n");
  REQUIRE(p.error);
  CHECK(p.error->line == 2);
  CHECK(p.error->message.find("UTF-8") != std::string::npos);
  CHECK_FALSE(parseCsv("a\n\xC3\xA9\xF0\x9F\x98\x80\n").error);  // é and an emoji are fine
  CHECK(parseCsv("a\n\xED\xA0\x80\n").error);                    // UTF-16 surrogate
  CHECK(parseCsv("a\n\xC3").error);                              // truncated sequence
}

TEST_CASE("csv writer: quotes only when needed, doubles quotes") {
  CHECK(csvField("plain") == "plain");
  CHECK(csvField("a,b") == "\"a,b\"");
  CHECK(csvField("a;b") == "a;b");
  CHECK(csvField("a;b", ';') == "\"a;b\"");
  CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csvField("two\nlines") == "\"two\nlines\"");
  CHECK(csvField("") == "");
}

TEST_CASE("csv writer: defuses formula injection but leaves plain numbers") {
  CHECK(csvField("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csvField("+1+2") == "'+1+2");
  CHECK(csvField("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0");
  CHECK(csvField("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csvField("\t=1") == "'\t=1");
  CHECK(csvField("\r=1") == "\"'\r=1\"");
  CHECK(csvField("-12") == "-12");
  CHECK(csvField("-3.5") == "-3.5");
  CHECK(csvField("a=b") == "a=b");
}

TEST_CASE("csv writer: rows end with CRLF and read back the same") {
  const std::vector<std::string> fields{"id", "Výzva; \"ALMA\"", "two\r\nlines", ""};
  const std::string row = csvRow(fields, ';');
  CHECK(row.substr(row.size() - 2) == "\r\n");
  const auto p = parseCsv(row);
  REQUIRE_FALSE(p.error);
  CHECK(p.table.rows == Rows{fields});
}
