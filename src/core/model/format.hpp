#pragma once
// How numbers and dates read on screen (shared/docs/ux.md): "3 May 2023", "€6.3 million",
// "12,500". One place, so the map, tables and details panel all say things the same way.
#include <string>

#include "core/model/model.hpp"

namespace alma {

std::string humanDate(const Date&);        // "3 May 2023", "May 2023" or "2023" by precision
// An export's date as people read it ("24 November 2026"): the date people need to judge whether
// what they see is current (top bar, the map picture's caption). As written when it is not a
// date; "unknown date" when absent.
std::string exportDate(const ExportInfo&);
std::string exportDateShort(const ExportInfo&);  // the same where room is short ("24 Nov 2026", "24.11.2026")
// "Calls as of 24 November 2026  ·  Practices as of 1 October 2026" (either "not loaded").
std::string dataAsOf(const ExportInfo* calls, const ExportInfo* practices);
std::string withThousands(long long n);    // 12500 → "12,500" (in the interface language)
std::string euros(double amount);          // 6300000 → "€6.3 million", 850000 → "€850,000"
std::string daysLeftPhrase(int days);      // 0 → "closes today", 1 → "closes tomorrow", 12 → "closes in 12 days", -3 → "closed 3 days ago"

}  // namespace alma
