// The Calls tab: the table shell (table_shell.hpp) over CallQuery, linked both ways with the map: a
// country or region selected on the map narrows the list to the calls covering it (chip "Selected
// on the map: Spain ×"); a call picked here is the map's focused call, and its card's "Show on map"
// switches to the map with its region (or country) selected.
#include <imgui.h>

#include <array>

#include "core/model/derived.hpp"
#include "core/model/format.hpp"
#include "ui/derived.hpp"
#include "ui/panels/call_card.hpp"
#include "ui/tables/table_shell.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

namespace {

constexpr std::array<FacetUi, 4> kFacets{{
    {CallFacets::Status, "Status"},
    {CallFacets::Level, "Level"},
    {CallFacets::Country, "Country", true},
    {CallFacets::FundingModel, "Funding model"},
}};

std::array<RecordColumn, CallColumns::Count> columns() {
  return recordColumns(kCallColumnIds, callColumnHeader, {3.4f, 1.1f, 1.4f, 1.0f, 2.0f, 1.2f, 1.2f, 1.1f, 1.3f}, [](int c) {
    if (c == CallColumns::Title) return ImGuiTableColumnFlags_NoHide;
    // Largest first on the first click: what people ask of money and head counts.
    if (c == CallColumns::Budget || c == CallColumns::Participants) return ImGuiTableColumnFlags_PreferSortDescending;
    return ImGuiTableColumnFlags_None;
  });
}

void row(App& app, std::uint32_t index, std::size_t r) {
  const Call& c = app.view.calls.record(index);
  ImGui::TableNextRow();
  ImGui::PushID(static_cast<int>(r));
  ImGui::TableSetColumnIndex(CallColumns::Title);
  const float cell = ImGui::GetContentRegionAvail().x;
  const bool focused = app.view.focusedCall == c.id;
  if (ImGui::Selectable(c.title.c_str(), focused, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap))
    focusCall(app.view, c.id);  // the map draws the focused call's region and flows
  publishTarget(app, "row", c.id);
  if (ImGui::IsItemHovered() && ImGui::CalcTextSize(c.title.c_str()).x > cell) ImGui::SetTooltip("%s", c.title.c_str());
  if (ImGui::TableSetColumnIndex(CallColumns::Country)) cellText(countryNameEnglish(c.country));
  if (ImGui::TableSetColumnIndex(CallColumns::Region))
    cellText(c.region ? c.region->name.value_or(c.region->code.value_or("")) : "");
  if (ImGui::TableSetColumnIndex(CallColumns::Level)) cellText(vocabLabel(VocabField::Level, c.level));
  if (ImGui::TableSetColumnIndex(CallColumns::Status)) {
    const CallStatus s = app.view.calls.status(index);
    statusTag(s);
    if (const auto days = daysUntilClose(c, app.data.today); days && s == CallStatus::Open) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s", daysLeftPhrase(*days).c_str());
    }
  }
  if (ImGui::TableSetColumnIndex(CallColumns::Closes)) cellText(c.closes ? humanDate(*c.closes) : "");
  if (ImGui::TableSetColumnIndex(CallColumns::Budget)) rightAligned(c.budget_eur ? euros(*c.budget_eur) : "");
  if (ImGui::TableSetColumnIndex(CallColumns::Participants)) rightAligned(c.participants ? withThousands(*c.participants) : "");
  if (ImGui::TableSetColumnIndex(CallColumns::FundingModel))
    cellText(c.funding_model ? vocabLabel(VocabField::FundingModel, *c.funding_model) : "");
  ImGui::PopID();
}

void content(App& app) {
  CallQuery& q = app.view.calls;
  const std::string place = mapPlace(app.view);
  if (!place.empty() && chip(app, "Selected on the map: " + (place == "EU" ? std::string("EU-level calls") : selectionTitle(app)),
                             "map-selection"))
    clearSelection(app.view);
  if (drawFilterChips(app, q, kFacets, !place.empty())) clearSelection(app.view);
  const std::vector<std::uint32_t>& rows = listedCalls(app);
  matchCount(rows.size(), q.recordCount(), "calls");
  ImGui::SameLine(0, 24);
  exportButtons(app, true);
  if (q.recordCount() == 0) {
    ImGui::TextDisabled("No calls are loaded.");
  } else if (rows.empty() && !place.empty() && !q.result().rows.empty()) {
    ImGui::Spacing();
    ImGui::TextWrapped("No calls listed here cover %s.", selectionTitle(app).c_str());
    if (ImGui::Button("Show every country")) clearSelection(app.view);
  } else if (rows.empty()) {
    emptyMessage(app, q, kFacets, "calls", CallFacets::Country);
  } else if (beginRecordTable(app, "calls", q, columns())) {
    const std::vector<std::uint32_t>& shown = listedCalls(app);  // the header may have changed the sort
    forEachVisibleRow(shown.size(), [&](std::size_t i) { row(app, shown[i], i); });
    ImGui::EndTable();
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
                                                     c.country == "EU" ? "EU-level ALMA call" : "ALMA call · " + countryLabel(c.country), width);
                    drawCallCard(app, c, CallCardIn::CallList);
                    endSidePanel();
                    return keep;
                  },
                  [&] { app.view.focusedCall.clear(); }});
}

}  // namespace alma::ui
