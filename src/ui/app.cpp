#include "ui/app.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>

#include "ui/details.hpp"
#include "ui/filter_panel.hpp"
#include "ui/table_keys.hpp"
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

// The state hook's `filters` and `sort` for a table's query (names from table_keys.hpp).
template <std::size_t F, std::size_t C>
void describeQuery(const QueryEngine& q, const std::array<const char*, F>& facets,
                   const std::array<const char*, C>& columns, StateSnapshot& out) {
  for (int f = 0; f < q.facetCount() && f < static_cast<int>(F); ++f)
    for (std::uint32_t v = 0; v < q.facet(f).values.size(); ++v)
      if (q.isSelected(f, v)) out.filters[facets[static_cast<std::size_t>(f)]].push_back(q.facet(f).values[v].value);
  if (q.years().active())
    out.filters["period"] = {q.years().from ? std::to_string(*q.years().from) : "", q.years().to ? std::to_string(*q.years().to) : ""};
  for (const SortKey& k : q.sort())
    if (k.column >= 0 && k.column < static_cast<int>(C)) out.sort.push_back({columns[static_cast<std::size_t>(k.column)], k.descending});
}

StateSnapshot::QueryTiming timingOf(const App::QueryTiming& t) {
  StateSnapshot::QueryTiming out;
  if (t.samples.empty()) return out;
  std::vector<double> s = t.samples;
  std::sort(s.begin(), s.end());
  out.lastMs = t.samples.back();
  out.medianMs = s[s.size() / 2];
  out.maxMs = s.back();
  out.samples = static_cast<int>(s.size());
  return out;
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
  const QueryResult& calls = timedResult(app, app.callQuery);
  if (calls.revision != app.visibleRevision) {
    app.visibleCalls.assign(calls.rows.begin(), calls.rows.end());
    app.visibleRevision = calls.revision;
    ++app.visibleCallsVersion;
  }
  app.visiblePractices = timedResult(app, app.practiceQuery).rows.size();
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
  // P switches presenter mode from anywhere (not while typing).
  if (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGuiKey_P, false)) {
    app.presenter = !app.presenter;
    app.displayChanged = true;
  }
  drawDataPanel(app);
  drawHelp(app);
}

void describe(const App& app, StateSnapshot& out) {
  out.ready = app.ready;
  out.uiScale = app.uiScale;
  out.theme = themeName(app.theme);
  out.presenter = app.presenter;
  out.view = app.view == View::Calls ? "calls" : app.view == View::Practices ? "practices" : "map";
  out.search = app.search;
  out.selectedKind = selectionKindName(app.selection.kind);
  out.selectedId = app.selection.id;
  out.hover = app.hover;
  if (app.view == View::Practices) {
    // The table's query: its filters and sort; the open details panel lists the selected practice.
    describeQuery(app.practiceQuery, kPracticeFacetKeys, kPracticeColumnKeys, out);
    if (!app.selectedPractice.empty()) {
      out.selectedKind = "practice";
      out.selectedId = app.selectedPractice;
      out.details.push_back(app.selectedPractice);
    }
  } else {
    describeQuery(app.callQuery, kCallFacetKeys, kCallColumnKeys, out);
    if (app.view == View::Calls && !app.focusedCall.empty()) out.details.push_back(app.focusedCall);
    else if (app.data.calls)
      for (int i : detailCalls(app)) out.details.push_back(app.data.calls->calls[static_cast<std::size_t>(i)].id);
  }
  out.practiceQuery = timingOf(app.practiceTiming);
  out.callQuery = timingOf(app.callTiming);
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
