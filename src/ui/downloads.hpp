#pragma once
// "Download CSV / JSON" of a table's current view (its rows, filtered and sorted as shown), one
// place for the canvas buttons and the accessible mirror's.
#include "ui/app.hpp"

namespace alma::ui {
// The Calls tab's rows when `calls`, else the Practices tab's; CSV for spreadsheets or JSON in the
// export format (loads again).
Requests::Download tableDownload(App& app, bool calls, bool json);
// "Add to calendar": the call's deadline as an .ics file (core/io/calendar.hpp); nothing without one.
std::optional<Requests::Download> deadlineDownload(const Call& call);
// The deadlines of the Calls tab's rows (filtered and sorted as shown) as one .ics file.
Requests::Download deadlinesDownload(App& app);
}  // namespace alma::ui
