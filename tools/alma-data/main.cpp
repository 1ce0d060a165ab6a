// alma-data: checks exports, converts spreadsheets and writes calls' deadlines as a calendar, with
// the same core code as the app, so a producer sees exactly the diagnostics the app would show
// before publishing a file.
#include <cerrno>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/calendar.hpp"
#include "core/io/csv_import.hpp"
#include "core/model/dates.hpp"
#include "core/io/loader.hpp"
#include "core/io/user_file.hpp"
#include "report.hpp"

namespace {
using namespace alma;
using namespace alma::cli;

constexpr const char* kHelp = R"(alma-data: check and convert exports of the ALMA & migrant-integration atlas

Usage:
  alma-data check FILE...
      Loads each export (alma-calls/1 or mi-practices/1) exactly as the app does and prints
      every problem, then one summary line per file:
        calls.json: alma-calls/1, 23 records loaded, 1 left out, 2 warnings
  alma-data from-csv [--kind calls|practices] [--exported YYYY-MM-DD] [-o OUT] FILE.csv
      Converts a spreadsheet saved as CSV (UTF-8; separator , or ; found from the header line)
      into an export. Column names are the export's field names (region_code, region_lat,
      stay_months_min, ...). The kind is told from the columns unless --kind is given;
      --exported defaults to today. The result is checked like `check` does; problems go to
      stderr (with the CSV line of each record), the JSON to OUT or stdout. Nothing is written
      when the file is rejected.
  alma-data ics [--stamp SECONDS] [-o OUT] FILE.json
      Writes the deadlines of a calls export as an iCalendar file (RFC 5545) for calendar apps:
      one all-day event on each call's closing day, with a reminder a week before; calls
      without a deadline are left out. To OUT or stdout; problems and how many calls it holds
      go to stderr. --stamp sets the events' DTSTAMP (seconds since 1970, UTC; default now),
      for files that must come out the same byte for byte.
  alma-data --help

Exit status (the highest over all files):
  0  every record was used (warnings allowed)
  1  some record was left out
  2  some file was rejected or could not be read
  3  bad command line

The file format is described in docs/data-format.md.
)";

int usage(const std::string& message) {
  std::cerr << "alma-data: " << message << "\nTry 'alma-data --help'.\n";
  return kUsage;
}

std::optional<std::string> readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(ss).str();
}

std::string baseName(std::string_view path) {
  const auto slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
  return buf;
}

int check(const std::vector<std::string>& files) {
  int worst = kOk;
  for (const auto& path : files) {
    const auto bytes = readFile(path);
    if (!bytes) {
      std::cout << path << ": cannot read: " << std::strerror(errno) << "\n";
      worst = std::max<int>(worst, kRejected);
      continue;
    }
    if (bytes->size() > kMaxExportBytes) {  // the atlas would refuse it unread (docs/data-format.md, "Limits")
      std::cout << path << ": " << tooLargeMessage(static_cast<double>(bytes->size())) << "\n";
      worst = std::max<int>(worst, kRejected);
      continue;
    }
    const auto out = loadExport(*bytes, path);
    for (const auto& d : out.diagnostics) std::cout << describe(d) << "\n";
    const auto s = summarize(path, out);
    std::cout << s.line << "\n";
    worst = std::max(worst, s.exit);
  }
  return worst;
}

struct CsvOptions {
  ExportKind kind = ExportKind::Unknown;
  std::string exported, output, input;
};

int fromCsv(const CsvOptions& o) {
  const auto bytes = readFile(o.input);
  if (!bytes) {
    std::cerr << o.input << ": cannot read: " << std::strerror(errno) << "\n";
    return kRejected;
  }
  const std::string csvName = baseName(o.input);
  const auto im = csvToExport(*bytes, csvName, o.kind, o.exported.empty() ? today() : o.exported);
  for (const auto& d : im.diagnostics) std::cerr << describe(d) << "\n";
  if (im.rejected) {
    std::cerr << csvName << ": rejected, nothing written\n";
    return kRejected;
  }
  // The loader names the JSON file; each record's CSV line is added so the row can be found.
  std::string jsonName = o.output.empty() ? csvName : baseName(o.output);
  if (o.output.empty()) {
    const auto dot = jsonName.find_last_of('.');
    jsonName = jsonName.substr(0, dot) + ".json";
  }
  auto out = loadExport(im.json, jsonName);
  annotateCsvLines(out.diagnostics, im.recordLines);
  for (const auto& d : out.diagnostics) std::cerr << describe(d) << "\n";
  const auto s = summarize(csvName + " -> " + jsonName, out, im.diagnostics);
  std::cerr << s.line << "\n";
  if (out.rejected) return kRejected;  // cannot happen for converter output, but never write it

  if (o.output.empty()) {
    std::cout << im.json << std::flush;
    return std::cout ? s.exit : kRejected;
  }
  std::ofstream f(o.output, std::ios::binary);
  f << im.json;
  f.close();
  if (!f) {
    std::cerr << o.output << ": cannot write: " << std::strerror(errno) << "\n";
    return kRejected;
  }
  return s.exit;
}

int fromCsvArgs(const std::vector<std::string>& args) {
  CsvOptions o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool hasValue = i + 1 < args.size();
    if (a == "--kind" && hasValue) {
      const std::string& k = args[++i];
      if (k == "calls") o.kind = ExportKind::Calls;
      else if (k == "practices") o.kind = ExportKind::Practices;
      else return usage("--kind must be 'calls' or 'practices', got '" + k + "'");
    } else if (a == "--exported" && hasValue) {
      o.exported = args[++i];
      const auto d = parseDate(o.exported);
      if (!d || d->precision != DatePrecision::Day)
        return usage("--exported must be a date YYYY-MM-DD, got '" + o.exported + "'");
    } else if ((a == "-o" || a == "--output") && hasValue) {
      o.output = args[++i];
    } else if (a.size() > 1 && a[0] == '-') {
      return usage("unknown or incomplete option '" + a + "'");
    } else if (o.input.empty()) {
      o.input = a;
    } else {
      return usage("from-csv converts one file at a time");
    }
  }
  if (o.input.empty()) return usage("from-csv needs a CSV file");
  return fromCsv(o);
}

int ics(const std::vector<std::string>& args) {
  std::string input, output;
  std::int64_t stamp = std::time(nullptr);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool hasValue = i + 1 < args.size();
    if (a == "--stamp" && hasValue) {
      const std::string& v = args[++i];
      char* end = nullptr;
      errno = 0;
      stamp = std::strtoll(v.c_str(), &end, 10);
      if (v.empty() || *end != '\0' || errno != 0 || stamp < 0)
        return usage("--stamp must be seconds since 1970, got '" + v + "'");
    } else if ((a == "-o" || a == "--output") && hasValue) {
      output = args[++i];
    } else if (a.size() > 1 && a[0] == '-') {
      return usage("unknown or incomplete option '" + a + "'");
    } else if (input.empty()) {
      input = a;
    } else {
      return usage("ics reads one export at a time");
    }
  }
  if (input.empty()) return usage("ics needs a calls export");
  const auto bytes = readFile(input);
  if (!bytes) {
    std::cerr << input << ": cannot read: " << std::strerror(errno) << "\n";
    return kRejected;
  }
  const auto out = loadCalls(*bytes, input);  // the atlas's own loader: same records as on screen
  for (const auto& d : out.diagnostics) std::cerr << describe(d) << "\n";
  const auto s = summarize(input, out);
  if (out.rejected) {
    std::cerr << s.line << "\n";
    return kRejected;
  }
  const Calendar cal = deadlinesCalendar(out.calls.calls, stamp);
  std::cerr << input << ": " << cal.events << " of " << out.calls.calls.size()
            << " calls have a deadline" << (cal.events ? "" : ": nothing written") << "\n";
  if (cal.events == 0) return s.exit;
  if (output.empty()) {
    std::cout << cal.text << std::flush;
    return std::cout ? s.exit : kRejected;
  }
  std::ofstream f(output, std::ios::binary);
  f << cal.text;
  f.close();
  if (!f) {
    std::cerr << output << ": cannot write: " << std::strerror(errno) << "\n";
    return kRejected;
  }
  return s.exit;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage("no command given");
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kHelp;
    return kOk;
  }
  if (command == "check") {
    if (args.empty()) return usage("check needs at least one file");
    return check(args);
  }
  if (command == "from-csv") return fromCsvArgs(args);
  if (command == "ics") return ics(args);
  return usage("unknown command '" + command + "'");
}
