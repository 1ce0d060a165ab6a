#pragma once
// One structured list of problems found while reading an export. Messages are written for the
// person who edits the data (not for a programmer): they name the file, the record's position and
// id, the field and what was expected versus what was found.
#include <string>
#include <vector>

namespace alma {

enum class Severity {
  Warning,  // the value was kept (or a bad list entry dropped); the record is used
  Error,    // the record was left out; the rest of the file is used
  Fatal     // the whole file was rejected
};

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;     // file name as given to the loader
  int record = 0;       // 1-based position in the records array; 0 = about the file itself
  std::string id;       // record id when known
  std::string field;    // e.g. "closes", "region.lat", "stages[2]"; empty for file level
  std::string message;  // what was expected and what was found
};

// "calls.json: record 12 (id CZ-2023-01): field 'closes' must be a date YYYY-MM-DD, got '2023-02-30'"
std::string describe(const Diagnostic&);
const char* severityName(Severity);  // "warning" / "error" / "fatal"

// How many diagnostics have at least the given severity (e.g. Error counts Error and Fatal).
std::size_t countAtLeast(const std::vector<Diagnostic>&, Severity);

}  // namespace alma
