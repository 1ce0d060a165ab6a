#include "ui/app.hpp"

#include <imgui.h>

#include "ui/views.hpp"

namespace alma::ui {

void drawApp(App& app) {
  const float top = drawTopBar(app);
  drawStartView(app, top);
  drawDataPanel(app);
}

void describe(const App& app, StateSnapshot& out) {
  out.ready = app.ready;
  out.uiScale = app.uiScale;
  out.theme = themeName(app.theme);
  out.view = "start";
  if (app.showDataPanel) out.panel = "data";
  out.font.sample = kScriptSample;
  out.diagnostics = static_cast<int>(app.data.diagnostics.size());
  if (app.data.calls) {
    const auto& c = *app.data.calls;
    out.calls = {true, static_cast<int>(c.calls.size()), 0, c.info.file, c.info.exported};
    out.visibleCalls = static_cast<int>(c.calls.size());
  }
  if (app.data.practices) {
    const auto& p = *app.data.practices;
    out.practices = {true, static_cast<int>(p.practices.size()), 0, p.info.file, p.info.exported};
    out.visiblePractices = static_cast<int>(p.practices.size());
  }
  // "rejected": records of the shown export that were left out (errors in that file).
  for (const auto& d : app.data.diagnostics) {
    if (d.severity != Severity::Error) continue;
    if (app.data.calls && d.file == app.data.calls->info.file) ++out.calls.rejected;
    if (app.data.practices && d.file == app.data.practices->info.file) ++out.practices.rejected;
  }
}

}  // namespace alma::ui
