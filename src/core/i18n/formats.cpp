#include "core/i18n/formats.hpp"

#include <cmath>
#include <cstdio>

#include "core/model/countries.hpp"

namespace alma::i18n {

namespace {
constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

// One decimal, without a trailing ".0": 6.3, 12, 1.5.
std::string oneDecimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}
}  // namespace

void PlainFormats::setLocale(std::string_view language, std::string_view) { language_ = language; }

std::string PlainFormats::number(long long n) {
  const bool negative = n < 0;
  unsigned long long u = negative ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
  std::string digits = std::to_string(u);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return negative ? "-" + out : out;
}

std::string PlainFormats::money(double amount) {
  if (!std::isfinite(amount)) return "€?";
  if (amount >= 1e9) return "€" + oneDecimal(amount / 1e9) + " billion";
  if (amount >= 1e6) return "€" + oneDecimal(amount / 1e6) + " million";
  return "€" + number(std::llround(amount));
}

std::string PlainFormats::date(const Date& d) {
  std::string year = std::to_string(d.year);
  if (d.precision == DatePrecision::Year || d.month < 1 || d.month > 12) return year;
  std::string month = kMonths[d.month - 1];
  if (d.precision == DatePrecision::Month) return month + " " + year;
  return std::to_string(d.day) + " " + month + " " + year;
}

std::string PlainFormats::shortDate(const Date& d) {
  if (d.precision != DatePrecision::Day || d.month < 1 || d.month > 12) return date(d);
  return std::to_string(d.day) + " " + std::string(kMonths[d.month - 1]).substr(0, 3) + " " + std::to_string(d.year);
}

std::string PlainFormats::relativeDays(int days) {
  if (days == 0) return "today";
  if (days == 1) return "tomorrow";
  if (days == -1) return "yesterday";
  if (days > 1) return "in " + number(days) + " days";
  return number(-static_cast<long long>(days)) + " days ago";
}

Plural PlainFormats::plural(long long n) { return pluralOf(language_, n); }

std::string PlainFormats::countryName(std::string_view euCode) {
  if (language_ != "en" || !isKnownCountry(euCode)) return "";
  return std::string(countryNameEnglish(euCode));
}

}  // namespace alma::i18n
