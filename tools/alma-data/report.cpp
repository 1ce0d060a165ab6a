#include "report.hpp"

#include <set>

namespace alma::cli {
namespace {
std::string counted(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
}  // namespace

Summary summarize(std::string_view name, const LoadOutcome& out, const std::vector<Diagnostic>& extra) {
  Summary s;
  std::size_t warnings = 0, problems = 0;
  std::set<int> leftOut;  // records with an Error (the loader reports one per record; be safe)
  for (const auto* list : {&extra, &out.diagnostics}) {
    for (const auto& d : *list) {
      if (d.severity == Severity::Warning) ++warnings;
      else ++problems;
      if (d.severity == Severity::Error && d.record > 0 && list == &out.diagnostics)
        leftOut.insert(d.record);
    }
  }
  s.line = std::string(name) + ": ";
  if (out.rejected) {
    s.line += "rejected (" + counted(problems, "problem", "problems") + ")";
    s.exit = kRejected;
    return s;
  }
  const bool calls = out.kind == ExportKind::Calls;
  const std::size_t loaded = calls ? out.calls.calls.size() : out.practices.practices.size();
  s.line += std::string(calls ? kCallsFormat : kPracticesFormat) + ", " +
            counted(loaded, "record loaded", "records loaded") + ", " +
            std::to_string(leftOut.size()) + " left out, " + counted(warnings, "warning", "warnings");
  s.exit = leftOut.empty() ? kOk : kLeftOut;
  return s;
}

}  // namespace alma::cli
