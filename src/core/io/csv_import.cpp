#include "core/io/csv_import.hpp"

#include <array>
#include <cstddef>
#include <cstdio>
#include <span>

#include <nlohmann/json.hpp>

#include "core/io/csv.hpp"

namespace alma {
namespace {

using Json = nlohmann::ordered_json;  // keeps the contract's field order in the output

enum class Cell { Text, Date, Amount, Count, Coordinate, List, StayRange };

struct FieldDef {
  std::string_view column;  // normalised column name
  std::string_view key;     // JSON field
  std::string_view sub;     // nested key (region.code, stay_months.min) or empty
  Cell type;
};

// In the contract's order: the output lists fields in this order whatever the column order.
constexpr std::array<FieldDef, 26> kCallFields{{
    {"id", "id", "", Cell::Text},
    {"title", "title", "", Cell::Text},
    {"title_original", "title_original", "", Cell::Text},
    {"country", "country", "", Cell::Text},
    {"level", "level", "", Cell::Text},
    {"region_code", "region", "code", Cell::Text},
    {"region_name", "region", "name", Cell::Text},
    {"region", "region", "name", Cell::Text},  // a bare "region" column: the region's name
    {"region_lat", "region", "lat", Cell::Coordinate},
    {"region_lon", "region", "lon", Cell::Coordinate},
    {"programme", "programme", "", Cell::Text},
    {"authority", "authority", "", Cell::Text},
    {"status", "status", "", Cell::Text},
    {"opens", "opens", "", Cell::Date},
    {"closes", "closes", "", Cell::Date},
    {"budget_eur", "budget_eur", "", Cell::Amount},
    {"participants", "participants", "", Cell::Count},
    {"stay_months", "stay_months", "", Cell::StayRange},
    {"stay_months_min", "stay_months", "min", Cell::Count},
    {"stay_months_max", "stay_months", "max", Cell::Count},
    {"destinations", "destinations", "", Cell::List},
    {"funding_model", "funding_model", "", Cell::Text},
    {"target_group", "target_group", "", Cell::Text},
    {"url", "url", "", Cell::Text},
    {"contact", "contact", "", Cell::Text},
    {"updated", "updated", "", Cell::Date},
}};
// notes is last in the contract; kept apart so the array above stays a readable size.
constexpr FieldDef kCallNotes{"notes", "notes", "", Cell::Text};

constexpr std::array<FieldDef, 16> kPracticeFields{{
    {"id", "id", "", Cell::Text},
    {"title", "title", "", Cell::Text},
    {"country", "country", "", Cell::Text},
    {"partner_countries", "partner_countries", "", Cell::List},
    {"region", "region", "", Cell::Text},
    {"organisation", "organisation", "", Cell::Text},
    {"stages", "stages", "", Cell::List},
    {"themes", "themes", "", Cell::List},
    {"target_groups", "target_groups", "", Cell::List},
    {"funds", "funds", "", Cell::List},
    {"start", "start", "", Cell::Date},
    {"end", "end", "", Cell::Date},
    {"summary", "summary", "", Cell::Text},
    {"url", "url", "", Cell::Text},
    {"contact", "contact", "", Cell::Text},
    {"updated", "updated", "", Cell::Date},
}};

std::vector<FieldDef> fieldsOf(ExportKind kind) {
  if (kind == ExportKind::Calls) {
    std::vector<FieldDef> v(kCallFields.begin(), kCallFields.end());
    v.push_back(kCallNotes);
    return v;
  }
  return {kPracticeFields.begin(), kPracticeFields.end()};
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

std::string normalizeColumn(std::string_view raw) {
  std::string out;
  for (char c : trim(raw)) {
    if (c == '.' || c == '-' || c == ' ') c = '_';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_' && (out.empty() || out.back() == '_')) continue;  // "region . code" → region_code
    out += c;
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

const FieldDef* findField(const std::vector<FieldDef>& defs, std::string_view column) {
  for (const auto& d : defs)
    if (d.column == column) return &d;
  return nullptr;
}

// Columns only one format has; "region" and the shared fields decide nothing.
ExportKind detectKind(const std::vector<std::string>& columns) {
  const auto calls = fieldsOf(ExportKind::Calls), practices = fieldsOf(ExportKind::Practices);
  int c = 0, p = 0;
  for (const auto& col : columns) {
    const bool inC = findField(calls, col) != nullptr, inP = findField(practices, col) != nullptr;
    c += inC && !inP;
    p += inP && !inC;
  }
  if (c > p) return ExportKind::Calls;
  if (p > c) return ExportKind::Practices;
  return ExportKind::Unknown;
}

// "D.M.YYYY" → "YYYY-MM-DD"; anything else unchanged (the loader judges it).
std::string convertDate(std::string_view s) {
  int part[3] = {0, 0, 0}, digits[3] = {0, 0, 0}, k = 0;
  for (char c : s) {
    if (c == '.' && k < 2) { ++k; continue; }
    if (c < '0' || c > '9') return std::string(s);
    if (++digits[k] > 4) return std::string(s);  // no date part is longer (and an int would overflow)
    part[k] = part[k] * 10 + (c - '0');
  }
  if (k != 2 || digits[0] < 1 || digits[0] > 2 || digits[1] < 1 || digits[1] > 2 || digits[2] != 4)
    return std::string(s);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", part[2], part[1], part[0]);
  return buf;
}

// Excel writes CRLF inside cells; the app and JSON readers expect plain "\n".
std::string unixLineBreaks(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r') out += s[i];
    else if (i + 1 >= s.size() || s[i + 1] != '\n') out += '\n';
  }
  return out;
}

std::vector<std::string> splitList(std::string_view s) {
  std::vector<std::string> items;
  std::size_t from = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ';' || s[i] == '|' || s[i] == ',') {
      const auto item = trim(s.substr(from, i - from));
      if (!item.empty()) items.emplace_back(item);
      from = i + 1;
    }
  }
  return items;
}

struct RowContext {
  std::string_view file;
  int record, line;
  std::string id;
  std::vector<Diagnostic>* diagnostics;
  void report(Severity sev, std::string_view column, std::string message) const {
    diagnostics->push_back(Diagnostic{sev, std::string(file), record, id, std::string(column),
                                      std::move(message) + " (CSV line " + std::to_string(line) + ")"});
  }
};

// A number cell as a JSON value; on failure an Error and the text itself (the loader then leaves
// the record out with a type error instead of the field silently disappearing).
Json numberValue(std::string_view cell, NumberStyle style, std::string_view column,
                 const RowContext& ctx) {
  const auto n = parseSpreadsheetNumber(cell, style);
  if (n.json) {
    Json v = Json::parse(*n.json, nullptr, false);
    if (!v.is_discarded()) return v;
    ctx.report(Severity::Error, column, "'" + std::string(cell) + "' is out of range");
  } else {
    ctx.report(Severity::Error, column, n.problem);
  }
  return Json(std::string(cell));
}

// "6" → min = max = 6; "2-6" or "2–6" → min 2, max 6.
void stayRange(Json& rec, std::string_view cell, std::string_view column, const RowContext& ctx) {
  std::size_t dash = cell.find('-'), len = 1;
  if (dash == std::string_view::npos) { dash = cell.find("\xE2\x80\x93"); len = 3; }  // en dash
  const auto a = trim(dash == std::string_view::npos ? cell : cell.substr(0, dash));
  const auto b = dash == std::string_view::npos ? a : trim(cell.substr(dash + len));
  rec["stay_months"]["min"] = numberValue(a, NumberStyle::Whole, column, ctx);
  rec["stay_months"]["max"] = numberValue(b, NumberStyle::Whole, column, ctx);
}

void setCell(Json& rec, const FieldDef& f, std::string_view cell, std::string_view column,
             const RowContext& ctx) {
  Json value;
  switch (f.type) {
    case Cell::Text: value = unixLineBreaks(cell); break;
    case Cell::Date: value = convertDate(cell); break;
    case Cell::Amount: value = numberValue(cell, NumberStyle::Grouped, column, ctx); break;
    case Cell::Count: value = numberValue(cell, NumberStyle::Whole, column, ctx); break;
    case Cell::Coordinate: value = numberValue(cell, NumberStyle::Plain, column, ctx); break;
    case Cell::List: value = splitList(cell); break;
    case Cell::StayRange: stayRange(rec, cell, column, ctx); return;
  }
  if (f.sub.empty()) rec[std::string(f.key)] = std::move(value);
  else rec[std::string(f.key)][std::string(f.sub)] = std::move(value);
}

CsvImport reject(CsvImport out, std::string_view file, int line, std::string message) {
  out.rejected = true;
  out.json.clear();
  out.recordLines.clear();
  if (line > 0) message = "line " + std::to_string(line) + ": " + message;
  out.diagnostics.push_back(Diagnostic{Severity::Fatal, std::string(file), 0, "", "", std::move(message)});
  return out;
}

}  // namespace

CsvImport csvToExport(std::string_view bytes, std::string_view fileName, ExportKind kind,
                      std::string_view exported) {
  CsvImport out;
  const std::string file(fileName);
  auto parsed = parseCsv(bytes);
  if (parsed.error) return reject(std::move(out), file, parsed.error->line, parsed.error->message);
  const auto& rows = parsed.table.rows;
  if (rows.empty() || (rows[0].size() == 1 && trim(rows[0][0]).empty()))
    return reject(std::move(out), file, 0, "the file is empty: expected a header line with column names");

  const auto& header = rows[0];
  std::vector<std::string> columns;
  for (const auto& h : header) columns.push_back(normalizeColumn(h));
  if (kind == ExportKind::Unknown) kind = detectKind(columns);
  if (kind == ExportKind::Unknown)
    return reject(std::move(out), file, 1,
                  "cannot tell calls from practices by the column names; name the kind "
                  "(alma-data from-csv --kind calls|practices)");
  out.kind = kind;
  const auto defs = fieldsOf(kind);
  const char* format = kind == ExportKind::Calls ? kCallsFormat : kPracticesFormat;

  // Map columns to fields; collect what is ignored.
  std::vector<const FieldDef*> map(columns.size(), nullptr);
  std::string unknown, duplicate;
  std::vector<const FieldDef*> taken;  // fields already given a column
  const auto same = [](const FieldDef* a, const FieldDef* b) { return a->key == b->key && a->sub == b->sub; };
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const FieldDef* f = findField(defs, columns[c]);
    const std::string shown = "'" + std::string(trim(header[c])) + "'";
    if (columns[c].empty()) continue;  // unnamed column: warned per row only if it holds data
    if (!f) { unknown += (unknown.empty() ? "" : ", ") + shown; continue; }
    bool dup = false;
    for (auto t : taken) dup = dup || same(t, f);
    if (dup) { duplicate += (duplicate.empty() ? "" : ", ") + shown; continue; }
    taken.push_back(f);
    map[c] = f;
  }
  for (std::string_view required : {"id", "title", "country"}) {
    bool found = false;
    for (auto t : taken) found = found || t->key == required;
    if (!found)
      return reject(std::move(out), file, 1,
                    "no column '" + std::string(required) + "' (required by " + format + ")");
  }
  if (!unknown.empty())
    out.diagnostics.push_back({Severity::Warning, file, 0, "", "",
                               "columns ignored, they are not fields of " + std::string(format) + ": " + unknown});
  if (!duplicate.empty())
    out.diagnostics.push_back({Severity::Warning, file, 0, "", "",
                               "columns ignored, they repeat a field of an earlier column: " + duplicate});

  Json records = Json::array();
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    bool blank = true;
    for (const auto& cell : row) blank = blank && trim(cell).empty();
    if (blank) continue;
    RowContext ctx{file, static_cast<int>(records.size()) + 1, parsed.table.rowLines[r], "", &out.diagnostics};
    for (std::size_t c = 0; c < row.size() && c < map.size(); ++c)
      if (map[c] && map[c]->column == "id") ctx.id = std::string(trim(row[c]));

    Json rec = Json::object();
    for (const auto& def : defs) {  // contract order
      for (std::size_t c = 0; c < row.size() && c < map.size(); ++c) {
        if (map[c] != &def) continue;
        const auto cell = trim(row[c]);
        if (!cell.empty()) setCell(rec, def, cell, trim(header[c]), ctx);
      }
    }
    bool extra = false;
    for (std::size_t c = 0; c < row.size(); ++c)
      extra = extra || ((c >= columns.size() || columns[c].empty()) && !trim(row[c]).empty());
    if (extra)
      ctx.report(Severity::Warning, "", "has text in cells without a column name; it is ignored");
    records.push_back(std::move(rec));
    out.recordLines.push_back(ctx.line);
  }

  Json doc = Json::object();
  doc["format"] = format;
  doc["exported"] = std::string(exported);
  doc["source"] = "converted from " + file;
  doc[kind == ExportKind::Calls ? "calls" : "practices"] = std::move(records);
  // Input was checked to be UTF-8, so `replace` never fires; it keeps dump() from aborting anyway.
  out.json = doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  return out;
}

}  // namespace alma
