#pragma once
// Spreadsheet (CSV) → export JSON. No I/O, so the app can convert a dropped CSV in the browser.
// The result is only *converted*: values are passed on as written (trimmed) and the caller then
// validates the JSON with loadExport(), which reports bad ids, dates, codes and ranges. This file
// reports only what is about the CSV itself (columns, cells that cannot be a number, ...).
//
// Column names are the contract's field names, case-insensitive and trimmed; `.`, `-` and spaces
// count as `_`, so "region.code", "Region Code" and "region_code" are the same column. Nested
// fields: region_code, region_name, region_lat, region_lon, stay_months_min, stay_months_max
// (a single stay_months column may hold "6" or "2-6"). For calls a bare "region" column means
// region_name. Decisions where the brief was silent (docs/data-format.md explains them to users):
// - An empty (or blank) cell means the field is absent. Text cells are trimmed at both ends;
//   line breaks inside a cell are kept, as "\n" (Excel's CRLF is converted).
// - List cells (destinations, partner_countries, stages, themes, target_groups, funds) are split
//   on `;`, `|` and `,` (no value of those vocabularies contains one), each item trimmed, empty
//   items dropped.
// - Numbers: see parseSpreadsheetNumber. A cell that is not a number is an Error here and is
//   passed on as text, so the loader leaves that record out rather than dropping the field.
// - Dates: written as text YYYY-MM-DD / YYYY-MM / YYYY. "D.M.YYYY" (what a European spreadsheet
//   shows for a date cell) is converted, as no country writes month-first with dots; "3/5/2023"
//   is left alone (May or March?) and the loader reports it.
// - Rows whose cells are all empty are skipped. Cells beyond the header's width: Warning if any
//   holds text, ignored. Two columns naming the same field: Warning, the first is used.
// - A missing required column (id, title, country), an empty file, a CSV error or a kind that
//   cannot be told from the columns is Fatal: nothing is converted.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/diagnostics.hpp"
#include "core/io/loader.hpp"

namespace alma {

struct CsvImport {
  ExportKind kind = ExportKind::Unknown;  // as asked, or as detected from the columns
  bool rejected = false;                  // true: nothing converted, `json` is empty
  std::string json;                       // the export, pretty-printed with 2-space indent
  std::vector<int> recordLines;           // CSV line where record i+1 of the export starts
  std::vector<Diagnostic> diagnostics;    // file = fileName, record = record number in the export
};

// kind Unknown = tell from the columns. `exported` is written as the export's date (the caller
// passes today when the user gave none); `source` becomes "converted from <fileName>".
CsvImport csvToExport(std::string_view bytes, std::string_view fileName, ExportKind kind,
                      std::string_view exported);

// How a spreadsheet number cell is read. Grouped: amounts, which may carry thousands separators
// and decimals. Whole: counts (participants, months), where a lone separator before three digits
// can only group thousands. Plain: coordinates, which are never grouped (so "2,352" is 2.352).
enum class NumberStyle { Grouped, Whole, Plain };

struct NumberParse {
  std::optional<std::string> json;  // the number as JSON text ("6300000.5"), when readable
  std::string problem;              // why not, for the user
};

// Rules (the decimal mark is never guessed when both readings are plausible):
// - Surrounding spaces and a leading or trailing "€" / "EUR" are ignored; "−" (U+2212) is a minus.
// - Spaces, no-break spaces (U+00A0, U+202F, U+2009) and apostrophes between digits group
//   thousands: "6 300 000", "6'300'000".
// - "." and "," together: the last one is the decimal mark, the other groups thousands in groups
//   of three ("6.300.000,50" and "6,300,000.50" are both 6300000.5).
// - One kind appearing several times groups thousands ("6.300.000", "6,300,000").
// - A single "." or "," is the decimal mark ("6.3", "6300000,50", "0,125", "1234,567") — except
//   when it follows 1–3 digits (not "0") and is followed by exactly three ("6,300", "6.300"):
//   that is ambiguous (6300 or 6.3?) and an error for amounts, thousands for Whole, decimal
//   for Plain. (Spreadsheets in German or Czech show 1200 as "1.200"; in English 1.2 as "1.200"
//   is unusual but possible, so no reading is safe.)
// - An exponent ("6.3E+06", as spreadsheets write big numbers) is accepted.
NumberParse parseSpreadsheetNumber(std::string_view cell, NumberStyle style);

}  // namespace alma
