#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "core/io/calendar.hpp"

using namespace alma;

namespace {
constexpr std::int64_t kStamp = 1709210096;  // 2024-02-29T12:34:56Z

Call call(std::string id, std::string title, std::optional<Date> closes) {
  Call c;
  c.id = std::move(id);
  c.title = std::move(title);
  c.country = "EL";
  c.closes = closes;
  return c;
}
Date day(int y, int m, int d) { return {y, m, d, DatePrecision::Day}; }

// Physical lines without their CRLF; fails the test if any line ends otherwise.
std::vector<std::string> physicalLines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto end = text.find("\r\n", at);
    REQUIRE(end != std::string::npos);
    out.push_back(text.substr(at, end - at));
    at = end + 2;
  }
  return out;
}
// Content lines, continuations joined again (§3.1 unfolding).
std::vector<std::string> unfolded(const std::string& text) {
  std::vector<std::string> out;
  for (auto& l : physicalLines(text)) {
    if (!l.empty() && l[0] == ' ') out.back() += l.substr(1);
    else out.push_back(l);
  }
  return out;
}
std::string valueOf(const std::vector<std::string>& lines, const std::string& prefix) {
  for (const auto& l : lines)
    if (l.starts_with(prefix)) return l.substr(prefix.size());
  return "(absent)";
}
int count(const std::vector<std::string>& lines, const std::string& line) {
  int n = 0;
  for (const auto& l : lines) n += l == line;
  return n;
}
bool validUtf8Start(const std::string& s) { return s.empty() || (static_cast<unsigned char>(s[0]) & 0xC0) != 0x80; }
}  // namespace

TEST_CASE("calendar: one call gives one VCALENDAR with one all-day VEVENT and a reminder a week before") {
  Call c = call("EL-2024-01", "Αθήνα ALMA", day(2024, 6, 12));
  c.url = "https://example.eu/alma";
  const auto text = deadlineCalendar(c, kStamp);
  REQUIRE(text);
  CHECK(*text ==
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ALMA atlas//Call deadlines//EN\r\n"
        "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"
        "BEGIN:VEVENT\r\nUID:EL-2024-01@alma-atlas\r\nDTSTAMP:20240229T123456Z\r\n"
        "DTSTART;VALUE=DATE:20240612\r\nDTEND;VALUE=DATE:20240613\r\nSUMMARY:Deadline: Αθήνα ALMA\r\n"
        "URL:https://example.eu/alma\r\n"
        "DESCRIPTION:Country: Greece / Ελλάδα\\nOfficial page: https://example.\r\n"
        " eu/alma\\nALMA call EL-2024-01\\, from the ALMA & migrant-integration atlas.\r\n"
        "TRANSP:TRANSPARENT\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D\r\n"
        "DESCRIPTION:Deadline in 7 days: Αθήνα ALMA\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  CHECK_FALSE(deadlineCalendar(call("X", "no deadline", std::nullopt), kStamp));
}

TEST_CASE("calendar: DTEND is the next day across month and year ends and leap days") {
  auto ends = [](Date d) {
    const auto lines = unfolded(*deadlineCalendar(call("A", "t", d), kStamp));
    return valueOf(lines, "DTSTART;VALUE=DATE:") + ".." + valueOf(lines, "DTEND;VALUE=DATE:");
  };
  CHECK(ends(day(2024, 2, 29)) == "20240229..20240301");
  CHECK(ends(day(2024, 2, 28)) == "20240228..20240229");
  CHECK(ends(day(2023, 2, 28)) == "20230228..20230301");
  CHECK(ends(day(2100, 2, 28)) == "21000228..21000301");  // not a leap year
  CHECK(ends(day(2000, 2, 28)) == "20000228..20000229");  // a leap year
  CHECK(ends(day(2025, 12, 31)) == "20251231..20260101");
  CHECK(ends(day(2025, 4, 30)) == "20250430..20250501");
  CHECK(ends(day(9999, 12, 31)) == "99991231..(absent)");  // one day by default (§3.6.1)
  // A partial deadline is its last day, and the description says how it was given.
  const auto lines = unfolded(*deadlineCalendar(call("A", "t", Date{2024, 2, 1, DatePrecision::Month}), kStamp));
  CHECK(valueOf(lines, "DTSTART;VALUE=DATE:") == "20240229");
  CHECK(valueOf(lines, "DESCRIPTION:").find("Deadline given as February 2024\\, shown on its last day.") !=
        std::string::npos);
  CHECK(valueOf(unfolded(*deadlineCalendar(call("A", "t", Date{2025, 1, 1, DatePrecision::Year}), kStamp)),
                "DTEND;VALUE=DATE:") == "20260101");
}

TEST_CASE("calendar: many calls give one VEVENT per call with a deadline, in row order") {
  std::vector<Call> calls{call("A", "first", day(2025, 3, 1)), call("B", "undated", std::nullopt),
                          call("C", "third", day(2025, 1, 1))};
  const Calendar all = deadlinesCalendar(calls, kStamp);
  CHECK(all.events == 2);
  auto lines = unfolded(all.text);
  CHECK(count(lines, "BEGIN:VCALENDAR") == 1);
  CHECK(count(lines, "BEGIN:VEVENT") == 2);
  CHECK(count(lines, "BEGIN:VALARM") == 2);
  CHECK(count(lines, "UID:B@alma-atlas") == 0);

  const std::vector<std::uint32_t> rows{2, 1, 0, 99};  // the view's order; 99 is out of range
  const Calendar view = deadlinesCalendar(calls, rows, kStamp);
  CHECK(view.events == 2);
  CHECK(view.text.find("UID:C@") < view.text.find("UID:A@"));

  const Calendar none = deadlinesCalendar(std::vector<Call>{calls[1]}, kStamp);
  CHECK(none.events == 0);
  CHECK(none.text.empty());  // a VCALENDAR without components would be invalid
}

TEST_CASE("calendar: TEXT escaping of backslash, semicolon, comma and newlines, controls dropped") {
  CHECK(icsText("a\\b;c,d") == "a\\\\b\\;c\\,d");
  CHECK(icsText("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
  CHECK(icsText(std::string("x\x01y\x7Fz\tw\0v", 10)) == "xyz\twv");
  CHECK(icsText("a:b \"q\" ά") == "a:b \"q\" ά");  // nothing else is special in TEXT
  CHECK(icsText("ok\xC3(\xFF") == "ok\xEF\xBF\xBD(\xEF\xBF\xBD");  // invalid UTF-8 → U+FFFD
}

TEST_CASE("calendar: lines fold at 75 octets without splitting a UTF-8 character") {
  const std::string x74(74, 'X');
  CHECK(icsFold(std::string(75, 'X')) == std::string(75, 'X') + "\r\n");
  CHECK(icsFold(std::string(76, 'X')) == std::string(75, 'X') + "\r\n X\r\n");
  CHECK(icsFold(x74 + "ά") == x74 + "\r\n ά\r\n");             // 2-byte character at octets 75-76
  CHECK(icsFold(x74.substr(1) + "€") == x74.substr(1) + "\r\n €\r\n");  // 3 bytes at 74-76
  CHECK(icsFold(x74 + "😀") == x74 + "\r\n 😀\r\n");             // 4 bytes at 75-78
  CHECK(icsFold(std::string(73, 'X') + "ά") == std::string(73, 'X') + "ά\r\n");  // ends at 75: fits

  // A long Greek and Polish title: every physical line at most 75 octets, starting on a
  // character, and unfolding gives the title back.
  std::string title;
  for (int i = 0; i < 6; ++i) title += "Κινητικότητα νέων ΕΚΤ+ Łódź Źdźbło żółć ";
  const auto text = *deadlineCalendar(call("PL-1", title, day(2025, 5, 5)), kStamp);
  const auto physical = physicalLines(text);
  int continuations = 0;
  for (const auto& l : physical) {
    CHECK(l.size() <= 75);
    CHECK(validUtf8Start(l[0] == ' ' ? l.substr(1) : l));
    continuations += !l.empty() && l[0] == ' ';
  }
  CHECK(continuations >= 6);
  CHECK(valueOf(unfolded(text), "SUMMARY:") == "Deadline: " + title);
}

TEST_CASE("calendar: data text never becomes lines or properties") {
  const std::string evil = "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\nUID:evil\rURL:javascript:alert(1);DTSTART:1";
  Call c = call("A;B\r\nUID:x", evil, day(2025, 1, 1));
  c.country = "EL\r\nBEGIN:VALARM";
  const auto text = *deadlineCalendar(c, kStamp);
  const auto lines = unfolded(text);
  CHECK(count(lines, "BEGIN:VEVENT") == 1);
  CHECK(count(lines, "END:VEVENT") == 1);
  CHECK(count(lines, "BEGIN:VALARM") == 1);
  CHECK(valueOf(lines, "UID:") == "A%3BB%0D%0AUID%3Ax@alma-atlas");
  CHECK(valueOf(lines, "URL:") == "(absent)");
  CHECK(valueOf(lines, "SUMMARY:") ==
        "Deadline: x\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:evil\\nURL:javascript:alert(1)\\;DTSTART:1");
  // Every content line is one of ours.
  const std::set<std::string> ours{"BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "UID", "DTSTAMP",
                                   "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "TRANSP", "ACTION", "TRIGGER"};
  for (const auto& l : lines) CHECK_MESSAGE(ours.count(l.substr(0, l.find_first_of(":;"))) == 1, l);
  std::size_t bare = 0;
  for (std::size_t i = 0; i < text.size(); ++i) bare += text[i] == '\n' && (i == 0 || text[i - 1] != '\r');
  CHECK(bare == 0);
}

TEST_CASE("calendar: URL only for safe http(s) links") {
  auto urlOf = [](std::optional<std::string> url) {
    Call c = call("A", "t", day(2025, 1, 1));
    c.url = std::move(url);
    const auto lines = unfolded(*deadlineCalendar(c, kStamp));
    const bool described = valueOf(lines, "DESCRIPTION:").find("Official page") != std::string::npos;
    CHECK(described == (valueOf(lines, "URL:") != "(absent)"));
    return valueOf(lines, "URL:");
  };
  CHECK(urlOf("https://example.eu/a?b=1,2;c") == "https://example.eu/a?b=1,2;c");  // URI: not escaped
  CHECK(urlOf("HTTP://example.eu") == "HTTP://example.eu");
  CHECK(urlOf("mailto:alma@example.eu") == "(absent)");  // safe to open, but no web page
  CHECK(urlOf("javascript:alert(1)") == "(absent)");
  CHECK(urlOf("ftp://example.eu/f") == "(absent)");
  CHECK(urlOf("https://exa mple.eu") == "(absent)");
  CHECK(urlOf("https://example.eu/\r\nBEGIN:VEVENT") == "(absent)");
  CHECK(urlOf(std::nullopt) == "(absent)");
}

TEST_CASE("calendar: UID and DTSTAMP are deterministic") {
  auto lines = [](const Call& c, std::int64_t t) { return unfolded(*deadlineCalendar(c, t)); };
  const Call c = call("EL 2024/1,é", "t", day(2025, 1, 1));
  CHECK(valueOf(lines(c, 0), "UID:") == "EL%202024%2F1%2C%C3%A9@alma-atlas");
  CHECK(*deadlineCalendar(c, kStamp) == *deadlineCalendar(c, kStamp));
  CHECK(valueOf(lines(c, 0), "DTSTAMP:") == "19700101T000000Z");
  CHECK(valueOf(lines(c, 951782400), "DTSTAMP:") == "20000229T000000Z");
  CHECK(valueOf(lines(c, 1735689599), "DTSTAMP:") == "20241231T235959Z");
  CHECK(valueOf(lines(c, 4107542399), "DTSTAMP:") == "21000228T235959Z");
  CHECK(valueOf(lines(c, -5), "DTSTAMP:") == "19700101T000000Z");  // clamped, never malformed
}

TEST_CASE("calendar: download file names") {
  CHECK(deadlineFileName("EU-2022-ALMA-CENTRAL") == "alma-deadline-EU-2022-ALMA-CENTRAL.ics");
  CHECK(deadlineFileName("../etc/passwd") == "alma-deadline-etc-passwd.ics");
  CHECK(deadlineFileName("Łódź 2024/1") == "alma-deadline-d-2024-1.ics");
  CHECK(deadlineFileName("a\r\n\"b\"") == "alma-deadline-a-b.ics");
  CHECK(deadlineFileName("///") == "alma-deadline.ics");
  CHECK(deadlineFileName(std::string(200, 'x')).size() == std::string("alma-deadline-.ics").size() + 60);
  CHECK(std::string(kDeadlinesFileName) == "alma-deadlines.ics");
}
