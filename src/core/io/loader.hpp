#pragma once
// Reads the two export formats (shared/docs/export-format.md) without ever throwing or aborting:
// the web build has no C++ exceptions, and files come from other tools (or from anyone).
//
// Decisions where the contract is silent (tested in tests/unit/test_loader*.cpp):
// - Invalid UTF-8, not JSON, nesting deeper than kMaxJsonDepth, a top level that is not an object,
//   a missing/other "format", or "calls"/"practices" missing or not an array → Fatal, file rejected.
// - Dates: a date that is not a string, or a string that is not a real YYYY-MM-DD / YYYY-MM / YYYY
//   date (2023-02-30, "30/05/2023") is "a value of the wrong type" → Error, record left out. Both
//   optional and required dates are treated alike, so a typo never silently hides a deadline.
// - `null`, or an empty / spaces-only string, for an optional field means absent (spreadsheet
//   converters write empty cells as ""). For a required field both mean "missing" → Error.
// - Required texts (id, title) and codes are trimmed; optional free texts are kept as written.
// - Every problem in a record is reported (so an editor can fix them all in one pass); each Error
//   leaves the record out, Warnings never do.
// - Out of range numbers (budget < 0, participants not a whole number >= 0, stay_months outside
//   1..12 or min > max, lat/lon outside WGS84) → Error, record left out. 3.0 counts as a whole
//   number; -0 reads as 0.
// - List positions in field names are 1-based like record positions: "stages[2]" is the second.
// - `country` must be a known code (countries.hpp) → otherwise Error. A bad entry in destinations /
//   partner_countries (unknown code) → Warning and that entry is dropped; a non-string entry is a
//   wrong type → Error.
// - Vocabulary values outside the vocabulary → Warning, kept as written (trimmed). A `level` that is
//   unknown is kept too; level defaults are applied only when level is absent.
// - Repeated entries in a list (destinations, stages, ...) are kept once, silently.
// - `url` that is not a safe link (links.hpp) → Warning, kept as plain text. `contact` is free text
//   (a name, phone or e-mail) and is not checked; the UI uses contactLink() for it.
// - File-level `exported`/`source` of the wrong type → Warning and ignored; `exported` that is not
//   a date → Warning, kept as written.
// - Duplicate id (compared after trimming): the first record with that id owns it even if it is
//   itself left out; each later one → Error "duplicates the id of record N", left out.
// - Numbers that JSON allows but a double cannot hold (1e400) make nlohmann reject the file:
//   Fatal with line and column, like any other syntax error.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/byte_source.hpp"
#include "core/model/diagnostics.hpp"
#include "core/model/model.hpp"

namespace alma {

inline constexpr int kMaxJsonDepth = 256;  // arrays/objects nested deeper are rejected (stack safety)
// A text field longer than this keeps its first part, with a warning: a 50 MB title would make every
// frame that lays it out take seconds. Far above any real title or summary (the longest bundled
// summary is under 1,000 bytes). docs/data-format.md, "Limits".
inline constexpr std::size_t kMaxTextBytes = 20000;
// Larger exports are refused before they are read (by link, drop or picker), with a message that
// says why; the data on screen stays. Measured (bench/limits.mjs, docs/data-format.md "Limits"):
// 100 MB load with 392 MiB of wasm memory (866 before exports were parsed record by record); 100 MB
// leaves room for the export already on screen.
inline constexpr std::size_t kMaxExportBytes = 100u << 20;
// "calls.json is 400 MB: the atlas opens exports of up to 150 MB …" (the rest of the sentence).
std::string tooLargeMessage(double bytes);

enum class ExportKind { Calls, Practices, Unknown };

struct LoadOutcome {
  ExportKind kind = ExportKind::Unknown;
  bool rejected = false;  // true: file unusable, nothing in calls/practices
  CallsExport calls;      // filled when kind == Calls
  PracticesExport practices;  // filled when kind == Practices
  std::vector<Diagnostic> diagnostics;
};

LoadOutcome loadExport(std::string_view bytes, std::string_view fileName);  // format from "format"
LoadOutcome loadExport(ByteSource& bytes, std::string_view fileName);       // the same, read in windows
LoadOutcome loadCalls(std::string_view bytes, std::string_view fileName);      // rejects others
LoadOutcome loadPractices(std::string_view bytes, std::string_view fileName);  // rejects others

// Writes a valid export back (round-trips through the loader). Absent optionals are omitted;
// ExportInfo::file is not written.
std::string toJson(const CallsExport&);
std::string toJson(const PracticesExport&);

}  // namespace alma
