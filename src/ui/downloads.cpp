#include "ui/downloads.hpp"

#include "core/io/view_export.hpp"
#include "ui/derived.hpp"

namespace alma::ui {

Requests::Download tableDownload(App& app, bool calls, bool json) {
  const Date today = app.data.today;
  const char* kind = calls ? "calls" : "practices";
  Requests::Download d{viewFileName(kind, today, json ? "json" : "csv"), json ? "application/json" : "text/csv;charset=utf-8", ""};
  if (calls) {
    const std::vector<std::uint32_t>& rows = listedCalls(app);
    if (!json) {
      d.bytes = callsCsv(app.view.calls.records(), rows, today);
    } else if (app.data.calls) {
      std::string filters = app.view.calls.describeFilters();
      if (const std::string place = mapPlace(app.view); !place.empty()) filters += (filters.empty() ? "" : "; ") + std::string("place: ") + place;
      d.bytes = callsViewJson(*app.data.calls, rows, today, filters);
    }
  } else {
    const std::vector<std::uint32_t>& rows = timedResult(app, app.view.practices).rows;
    if (!json) d.bytes = practicesCsv(app.view.practices.records(), rows);
    else if (app.data.practices) d.bytes = practicesViewJson(*app.data.practices, rows, today, app.view.practices.describeFilters());
  }
  return d;
}

}  // namespace alma::ui
