#pragma once
// A file the user hands the app (file picker, drag and drop, ?calls=URL): a JSON export, or a
// spreadsheet saved as CSV that goes through the same converter as `alma-data from-csv`.
#include <string_view>
#include <vector>

#include "core/io/loader.hpp"

namespace alma {

// JSON is read by loadExport. A name ending in ".csv" (any case) is converted first; the
// converter's diagnostics come first, and every loader diagnostic about a record also names the
// CSV line the record came from, so a facilitator can find the row in the spreadsheet.
// `today` (YYYY-MM-DD) becomes a converted file's `exported` date.
LoadOutcome loadUserFile(std::string_view bytes, std::string_view fileName, std::string_view today);

// Appends " (CSV line N)" to diagnostics about record i (1-based), using the converter's lines.
void annotateCsvLines(std::vector<Diagnostic>& diagnostics, const std::vector<int>& recordLines);

}  // namespace alma
