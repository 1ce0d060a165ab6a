#pragma once
// Export dates: "YYYY-MM-DD", "YYYY-MM" or "YYYY", always real calendar dates (proleptic
// Gregorian, leap years honoured: 2024-02-29 is a date, 2023-02-30 is not).
#include <optional>
#include <string>
#include <string_view>

#include "core/model/model.hpp"

namespace alma {

// Exactly 4-digit year 0001-9999, 2-digit month and day; no spaces, no other separators.
std::optional<Date> parseDate(std::string_view text);
std::string isoDate(const Date&);  // back to the written form, honouring precision ("2024-05")

bool isLeapYear(int year);
int daysInMonth(int year, int month);  // 0 for a month outside 1-12
bool isValid(const Date&);

// Days since 1970-01-01 (Howard Hinnant's days_from_civil); works for any valid date.
long long daysFromCivil(int year, int month, int day);

// The first / last calendar day a (possibly partial) date stands for: "2024-05" → 05-01 / 05-31.
Date firstDay(const Date&);
Date lastDay(const Date&);

}  // namespace alma
