#include "ui/downloads.hpp"

#include <ctime>

#include "core/io/calendar.hpp"
#include "core/io/view_export.hpp"
#include "ui/derived.hpp"

namespace alma::ui {

Requests::Download tableDownload(App& app, bool calls, bool json) {
  const Date today = app.data.today;
  // Data from another site says so in the file's name and, in JSON, in its description.
  const std::string from = calls ? (app.data.calls ? app.data.calls->info.from : "") : (app.data.practices ? app.data.practices->info.from : "");
  const std::string kind = std::string(calls ? "calls" : "practices") + (from.empty() ? "" : "-from-" + from);
  const std::string fromNote = from.empty() ? "" : "loaded from " + from + ", not from the atlas's own site";
  Requests::Download d{viewFileName(kind, today, json ? "json" : "csv"), json ? "application/json" : "text/csv;charset=utf-8", ""};
  if (calls) {
    const std::vector<std::uint32_t>& rows = listedCalls(app);
    if (!json) {
      d.bytes = callsCsv(app.view.calls.records(), rows, today);
    } else if (app.data.calls) {
      std::string filters = app.view.calls.describeFilters();
      if (const std::string place = mapPlace(app.view); !place.empty()) filters += (filters.empty() ? "" : "; ") + std::string("place: ") + place;
      if (!fromNote.empty()) filters += (filters.empty() ? "" : "; ") + fromNote;
      d.bytes = callsViewJson(*app.data.calls, rows, today, filters);
    }
  } else {
    const std::vector<std::uint32_t>& rows = timedResult(app, app.view.practices).rows;
    if (!json) d.bytes = practicesCsv(app.view.practices.records(), rows);
    else if (app.data.practices) {
      std::string filters = app.view.practices.describeFilters();
      if (!fromNote.empty()) filters += (filters.empty() ? "" : "; ") + fromNote;
      d.bytes = practicesViewJson(*app.data.practices, rows, today, filters);
    }
  }
  return d;
}

namespace {
constexpr const char* kCalendarMime = "text/calendar;charset=utf-8";
std::int64_t nowUtc() { return static_cast<std::int64_t>(std::time(nullptr)); }  // the file's DTSTAMP
}  // namespace

std::optional<Requests::Download> deadlineDownload(const Call& call) {
  std::optional<std::string> text = deadlineCalendar(call, nowUtc());
  if (!text) return std::nullopt;
  return Requests::Download{deadlineFileName(call.id), kCalendarMime, std::move(*text)};
}

Requests::Download deadlinesDownload(App& app) {
  return {kDeadlinesFileName, kCalendarMime, deadlinesCalendar(app.view.calls.records(), listedCalls(app), nowUtc()).text};
}

}  // namespace alma::ui
