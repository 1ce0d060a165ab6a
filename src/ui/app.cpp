#include "ui/app.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/details.hpp"
#include "ui/views.hpp"

namespace alma::ui {

namespace {
const char* selectionKindName(SelectionKind k) {
  switch (k) {
    case SelectionKind::Country: return "country";
    case SelectionKind::Region: return "region";
    case SelectionKind::Call: return "call";
    case SelectionKind::Practice: return "practice";
    default: return "";
  }
}
}  // namespace

void rebuildQueries(App& app) {
  if (app.data.calls) app.callQuery.build(app.data.calls->calls, app.today);
  else app.callQuery.build({}, app.today);
  if (app.data.practices) app.practiceQuery.build(app.data.practices->practices);
  else app.practiceQuery.build({});
  app.visibleRevision = ~0ULL;
}

void drawApp(App& app) {
  app.targets.clear();
  app.flows.clear();
  // The map shows the calls that pass the call list's search and filters.
  const QueryResult& calls = app.callQuery.result();
  if (calls.revision != app.visibleRevision) {
    app.visibleCalls.assign(calls.rows.begin(), calls.rows.end());
    app.visibleRevision = calls.revision;
  }
  app.visiblePractices = app.practiceQuery.result().rows.size();
  const float top = drawTopBar(app);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const bool details = app.selection.kind != SelectionKind::None;
  // The details panel takes the right side; on narrow screens it becomes a bottom sheet.
  const bool narrow = vp->Size.x < 760.0f;
  const double panelW = details && !narrow ? std::min(420.0, vp->Size.x * 0.38) : 0.0;
  const double sheetH = details && narrow ? (vp->Size.y - top) * 0.45 : 0.0;
  // On wide screens the panel lies over the map rather than shrinking it, so opening it does not
  // move the map. On phones the bottom sheet would hide half of it: there the map ends above it.
  const ScreenRect mapArea{vp->Pos.x, vp->Pos.y + top, vp->Size.x, vp->Size.y - top - sheetH};
  app.detailsWidth = static_cast<float>(panelW);
  if (app.view == View::Calls) {
    drawCallTable(app, {vp->Pos.x, vp->Pos.y + top, vp->Size.x, vp->Size.y - top});
  } else if (app.view == View::Practices) {
    drawPracticeTable(app, {vp->Pos.x, vp->Pos.y + top, vp->Size.x, vp->Size.y - top});
  } else {
    drawMapView(app, mapArea);
  }
  if (details && app.view == View::Map) {
    const ScreenRect panel = narrow ? ScreenRect{mapArea.x, mapArea.y + mapArea.h, vp->Size.x, sheetH}
                                    : ScreenRect{mapArea.x + mapArea.w - panelW, mapArea.y, panelW, mapArea.h};
    drawDetailsPanel(app, panel);
  }
  if (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput) {
    app.selection = {};
    app.focusedCall.clear();
  }
  drawDataPanel(app);
  drawHelp(app);
}

void describe(const App& app, StateSnapshot& out) {
  out.ready = app.ready;
  out.uiScale = app.uiScale;
  out.theme = themeName(app.theme);
  out.view = app.view == View::Calls ? "calls" : app.view == View::Practices ? "practices" : "map";
  out.search = app.search;
  out.selectedKind = selectionKindName(app.selection.kind);
  out.selectedId = app.selection.id;
  out.hover = app.hover;
  if (app.data.calls)
    for (int i : detailCalls(app)) out.details.push_back(app.data.calls->calls[static_cast<std::size_t>(i)].id);
  if (app.map) out.map = StateSnapshot::MapState{app.mapView.center.x, app.mapView.center.y, app.mapView.zoom,
                                                 detailLevel(app.mapView.zoom), app.flows};
  out.targets = app.targets;
  if (app.showHelp) out.panel = "help";
  if (app.showDataPanel) out.panel = "data";
  out.font.sample = kScriptSample;
  out.diagnostics = static_cast<int>(app.data.diagnostics.size());
  if (app.data.calls) {
    const auto& c = *app.data.calls;
    out.calls = {true, static_cast<int>(c.calls.size()), 0, c.info.file, c.info.exported};
    out.visibleCalls = static_cast<int>(app.visibleCalls.size());
  }
  if (app.data.practices) {
    const auto& p = *app.data.practices;
    out.practices = {true, static_cast<int>(p.practices.size()), 0, p.info.file, p.info.exported};
    out.visiblePractices = static_cast<int>(app.visiblePractices);
  }
  // "rejected": records of the shown export that were left out (errors in that file).
  for (const auto& d : app.data.diagnostics) {
    if (d.severity != Severity::Error) continue;
    if (app.data.calls && d.file == app.data.calls->info.file) ++out.calls.rejected;
    if (app.data.practices && d.file == app.data.practices->info.file) ++out.practices.rejected;
  }
}

}  // namespace alma::ui
