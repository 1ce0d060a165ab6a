#include "ui/labels.hpp"
#include "ui/app.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/map/map_frame.hpp"
#include "ui/derived.hpp"
#include "ui/palette.hpp"
#include "ui/views.hpp"

namespace alma::ui {

namespace {
// The state hook's `filters` and `sort` for a table's query: facet and column ids from core.
void describeQuery(const QueryEngine& q, std::span<const char* const> columnIds, StateSnapshot& out) {
  for (int f = 0; f < q.facetCount(); ++f)
    for (std::uint32_t v = 0; v < q.facet(f).values.size(); ++v)
      if (q.isSelected(f, v)) out.filters[q.facet(f).name].push_back(q.facet(f).values[v].value);
  if (q.years().active())
    out.filters["period"] = {q.years().from ? std::to_string(*q.years().from) : "", q.years().to ? std::to_string(*q.years().to) : ""};
  for (const SortKey& k : q.sort())
    if (k.column >= 0 && k.column < static_cast<int>(columnIds.size()))
      out.sort.push_back({columnIds[static_cast<std::size_t>(k.column)], k.descending});
}

StateSnapshot::QueryTiming timingOf(const QueryTiming& t) {
  StateSnapshot::QueryTiming out;
  if (t.samples.empty()) return out;
  std::vector<double> s = t.samples;
  std::sort(s.begin(), s.end());
  out.shownRevision = t.shownRevision == t.revision;
  out.shownAtMs = t.shownAtMs;
  out.shownFrame = t.shownFrame;
  out.lastMs = t.samples.back();
  out.medianMs = s[s.size() / 2];
  out.maxMs = s.back();
  out.samples = static_cast<int>(s.size());
  return out;
}

// Keys that work on every tab when no text field has the caret.
void globalKeys(App& app) {
  if (ImGui::GetIO().WantTextInput) return;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape)) {  // closes whatever details are open
    if (app.screen.share) {
      app.screen.share = false;
      return;
    }
    clearSelection(app.view);
    if (app.view.tab == Tab::Practices) app.view.openPractice.clear();
  }
  if (ImGui::IsKeyPressed(ImGuiKey_Q, false)) app.screen.share = !app.screen.share;  // the QR code for the room
  if (ImGui::IsKeyPressed(ImGuiKey_P, false)) {  // presenter mode from anywhere
    app.screen.presenter = !app.screen.presenter;
    app.requests.displayChanged = true;
  }
}
// The focus indicator on the canvas counterpart of the accessible mirror's focused element (the
// map outlines a focused place itself).
void drawMirrorFocus(const App& app) {
  if (app.screen.mirrorFocus.empty()) return;
  for (const StateSnapshot::Target& t : app.frame.targets) {
    if (app.screen.mirrorFocus != t.kind + ":" + t.id) continue;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const ImVec2 a(t.x - 3, t.y - 3), b(t.x + t.w + 3, t.y + t.h + 3);
    dl->AddRect(a, b, palette::kFocusOuter, 4.0f, 0, 5.0f);
    dl->AddRect(a, b, palette::kFocusInner, 4.0f, 0, 2.0f);
    return;
  }
}
}  // namespace

void rebuildQueries(App& app) {
  ++app.data.revision;
  // New records: every cache derived from the old ones goes (a new vector may even reuse the old
  // one's address); the query timings stay, they describe the app, not the data.
  const QueryTiming callTiming = app.derived.callTiming, practiceTiming = app.derived.practiceTiming;
  app.derived = Derived{};
  app.derived.callTiming = callTiming;
  app.derived.practiceTiming = practiceTiming;
  if (app.data.calls) app.view.calls.build(app.data.calls->calls, app.data.today);
  else app.view.calls.build({}, app.data.today);
  if (app.data.practices) app.view.practices.build(app.data.practices->practices);
  else app.view.practices.build({});
}

void drawApp(App& app) {
  app.frame.targets.clear();
  app.frame.cells.clear();
  app.frame.panels.clear();
  app.frame.flows.clear();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float bar = drawTopBar(app);
  const float top = bar + drawOtherSiteBanner(app, vp->Pos.y + bar);
  const ScreenRect below{vp->Pos.x, vp->Pos.y + top, vp->Size.x, vp->Size.y - top};
  if (app.view.tab == Tab::Calls) {
    drawCallTable(app, below);
  } else if (app.view.tab == Tab::Practices) {
    drawPracticeTable(app, below);
  } else {
    // The details panel takes the right side; on narrow screens it becomes a bottom sheet. On wide
    // screens it lies over the map rather than shrinking it, so opening it does not move the map;
    // on phones the sheet would hide half of it, so there the map ends above it.
    const bool details = app.view.selection.kind != SelectionKind::None;
    const bool narrow = vp->Size.x < kNarrowWidth;
    // As wide for the text as at normal size (presenter mode, large text), within 45 % of the screen.
    const double panelW = details && !narrow ? std::min(420.0 * app.screen.uiScale, vp->Size.x * (app.screen.uiScale > 1 ? 0.45 : 0.38)) : 0.0;
    const double sheetH = details && narrow ? below.h * 0.45 : 0.0;
    const ScreenRect mapArea{below.x, below.y, below.w, below.h - sheetH};
    app.frame.detailsWidth = static_cast<float>(panelW);
    drawMapView(app, mapArea);
    if (details)
      drawPlacePanel(app, narrow ? ScreenRect{mapArea.x, mapArea.y + mapArea.h, below.w, sheetH}
                                 : ScreenRect{mapArea.x + mapArea.w - panelW, mapArea.y, panelW, mapArea.h});
  }
  globalKeys(app);
  drawDataPanel(app);
  drawHelp(app);
  drawSharePanel(app);
  drawMirrorFocus(app);
}

std::string otherSiteWarning(const Data& data) {
  const std::string calls = data.calls ? data.calls->info.from : "", practices = data.practices ? data.practices->info.from : "";
  if (calls.empty() && practices.empty()) return "";
  if (calls == practices) return trf("warning.both_from", {{"site", calls}});
  if (!calls.empty() && !practices.empty()) return trf("warning.each_from", {{"calls", calls}, {"practices", practices}});
  return !calls.empty() ? trf("warning.calls_from", {{"site", calls}}) : trf("warning.practices_from", {{"site", practices}});
}

void describe(App& app, StateSnapshot& out) {
  const ViewState& v = app.view;
  out.ready = app.screen.ready;
  out.uiScale = app.screen.uiScale;
  out.theme = themeName(app.screen.theme);
  out.presenter = app.screen.presenter;
  out.view = tabId(v.tab);
  out.search = v.search;
  out.selectedKind = selectionKindId(v.selection.kind);
  out.selectedId = v.selection.id;
  out.hover = app.frame.hover;
  if (v.tab == Tab::Practices) {
    // The table's query: its filters and sort; the open details panel lists the open practice.
    describeQuery(v.practices, kPracticeColumnIds, out);
    if (!v.openPractice.empty()) {
      out.selectedKind = "practice";
      out.selectedId = v.openPractice;
      out.details.push_back(v.openPractice);
    }
  } else {
    describeQuery(v.calls, kCallColumnIds, out);
    if (v.tab == Tab::Calls && !v.focusedCall.empty()) out.details.push_back(v.focusedCall);
    else if (app.data.calls)
      for (int i : selectionCalls(app)) out.details.push_back(app.data.calls->calls[static_cast<std::size_t>(i)].id);
  }
  out.practiceQuery = timingOf(app.derived.practiceTiming);
  out.callQuery = timingOf(app.derived.callTiming);
  if (app.data.map) out.map = StateSnapshot::MapState{v.map.center.x, v.map.center.y, v.map.zoom, detailLevel(v.map.zoom), app.frame.flows};
  out.targets = app.frame.targets;
  out.cells = app.frame.cells;
  out.panels = app.frame.panels;
  out.picture = app.screen.lastPicture;
  if (app.screen.help) out.panel = "help";
  if (app.screen.dataPanel) out.panel = "data";
  out.font.sample = kScriptSample;
  out.diagnostics = static_cast<int>(app.data.diagnostics.size());
  if (app.data.calls) {
    const auto& c = *app.data.calls;
    out.calls = {true, static_cast<int>(c.calls.size()), 0, c.info.file, c.info.exported, c.info.from};
    out.visibleCalls = static_cast<int>(visibleCalls(app).size());
  }
  if (app.data.practices) {
    const auto& p = *app.data.practices;
    out.practices = {true, static_cast<int>(p.practices.size()), 0, p.info.file, p.info.exported, p.info.from};
    out.visiblePractices = static_cast<int>(timedResult(app, app.view.practices).rows.size());
  }
  // "rejected": records of the shown export that were left out (errors in that file).
  for (const auto& d : app.data.diagnostics) {
    if (d.severity != Severity::Error) continue;
    if (app.data.calls && d.file == app.data.calls->info.file) ++out.calls.rejected;
    if (app.data.practices && d.file == app.data.practices->info.file) ++out.practices.rejected;
  }
}

}  // namespace alma::ui
