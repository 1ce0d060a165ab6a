#include "core/model/dates.hpp"

#include <cstdio>

namespace alma {

namespace {
// Reads exactly `n` ASCII digits; -1 when any is not a digit.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}
}  // namespace

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

bool isValid(const Date& d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= daysInMonth(d.year, d.month);
}

std::optional<Date> parseDate(std::string_view s) {
  Date d;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  d.year = digits(s, 0, 4);
  d.precision = DatePrecision::Year;
  if (s.size() >= 7) {
    if (s[4] != '-') return std::nullopt;
    d.month = digits(s, 5, 2);
    d.precision = DatePrecision::Month;
  }
  if (s.size() == 10) {
    if (s[7] != '-') return std::nullopt;
    d.day = digits(s, 8, 2);
    d.precision = DatePrecision::Day;
  }
  if (!isValid(d)) return std::nullopt;  // also catches -1 from a non-digit
  return d;
}

std::string isoDate(const Date& d) {
  char buf[16];
  switch (d.precision) {
    case DatePrecision::Year: std::snprintf(buf, sizeof buf, "%04d", d.year); break;
    case DatePrecision::Month: std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month); break;
    case DatePrecision::Day:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
      break;
  }
  return buf;
}

long long daysFromCivil(int y, int m, int d) {
  // http://howardhinnant.github.io/date_algorithms.html#days_from_civil
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153LL * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date firstDay(const Date& d) {
  Date r = d;
  if (d.precision == DatePrecision::Year) r.month = 1;
  if (d.precision != DatePrecision::Day) r.day = 1;
  r.precision = DatePrecision::Day;
  return r;
}

Date lastDay(const Date& d) {
  Date r = d;
  if (d.precision == DatePrecision::Year) r.month = 12;
  if (d.precision != DatePrecision::Day) r.day = daysInMonth(r.year, r.month);
  r.precision = DatePrecision::Day;
  return r;
}

}  // namespace alma
