// The Calls tab: the table shell (table_shell.hpp) over CallQuery, linked both ways with the map: a
// country or region selected on the map narrows the list to the calls covering it (chip "Selected
// on the map: Spain ×"); a call picked here is the map's focused call, and its card's "Show on map"
// switches to the map with its region (or country) selected.
#include <imgui.h>

#include <array>

#include "ui/labels.hpp"
#include "core/model/derived.hpp"
#include "core/model/format.hpp"
#include "core/view/selection.hpp"
#include "ui/derived.hpp"
#include "ui/panels/call_card.hpp"
#include "ui/tables/table_shell.hpp"
#include "ui/views.hpp"
#include "ui/downloads.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

namespace {

constexpr std::array<FacetUi, 4> kFacets{{
    {CallFacets::Status, "facet.status"},
    {CallFacets::Level, "facet.level"},
    {CallFacets::Country, "facet.country", true},
    {CallFacets::FundingModel, "facet.funding_model"},
}};

// Layout of each column: kind, lines, weight, min width (em), priority on narrow windows, flags.
const std::array<RecordColumn, CallColumns::Count>& columns() {
  static const auto kColumns = withNames<CallColumns::Count>(
      {{
          {CellKind::Text, 6, 3.4f, 12, 0, ImGuiTableColumnFlags_NoHide},  // title
          {CellKind::Text, 2, 1.2f, 6, 2},                                   // country
          {CellKind::Text, 3, 1.4f, 7, 3},                                   // region
          {CellKind::Text, 2, 1.0f, 5, 6},                                   // level
          {CellKind::Fixed, 2, 0, 0, 1},                                     // status (+ "closes in 12 days")
          {CellKind::Fixed, 1, 0, 0, 1},                                     // closes
          // Largest first on the first click: what people ask of money and head counts.
          {CellKind::Fixed, 1, 0, 0, 4, ImGuiTableColumnFlags_PreferSortDescending},  // budget
          {CellKind::Fixed, 1, 0, 0, 5, ImGuiTableColumnFlags_PreferSortDescending},  // participants
          {CellKind::Text, 3, 1.3f, 8, 7},                                   // funding model
      }},
      kCallColumnIds, callColumnHeader);
  return kColumns;
}

// "closes in 12 days" under the status of an open call with a deadline.
std::string countdown(const App& app, std::uint32_t index) {
  const Call& c = app.view.calls.record(index);
  const auto days = daysUntilClose(c, app.data.today);
  return days && app.view.calls.status(index) == CallStatus::Open ? daysLeftPhrase(*days) : "";
}

std::string text(const App& app, std::uint32_t index, int column) {
  return callColumnText(app.view.calls.record(index), app.view.calls.status(index), column);
}

float cellHeight(const App& app, std::uint32_t index, int column, float width) {
  const float line = ImGui::GetTextLineHeight();
  const RecordColumn& rc = columns()[static_cast<std::size_t>(column)];
  if (column == CallColumns::Status) return countdown(app, index).empty() ? line : 2 * line;
  if (rc.kind == CellKind::Fixed) return line;
  return static_cast<float>(wrappedLines(text(app, index, column), width, rc.maxLines)) * line;
}

float fixedWidth(const App& app, std::uint32_t index, int column) {
  if (column != CallColumns::Status) return ImGui::CalcTextSize(text(app, index, column).c_str()).x;
  const float swatch = ImGui::GetTextLineHeight() * 0.6f + 4;
  return std::max(swatch + ImGui::CalcTextSize(text(app, index, column).c_str()).x,
                  ImGui::CalcTextSize(countdown(app, index).c_str()).x);
}

CellFit drawCell(const App& app, std::uint32_t index, int column) {
  const RecordColumn& rc = columns()[static_cast<std::size_t>(column)];
  if (column == CallColumns::Status) {
    statusTag(app.view.calls.status(index));
    if (const std::string left = countdown(app, index); !left.empty()) ImGui::TextDisabled("%s", left.c_str());
    return CellFit::Whole;  // the column is as wide as its widest status and countdown
  }
  const std::string s = text(app, index, column);
  if (rc.kind == CellKind::Fixed)
    return drawOneLine(s, column == CallColumns::Budget || column == CallColumns::Participants);
  return drawWrapped(s, rc.maxLines);
}

RecordTable recordTable(App& app) {
  return {"calls", columns(), [&app] { return std::span<const std::uint32_t>(listedCalls(app)); },
          app.view.calls.recordCount(), app.view.calls.records().data(), &app.derived.callRows,
          [&app](std::uint32_t r, int c, float w) { return cellHeight(app, r, c, w); },
          [&app](std::uint32_t r, int c) { return fixedWidth(app, r, c); },
          [&app](std::uint32_t r, int c) { return drawCell(app, r, c); },
          [&app](std::uint32_t r) { return app.view.calls.record(r).title; },
          [&app](std::uint32_t r) { return app.view.calls.record(r).id; },
          [&app](std::uint32_t r) { return app.view.focusedCall == app.view.calls.record(r).id; },
          // The map draws the focused call's region and flows.
          [&app](std::uint32_t r) { focusCall(app.view, app.view.calls.record(r).id); }};
}

void content(App& app) {
  CallQuery& q = app.view.calls;
  const std::string place = mapPlace(app.view);
  if (!place.empty() && chip(app, trf("table.selected_on_map", {{"place", place == "EU" ? tr("map.eu_calls_short") : selectionTitle(app)}}),
                             "map-selection"))
    clearSelection(app.view);
  if (drawFilterChips(app, q, kFacets, !place.empty())) clearSelection(app.view);
  const std::vector<std::uint32_t>& rows = listedCalls(app);
  const RecordTable table = recordTable(app);
  matchCount(rows.size(), q.recordCount(), "count.calls");
  sameLineIfRoom(buttonWidth(label("table.download_csv")), 24);
  exportButtons(app, true);
  sameLineIfRoom(buttonWidth(label("table.deadlines")));
  if (ImGui::Button(label("table.deadlines"))) app.requests.download = deadlinesDownload(app);
  publishTarget(app, "button", "deadlines-ics");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("table.deadlines_tip").c_str());
  sameLineIfRoom(buttonWidth(label("table.columns")));
  columnsButton(app, table);
  if (q.recordCount() == 0) {
    ImGui::TextDisabled("%s", tr("table.no_calls_loaded").c_str());
  } else if (rows.empty() && !place.empty() && !q.result().rows.empty()) {
    ImGui::Spacing();
    ImGui::TextWrapped("%s", trf("table.none_cover", {{"place", selectionTitle(app)}}).c_str());
    if (ImGui::Button(label("table.show_every_country"))) clearSelection(app.view);
  } else if (rows.empty()) {
    emptyMessage(app, q, kFacets, true);
  } else {
    drawRecordTable(app, q, table);
  }
}

// The index of the call open beside the list, or -1.
int focusedCallIndex(const App& app) {
  if (app.view.focusedCall.empty()) return -1;
  const auto records = app.view.calls.records();
  for (std::size_t i = 0; i < records.size(); ++i)
    if (records[i].id == app.view.focusedCall) return static_cast<int>(i);
  return -1;
}

}  // namespace

void drawCallTable(App& app, ScreenRect area) {
  const int focused = focusedCallIndex(app);
  drawTableShell(area,
                 {"##calls", &app.screen.callFiltersOpen, focused >= 0,
                  [&](bool& open) { drawFilterPanel(app, app.view.calls, kFacets, false, open); },
                  [&] { content(app); },
                  [&](float width) {
                    const Call& c = app.view.calls.record(static_cast<std::uint32_t>(focused));
                    const bool keep = beginSidePanel(app, "call-details",
                                                     callCardTitle(c), width);
                    drawCallCard(app, c, CallCardIn::CallList);
                    endSidePanel();
                    return keep;
                  },
                  [&] { app.view.focusedCall.clear(); }});
}

}  // namespace alma::ui
