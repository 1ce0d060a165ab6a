#include "core/model/dataset.hpp"

#include <algorithm>

namespace alma {

namespace {
void dropDiagnosticsOf(std::vector<Diagnostic>& list, const std::string& file) {
  std::erase_if(list, [&](const Diagnostic& d) { return d.file == file; });
}
}  // namespace

void apply(Dataset& data, LoadOutcome&& outcome) {
  if (outcome.rejected || outcome.kind == ExportKind::Unknown) {
    // Keep what is shown. An earlier rejection of the same file is superseded by this one, but the
    // diagnostics of an export still on screen under that name stay (they describe what is shown).
    const std::string file = outcome.diagnostics.empty() ? std::string() : outcome.diagnostics[0].file;
    std::erase_if(data.diagnostics,
                  [&](const Diagnostic& d) { return d.severity == Severity::Fatal && d.file == file; });
    for (auto& d : outcome.diagnostics) data.diagnostics.push_back(std::move(d));
    return;
  }
  if (outcome.kind == ExportKind::Calls) {
    if (data.calls) dropDiagnosticsOf(data.diagnostics, data.calls->info.file);
    dropDiagnosticsOf(data.diagnostics, outcome.calls.info.file);
    data.calls = std::move(outcome.calls);
  } else {
    if (data.practices) dropDiagnosticsOf(data.diagnostics, data.practices->info.file);
    dropDiagnosticsOf(data.diagnostics, outcome.practices.info.file);
    data.practices = std::move(outcome.practices);
  }
  for (auto& d : outcome.diagnostics) data.diagnostics.push_back(std::move(d));
}

}  // namespace alma
