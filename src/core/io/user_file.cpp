#include "core/io/user_file.hpp"

#include <cctype>
#include <string>

#include "core/io/csv_import.hpp"

namespace alma {

namespace {
bool endsWithCsv(std::string_view name) {
  if (name.size() < 4) return false;
  std::string ext(name.substr(name.size() - 4));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".csv";
}
}  // namespace

void annotateCsvLines(std::vector<Diagnostic>& diagnostics, const std::vector<int>& recordLines) {
  for (Diagnostic& d : diagnostics)
    if (d.record > 0 && d.record <= static_cast<int>(recordLines.size()))
      d.message += " (CSV line " + std::to_string(recordLines[static_cast<std::size_t>(d.record - 1)]) + ")";
}

LoadOutcome loadUserFile(std::string_view bytes, std::string_view fileName, std::string_view today) {
  if (!endsWithCsv(fileName)) return loadExport(bytes, fileName);
  CsvImport converted = csvToExport(bytes, fileName, ExportKind::Unknown, today);
  if (converted.rejected) {
    LoadOutcome out;
    out.rejected = true;
    out.diagnostics = std::move(converted.diagnostics);
    return out;
  }
  LoadOutcome out = loadExport(converted.json, fileName);
  annotateCsvLines(out.diagnostics, converted.recordLines);
  out.diagnostics.insert(out.diagnostics.begin(), converted.diagnostics.begin(), converted.diagnostics.end());
  return out;
}

}  // namespace alma
