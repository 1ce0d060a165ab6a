#include "core/io/csv.hpp"

#include <cstddef>

#include "core/io/loader_input.hpp"  // firstInvalidUtf8

namespace alma {
namespace {

int lineAt(std::string_view s, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
    if (s[i] == '\n') ++line;
    else if (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n')) ++line;
  }
  return line;
}

char detectSeparator(std::string_view s) {
  std::size_t comma = 0, semi = 0, tab = 0;
  bool quoted = false;
  for (char c : s) {
    if (c == '"') quoted = !quoted;  // a doubled quote toggles twice: no effect, as it should
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ',') ++comma;
    else if (!quoted && c == ';') ++semi;
    else if (!quoted && c == '\t') ++tab;
  }
  if (semi > comma && semi >= tab) return ';';
  if (tab > comma && tab > semi) return '\t';
  return ',';
}

bool isPlainNumber(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  const std::size_t digitsFrom = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == digitsFrom) return false;
  if (i < s.size() && s[i] == '.') {
    const std::size_t fracFrom = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == fracFrom) return false;
  }
  return i == s.size();
}

}  // namespace

CsvParse parseCsv(std::string_view bytes) {
  CsvParse out;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (const auto bad = detail::firstInvalidUtf8(bytes); bad != std::string_view::npos) {
    out.error = CsvError{lineAt(bytes, bad),
                         "the file is not UTF-8 (save it as \"CSV UTF-8\" / character set Unicode "
                         "UTF-8)"};
    return out;
  }
  CsvTable& t = out.table;
  t.separator = detectSeparator(bytes);
  const char sep = t.separator;

  std::vector<std::string> row;
  std::string field;
  int line = 1, rowLine = 1, quoteLine = 0;
  bool inQuotes = false, rowStarted = false;
  auto endField = [&] { row.push_back(std::move(field)); field.clear(); };
  auto endRow = [&] {
    endField();
    t.rows.push_back(std::move(row));
    t.rowLines.push_back(rowLine);
    row.clear();
    rowStarted = false;
  };

  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (!rowStarted) { rowStarted = true; rowLine = line; }
    if (inQuotes) {
      if (c == '"') {
        if (i + 1 < bytes.size() && bytes[i + 1] == '"') { field += '"'; ++i; }
        else inQuotes = false;
      } else {
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty()) { inQuotes = true; quoteLine = line; }
    else if (c == sep) endField();
    else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      endRow();
      ++line;
    } else field += c;
  }
  if (inQuotes) {
    out.error = CsvError{quoteLine, "a quoted field starting here is never closed (missing \")"};
    return out;
  }
  if (rowStarted) endRow();  // last record without a final line break
  return out;
}

std::string csvField(std::string_view f, char separator) {
  std::string s;
  if (!f.empty() && (f[0] == '=' || f[0] == '+' || f[0] == '-' || f[0] == '@' || f[0] == '\t' ||
                     f[0] == '\r') &&
      !isPlainNumber(f)) {
    s += '\'';
  }
  s += f;
  if (s.find_first_of(std::string{'"', '\r', '\n', separator}) == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  q += '"';
  return q;
}

std::string csvRow(std::span<const std::string> fields, char separator) {
  std::string s;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) s += separator;
    s += csvField(fields[i], separator);
  }
  s += "\r\n";
  return s;
}

}  // namespace alma
