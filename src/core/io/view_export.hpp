#pragma once
// Export of the table's current view (its rows, in view order; no row limit) as a file the browser
// downloads: CSV for spreadsheets, or JSON in the export format so that the view loads again.
//
// CSV decisions:
// - UTF-8 with BOM (Excel otherwise reads accents as Windows-1252), CRLF, RFC 4180 quoting and
//   formula-injection defusing by csv.hpp's writer.
// - Every field of the records, whichever table columns are hidden: the file is a hand-over, not
//   a screenshot.
// - Header names are human ("Target groups", "Budget EUR") and at the same time the contract's
//   field names as csv_import.hpp normalises them, and cells hold the values as the export writes
//   them (codes, vocabulary values, ISO dates, plain numbers): a CSV export can be edited in a
//   spreadsheet and converted back. Human extras the importer ignores: "Country name", and for
//   calls "Status today" (the effective status on the export day; "Status" is the call's own).
// - List fields are joined with "; ".
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/model/model.hpp"

namespace alma {

std::string practicesCsv(std::span<const Practice> records, std::span<const std::uint32_t> rows);
std::string callsCsv(std::span<const Call> records, std::span<const std::uint32_t> rows, Date today);

// The view as an export: the rows' records, in view order, `exported` = today, `source` saying it
// is a view of the original (with `filters`, e.g. QueryEngine::describeFilters(), when not empty).
PracticesExport practicesView(const PracticesExport& original, std::span<const std::uint32_t> rows,
                              Date today, std::string_view filters);
CallsExport callsView(const CallsExport& original, std::span<const std::uint32_t> rows, Date today,
                      std::string_view filters);
// The same, written (loader.hpp's toJson).
std::string practicesViewJson(const PracticesExport& original, std::span<const std::uint32_t> rows,
                              Date today, std::string_view filters);
std::string callsViewJson(const CallsExport& original, std::span<const std::uint32_t> rows, Date today,
                          std::string_view filters);

// "practices-2024-06-30.csv": a download name for `kind` ("practices"/"calls") and extension.
std::string viewFileName(std::string_view kind, Date today, std::string_view extension);

}  // namespace alma
