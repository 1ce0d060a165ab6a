#include "core/io/view_export.hpp"

#include <cstdio>
#include <vector>

#include "core/model/countries.hpp"
#include "core/io/csv.hpp"
#include "core/model/dates.hpp"
#include "core/model/derived.hpp"
#include "core/io/loader.hpp"

namespace alma {
namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : "; ") + s;
  return out;
}
std::string text(const std::optional<std::string>& s) { return s.value_or(""); }
std::string date(const std::optional<Date>& d) { return d ? isoDate(*d) : ""; }
// Plain digits a spreadsheet reads as a number in every locale's CSV import ("6300000", "38.72").
std::string number(std::optional<double> v) {
  if (!v) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", *v);
  return buf;
}

void addRow(std::string& out, const std::vector<std::string>& cells) { out += csvRow(cells); }

std::string viewSource(const ExportInfo& original, std::string_view filters) {
  std::string s = filters.empty() ? "View of: " : "Filtered view (" + std::string(filters) + ") of: ";
  s += original.source.empty() ? (original.file.empty() ? std::string("an export") : original.file)
                               : original.source;
  if (!original.exported.empty()) s += ", exported " + original.exported;
  return s;
}
}  // namespace

std::string practicesCsv(std::span<const Practice> records, std::span<const std::uint32_t> rows) {
  std::string out(kBom);
  addRow(out, {"ID", "Title", "Country", "Country name", "Partner countries", "Region",
               "Organisation", "Stages", "Themes", "Target groups", "Funds", "Start", "End",
               "Summary", "URL", "Contact", "Updated"});
  for (std::uint32_t r : rows) {
    const Practice& p = records[r];
    addRow(out, {p.id, p.title, p.country, std::string(countryNameEnglish(p.country)),
                 joined(p.partner_countries), text(p.region), text(p.organisation), joined(p.stages),
                 joined(p.themes), joined(p.target_groups), joined(p.funds), date(p.start),
                 date(p.end), text(p.summary), text(p.url), text(p.contact), date(p.updated)});
  }
  return out;
}

std::string callsCsv(std::span<const Call> records, std::span<const std::uint32_t> rows, Date today) {
  std::string out(kBom);
  addRow(out, {"ID", "Title", "Title original", "Country", "Country name", "Level", "Region code",
               "Region name", "Region lat", "Region lon", "Programme", "Authority", "Status",
               "Status today", "Opens", "Closes", "Budget EUR", "Participants", "Stay months",
               "Destinations", "Funding model", "Target group", "URL", "Contact", "Updated", "Notes"});
  for (std::uint32_t r : rows) {
    const Call& c = records[r];
    const Region reg = c.region.value_or(Region{});
    std::string stay;
    if (c.stay_months)
      stay = c.stay_months->min == c.stay_months->max
                 ? std::to_string(c.stay_months->min)
                 : std::to_string(c.stay_months->min) + "-" + std::to_string(c.stay_months->max);
    std::optional<double> participants;
    if (c.participants) participants = static_cast<double>(*c.participants);
    addRow(out, {c.id, c.title, text(c.title_original), c.country,
                 std::string(countryNameEnglish(c.country)), c.level, text(reg.code), text(reg.name),
                 number(reg.lat), number(reg.lon), text(c.programme), text(c.authority), text(c.status),
                 statusName(effectiveStatus(c, today)), date(c.opens), date(c.closes),
                 number(c.budget_eur), number(participants), stay, joined(c.destinations),
                 text(c.funding_model), text(c.target_group), text(c.url), text(c.contact),
                 date(c.updated), text(c.notes)});
  }
  return out;
}

PracticesExport practicesView(const PracticesExport& original, std::span<const std::uint32_t> rows,
                              Date today, std::string_view filters) {
  PracticesExport v;
  v.info = {"", kPracticesFormat, isoDate(today), viewSource(original.info, filters), ""};
  v.practices.reserve(rows.size());
  for (std::uint32_t r : rows) v.practices.push_back(original.practices[r]);
  return v;
}

CallsExport callsView(const CallsExport& original, std::span<const std::uint32_t> rows, Date today,
                      std::string_view filters) {
  CallsExport v;
  v.info = {"", kCallsFormat, isoDate(today), viewSource(original.info, filters), ""};
  v.calls.reserve(rows.size());
  for (std::uint32_t r : rows) v.calls.push_back(original.calls[r]);
  return v;
}

std::string practicesViewJson(const PracticesExport& original, std::span<const std::uint32_t> rows,
                              Date today, std::string_view filters) {
  return toJson(practicesView(original, rows, today, filters));
}

std::string callsViewJson(const CallsExport& original, std::span<const std::uint32_t> rows, Date today,
                          std::string_view filters) {
  return toJson(callsView(original, rows, today, filters));
}

std::string viewFileName(std::string_view kind, Date today, std::string_view extension) {
  Date d = today;
  d.precision = DatePrecision::Day;
  return std::string(kind) + "-" + isoDate(d) + "." + std::string(extension);
}

}  // namespace alma
