// parseSpreadsheetNumber (declared in csv_import.hpp): numbers as people type them in spreadsheets
// of any locale, read only where the reading is certain.
#include <cstddef>
#include <string>
#include <vector>

#include "core/io/csv_import.hpp"

namespace alma {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool startsWithI(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i)
    if ((s[i] | 0x20) != (p[i] | 0x20)) return false;
  return true;
}

// Length of a space-like grouping mark at s[0] (space, apostrophe, U+00A0, U+2009, U+202F, U+2019).
std::size_t groupingMarkLength(std::string_view s) {
  if (s.empty()) return 0;
  if (s[0] == ' ' || s[0] == '\'') return 1;
  if (s.substr(0, 2) == "\xC2\xA0") return 2;
  if (s.substr(0, 3) == "\xE2\x80\x89" || s.substr(0, 3) == "\xE2\x80\xAF" ||
      s.substr(0, 3) == "\xE2\x80\x99")
    return 3;
  return 0;
}

std::string_view trimAll(std::string_view s) {
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    else if (s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
    else break;
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
    else break;
  }
  return s;
}

std::string_view stripCurrency(std::string_view s) {
  s = trimAll(s);
  if (s.substr(0, 3) == "\xE2\x82\xAC") s.remove_prefix(3);  // €
  else if (startsWithI(s, "EUR")) s.remove_prefix(3);
  if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x82\xAC") s.remove_suffix(3);
  else if (s.size() >= 3 && startsWithI(s.substr(s.size() - 3), "EUR")) s.remove_suffix(3);
  return trimAll(s);
}

// Worded like the loader's messages: "field 'budget_eur' must be a number, got 'abc'".
NumberParse fail(std::string_view cell, std::string_view why = {}) {
  NumberParse p;
  p.problem = "must be a number, got '" + std::string(cell) + "'";
  if (!why.empty()) p.problem += " (" + std::string(why) + ")";
  return p;
}

}  // namespace

NumberParse parseSpreadsheetNumber(std::string_view cell, NumberStyle style) {
  const std::string_view original = trimAll(cell);
  std::string_view s = stripCurrency(cell);
  std::string sign;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) { sign = s[0] == '-' ? "-" : ""; s.remove_prefix(1); }
  else if (s.substr(0, 3) == "\xE2\x88\x92") { sign = "-"; s.remove_prefix(3); }  // U+2212 minus

  // Exponent tail: [eE][+-]?digits, only after a digit.
  std::string exponent;
  if (const auto e = s.find_first_of("eE"); e != std::string_view::npos) {
    std::string_view tail = s.substr(e + 1);
    std::string expSign;
    if (!tail.empty() && (tail[0] == '+' || tail[0] == '-')) {
      if (tail[0] == '-') expSign = "-";
      tail.remove_prefix(1);
    }
    if (tail.empty() || e == 0 || !isDigit(s[e - 1])) return fail(original);
    for (char c : tail)
      if (!isDigit(c)) return fail(original);
    exponent = "e" + expSign + std::string(tail);
    s = s.substr(0, e);
  }

  // Split into digit groups and the single-character marks between them ('S' = space-like).
  std::vector<std::string> groups(1);
  std::string marks;
  for (std::size_t i = 0; i < s.size();) {
    if (isDigit(s[i])) { groups.back() += s[i++]; continue; }
    std::size_t len = groupingMarkLength(s.substr(i));
    char mark = len ? 'S' : (s[i] == '.' || s[i] == ',') ? s[i] : 0;
    if (!mark) return fail(original);
    if (groups.back().empty()) return fail(original);  // two marks in a row
    marks += mark;
    groups.emplace_back();
    i += len ? len : 1;
  }
  if (groups.front().empty() || groups.back().empty()) return fail(original);

  // Which mark (if any) is the decimal one: position in `marks`, or npos.
  std::size_t decimal = std::string::npos;
  const auto count = [&](char c) {
    std::size_t n = 0;
    for (char m : marks) n += m == c;
    return n;
  };
  const std::size_t dots = count('.'), commas = count(','), spaces = count('S');
  if (!marks.empty()) {
    const char last = marks.back();
    if (dots && commas) {
      if (count(last) != 1) return fail(original, "mixed separators");
      decimal = marks.size() - 1;
    } else if (dots + commas == 1) {
      if (spaces && last == 'S') return fail(original, "mixed separators");
      const std::size_t at = marks.find_first_of(".,");
      const bool looksGrouped = !spaces && groups[at + 1].size() == 3 && groups[0].size() <= 3 &&
                                groups[0] != "0";
      if (looksGrouped && style == NumberStyle::Grouped) {
        std::string frac = groups[1];
        while (!frac.empty() && frac.back() == '0') frac.pop_back();
        NumberParse p;
        p.problem = "is ambiguous, got '" + std::string(original) + "': the " +
                    (marks[at] == ',' ? "comma" : "point") +
                    " may separate thousands or decimals; write " + sign + groups[0] + groups[1] +
                    " or " + sign + groups[0] + (frac.empty() ? "" : "." + frac);
        return p;
      }
      // Whole: "1.200" participants can only mean 1200. Plain: coordinates never group.
      if (!(looksGrouped && style == NumberStyle::Whole)) decimal = at;
    }
    // Otherwise every mark groups thousands (several "." or several "," or spaces).
  }

  std::string intDigits, fracDigits;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (decimal != std::string::npos && g == decimal + 1) { fracDigits = groups[g]; continue; }
    if (g > 0) {  // a grouping mark precedes this group
      const char m = marks[g - 1];
      if (style == NumberStyle::Plain)
        return fail(original, "coordinates take no thousands separators");
      const bool sameKind = m == marks[0];
      if (!sameKind || groups[g].size() != 3 || groups[0].size() > 3)
        return fail(original, "thousands must be grouped by three");
    }
    intDigits += groups[g];
  }
  if (decimal != std::string::npos && decimal + 2 != groups.size())
    return fail(original);  // a decimal mark followed by more marks
  std::size_t nz = intDigits.find_first_not_of('0');
  intDigits = nz == std::string::npos ? "0" : intDigits.substr(nz);  // JSON forbids leading zeros

  // "2.500.000,00" → 2500000: a number, not the way it was shown; keeps integers integers in JSON.
  while (!fracDigits.empty() && fracDigits.back() == '0') fracDigits.pop_back();

  NumberParse p;
  p.json = sign + intDigits + (fracDigits.empty() ? "" : "." + fracDigits) + exponent;
  return p;
}

}  // namespace alma
