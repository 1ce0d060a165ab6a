#include "core/io/calendar.hpp"

#include <algorithm>
#include <cstdio>

#include "core/io/loader_input.hpp"  // firstInvalidUtf8
#include "core/model/countries.hpp"
#include "core/model/dates.hpp"
#include "core/model/format.hpp"
#include "core/model/links.hpp"

namespace alma {

namespace {
bool isContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
bool isAsciiAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Only web pages become the event's URL: a mailto: link is safe to open but is no page.
bool isWebLink(std::string_view url) {
  if (!isSafeLink(url)) return false;
  std::string head(url.substr(0, 8));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return head.starts_with("http://") || head.starts_with("https://");
}

std::string dateValue(const Date& d) {  // DATE: YYYYMMDD
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
  return buf;
}

Date nextDay(Date d) {
  if (++d.day > daysInMonth(d.year, d.month)) {
    d.day = 1;
    if (++d.month > 12) d.month = 1, ++d.year;
  }
  return d;
}

// DATE-TIME in UTC (form #2, "Z") from seconds since 1970; civil_from_days by Howard Hinnant.
std::string utcStamp(std::int64_t t) {
  t = std::clamp<std::int64_t>(t, 0, 253402300799);  // 1970-01-01 .. 9999-12-31T23:59:59Z
  const std::int64_t days = t / 86400, secs = t % 86400;
  const std::int64_t z = days + 719468, era = z / 146097, doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02dZ", year, month, day,
                static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
  return buf;
}

// Ids are free text: keep the unreserved URI characters, write every other byte as %XX.
std::string uid(std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : id) {
    const auto c = static_cast<unsigned char>(ch);
    if (isAsciiAlnum(ch) || ch == '-' || ch == '.' || ch == '_' || ch == '~') out += ch;
    else out += {'%', kHex[c >> 4], kHex[c & 15]};
  }
  return out + "@alma-atlas";
}

void appendEvent(std::string& out, const Call& c, const std::string& stamp) {
  const Date day = lastDay(*c.closes);
  const bool webLink = c.url && isWebLink(*c.url);
  std::string about = "Country: " + countryLabel(c.country);
  if (c.closes->precision != DatePrecision::Day)
    about += "\nDeadline given as " + humanDate(*c.closes) + ", shown on its last day.";
  if (webLink) about += "\nOfficial page: " + *c.url;
  about += "\nALMA call " + c.id + ", from the ALMA & migrant-integration atlas.";

  auto line = [&out](std::string_view text) { out += icsFold(text); };
  line("BEGIN:VEVENT");
  line("UID:" + uid(c.id));
  line("DTSTAMP:" + stamp);
  line("DTSTART;VALUE=DATE:" + dateValue(day));
  // 9999-12-31 has no next day in a 4-digit year; without DTEND a DATE event lasts one day (§3.6.1).
  if (day.year < 9999 || day.month < 12 || day.day < 31) line("DTEND;VALUE=DATE:" + dateValue(nextDay(day)));
  line("SUMMARY:" + icsText("Deadline: " + c.title));
  if (webLink) line("URL:" + *c.url);  // a URI value: isSafeLink already excludes controls and spaces
  line("DESCRIPTION:" + icsText(about));
  line("TRANSP:TRANSPARENT");  // a deadline does not make anyone busy that day
  line("BEGIN:VALARM");
  line("ACTION:DISPLAY");
  line("TRIGGER:-P7D");
  line("DESCRIPTION:" + icsText("Deadline in 7 days: " + c.title));
  line("END:VALARM");
  line("END:VEVENT");
}

template <typename ForEach>
Calendar build(std::int64_t stampUtc, ForEach&& forEach) {
  Calendar cal;
  std::string events;
  const std::string stamp = utcStamp(stampUtc);
  forEach([&](const Call& c) {
    if (!c.closes || !isValid(lastDay(*c.closes))) return;
    appendEvent(events, c, stamp);
    ++cal.events;
  });
  if (cal.events == 0) return cal;  // a VCALENDAR needs at least one component (§3.6)
  cal.text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ALMA atlas//Call deadlines//EN\r\n"
             "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n" + events + "END:VCALENDAR\r\n";
  return cal;
}
}  // namespace

std::string icsText(std::string_view v) {
  std::string out;
  out.reserve(v.size() + 8);
  for (bool more = true; more;) {
    const std::size_t bad = detail::firstInvalidUtf8(v);
    more = bad != std::string_view::npos;
    const std::string_view good = v.substr(0, more ? bad : v.size());
    for (std::size_t i = 0; i < good.size(); ++i) {
      const char c = good[i];
      if (c == '\\' || c == ';' || c == ',') out += {'\\', c};
      else if (c == '\n') out += "\\n";
      else if (c == '\r') {
        out += "\\n";
        if (i + 1 < good.size() && good[i + 1] == '\n') ++i;
      } else if (c == '\t' || (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F)) out += c;
      // other ASCII controls are not allowed in TEXT: dropped
    }
    if (more) {
      out += "\xEF\xBF\xBD";
      v.remove_prefix(bad + 1);
    }
  }
  return out;
}

std::string icsFold(std::string_view line) {
  std::string out;
  std::size_t limit = 75;  // octets, CRLF not counted; continuations start with a space
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > limit - 3 && isContinuation(line[cut])) --cut;  // a character is at most 4 bytes
    if (isContinuation(line[cut])) cut = limit;  // not UTF-8 after all: any cut is as good
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

Calendar deadlinesCalendar(std::span<const Call> calls, std::int64_t stampUtc) {
  return build(stampUtc, [&](auto&& add) {
    for (const Call& c : calls) add(c);
  });
}

Calendar deadlinesCalendar(std::span<const Call> records, std::span<const std::uint32_t> rows,
                           std::int64_t stampUtc) {
  return build(stampUtc, [&](auto&& add) {
    for (const std::uint32_t r : rows)
      if (r < records.size()) add(records[r]);
  });
}

std::optional<std::string> deadlineCalendar(const Call& call, std::int64_t stampUtc) {
  Calendar cal = deadlinesCalendar(std::span<const Call>(&call, 1), stampUtc);
  if (cal.events == 0) return std::nullopt;
  return std::move(cal.text);
}

std::string deadlineFileName(std::string_view callId) {
  std::string name;
  for (const char ch : callId) {  // runs of other bytes become one '-'; none at either end
    if (isAsciiAlnum(ch) || ch == '_') name += ch;
    else if (!name.empty() && name.back() != '-') name += '-';
    if (name.size() >= 60) break;
  }
  while (!name.empty() && name.back() == '-') name.pop_back();
  return name.empty() ? "alma-deadline.ics" : "alma-deadline-" + name + ".ics";
}

}  // namespace alma
