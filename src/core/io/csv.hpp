#pragma once
// CSV as spreadsheets write it (RFC 4180 plus what LibreOffice and Excel really produce), read and
// written without I/O so that the same code runs in the browser.
//
// Reader decisions:
// - UTF-8 only, with or without BOM. Invalid UTF-8 is an error naming the line: a file saved in a
//   legacy code page (Windows-1252) would otherwise turn "Výzva" into garbage silently.
// - The separator is the most frequent of `,` `;` TAB in the first line, counted outside quotes
//   (ties and none → `,`). Only the header line is looked at: data cells contain commas freely.
// - Records end at CRLF, LF or a lone CR. A final line break does not start an empty record.
// - A quoted field may contain separators, doubled quotes and line breaks (kept as written, CRLF
//   included). A quote inside an unquoted field is kept literally, and text after a closing quote
//   is appended (LibreOffice reads both the same way); only an unterminated quote is an error.
// - Blank lines are returned as a record with one empty field; callers decide what they mean.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace alma {

struct CsvTable {
  char separator = ',';
  std::vector<std::vector<std::string>> rows;  // rows[0] is the header when the file has one
  std::vector<int> rowLines;                   // 1-based line where each row starts
};

struct CsvError {
  int line = 0;  // 1-based
  std::string message;
};

struct CsvParse {
  CsvTable table;
  std::optional<CsvError> error;  // set → table holds the rows read before the problem
};

CsvParse parseCsv(std::string_view bytes);

// Writer. csvField quotes a field when it holds the separator, a quote, CR or LF (quotes doubled).
// It also defuses spreadsheet formula injection (OWASP "CSV injection"): a field starting with
// `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`, so Calc/Excel show it as text instead of
// evaluating it. A plain number ("-12", "-3.5") is left alone: a spreadsheet reads it as a number,
// never as a formula, and prefixing it would turn coordinates into text.
std::string csvField(std::string_view field, char separator = ',');
// Fields joined by the separator, ended by CRLF (RFC 4180).
std::string csvRow(std::span<const std::string> fields, char separator = ',');

}  // namespace alma
