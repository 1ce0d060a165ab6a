#include "core/model/diagnostics.hpp"

namespace alma {

const char* severityName(Severity s) {
  switch (s) {
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    case Severity::Fatal: return "fatal";
  }
  return "error";
}

std::string describe(const Diagnostic& d) {
  std::string out = d.file;
  out += ": ";
  if (d.record > 0) {
    out += "record " + std::to_string(d.record);
    if (!d.id.empty()) out += " (id " + d.id + ")";
    out += ": ";
  }
  if (!d.field.empty()) out += "field '" + d.field + "' ";
  out += d.message;
  return out;
}

std::size_t countAtLeast(const std::vector<Diagnostic>& list, Severity min) {
  std::size_t n = 0;
  for (const auto& d : list)
    if (static_cast<int>(d.severity) >= static_cast<int>(min)) ++n;
  return n;
}

}  // namespace alma
