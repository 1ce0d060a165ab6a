#include "ui/map/map_controls.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include "core/model/derived.hpp"
#include "ui/derived.hpp"
#include "ui/palette.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

namespace {
// Map controls live in small windows of their own above the map, so they take clicks (and taps,
// which arrive without a prior hover) before the map's own input area.
bool beginOverlay(const char* id, ImVec2 pos, ImVec2 pivot) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always, pivot);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  const bool open = ImGui::Begin(id, nullptr,
                                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_AlwaysAutoResize |
                                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
  ImGui::PopStyleVar();
  return open;
}
}  // namespace

// The legend is also the map's filter: click a status to show only calls with it (click again
// to undo), and the level toggles below it; counts say how many calls each would show. It drives
// the same call query as the Calls tab, so the list and the map always agree.
void drawLegend(App& app) {
  const bool narrow = app.frame.mapArea.w < 600;
  ImGui::SetNextWindowBgAlpha(0.88f);
  // Bottom-left corner, above the attribution line.
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(app.frame.mapArea.x) + 8, static_cast<float>(app.frame.mapArea.y + app.frame.mapArea.h) - 30),
                          ImGuiCond_Always, ImVec2(0, 1));
  // Never taller than the room below the EU-level calls button (top left): with large text the
  // legend scrolls rather than covering it.
  const float euButtonBottom = static_cast<float>(app.frame.mapArea.y) + 10 + ImGui::GetFrameHeight() + 8;
  const float maxH = static_cast<float>(app.frame.mapArea.y + app.frame.mapArea.h) - 30 - euButtonBottom;
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, std::max(maxH, ImGui::GetFrameHeight() * 2)));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 6));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 4.0f);
  ImGui::Begin("##legend", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
  ImGui::PopStyleVar(2);
  if (narrow) ImGui::SetWindowFontScale(0.8f);
  CallQuery& q = app.view.calls;
  const QueryResult& r = q.result();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  auto swatch = [&](ImU32 colour) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    dl->AddRectFilled(p, ImVec2(p.x + h, p.y + h), colour);
    dl->AddRect(p, ImVec2(p.x + h, p.y + h), palette::kBorder);
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine();
  };
  // Collapsed by default on narrow screens, where it would cover much of the map.
  const bool open = app.screen.legendOpen.value_or(!narrow);
  if (ImGui::Selectable(open ? "ALMA calls  ▾" : "ALMA calls  ▸", false, 0, ImVec2(ImGui::CalcTextSize("ALMA calls  ▾").x, 0)))
    app.screen.legendOpen = !open;
  if (!open) {
    ImGui::End();
    return;
  }
  const bool anyStatus = q.hasSelection(CallFacets::Status);
  const Facet& status = q.facet(CallFacets::Status);
  for (CallStatus s : {CallStatus::Open, CallStatus::Planned, CallStatus::Closed, CallStatus::Unknown}) {
    for (std::uint32_t v = 0; v < status.values.size(); ++v) {
      if (status.values[v].value != statusName(s)) continue;
      const bool on = q.isSelected(CallFacets::Status, v);
      ImGui::PushID(static_cast<int>(v));
      swatch(palette::statusColour(s));
      const std::uint32_t n = r.facetCounts.empty() ? 0 : r.facetCounts[CallFacets::Status][v];
      const std::string label = std::string(statusLabel(s)) + " (" + std::to_string(n) + ")";
      if (anyStatus && !on) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.45f);
      if (ImGui::Selectable(label.c_str(), on, ImGuiSelectableFlags_DontClosePopups)) q.toggleFacetValue(CallFacets::Status, v);
      if (anyStatus && !on) ImGui::PopStyleVar();
      app.frame.targets.push_back({"legend", status.values[v].value, "", ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y,
                             ImGui::GetItemRectSize().x, ImGui::GetItemRectSize().y});
      ImGui::PopID();
    }
  }
  swatch(palette::kEuNoCall);
  ImGui::TextUnformatted("no call listed (EU)");
  swatch(palette::kNonEu);
  ImGui::TextUnformatted("outside the EU");
  ImGui::Spacing();
  const Facet& level = q.facet(CallFacets::Level);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2, 2));
  for (std::uint32_t v = 0; v < level.values.size(); ++v) {
    if (!level.values[v].known) continue;
    ImGui::PushID(100 + static_cast<int>(v));
    bool on = q.isSelected(CallFacets::Level, v);
    const std::uint32_t n = r.facetCounts.empty() ? 0 : r.facetCounts[CallFacets::Level][v];
    const std::string label = level.values[v].label + " calls (" + std::to_string(n) + ")";
    if (ImGui::Checkbox(label.c_str(), &on)) q.toggleFacetValue(CallFacets::Level, v);
    app.frame.targets.push_back({"legend", level.values[v].value, "", ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y,
                           ImGui::GetItemRectSize().x, ImGui::GetItemRectSize().y});
    ImGui::PopID();
  }
  ImGui::PopStyleVar(2);
  if (q.hasSelection(CallFacets::Status) || q.hasSelection(CallFacets::Level)) {
    if (ImGui::SmallButton("Show all calls")) {
      q.clearFacet(CallFacets::Status);
      q.clearFacet(CallFacets::Level);
    }
  }
  ImGui::End();
}

// EU-level calls (the central ALMA call and its projects) belong to no country: one button for them.
void drawEuCallsButton(App& app) {
  if (!app.data.calls) return;
  int n = 0;
  for (int i : visibleCalls(app)) n += app.data.calls->calls[static_cast<std::size_t>(i)].country == "EU" ? 1 : 0;
  if (n == 0) return;
  beginOverlay("##eucalls", ImVec2(static_cast<float>(app.frame.mapArea.x) + 10, static_cast<float>(app.frame.mapArea.y) + 10), ImVec2(0, 0));
  const std::string label = "EU-level ALMA calls (" + std::to_string(n) + ")";
  const bool selected = app.view.selection.kind == SelectionKind::Country && app.view.selection.id == "EU";
  if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  if (ImGui::Button(label.c_str())) {
    if (selected) clearSelection(app.view);
    else selectPlace(app.view, SelectionKind::Country, "EU");
  }
  if (selected) ImGui::PopStyleColor();
  publishTarget(app, "button", "eu-calls");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The central ALMA call managed at EU level and its projects");
  ImGui::End();
}

void drawZoomButtons(App& app) {
  const float w = ImGui::GetFrameHeight() * 1.2f;
  const float right = static_cast<float>(app.frame.mapArea.x + app.frame.mapArea.w) - 10 - (app.view.selection.kind != SelectionKind::None ? app.frame.detailsWidth : 0.0f);
  beginOverlay("##zoom", ImVec2(right, static_cast<float>(app.frame.mapArea.y) + 10), ImVec2(1, 0));
  const ScreenPoint centre{app.frame.mapArea.x + app.frame.mapArea.w / 2, app.frame.mapArea.y + app.frame.mapArea.h / 2};
  if (ImGui::Button("+", ImVec2(w, w))) zoomAt(app.view.map, app.frame.mapArea, centre, 1.5);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom in (+)");
  if (ImGui::Button("−", ImVec2(w, w))) zoomAt(app.view.map, app.frame.mapArea, centre, 1 / 1.5);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom out (−)");
  if (ImGui::Button("↺##reset", ImVec2(w, w))) app.view.map = MapView{};
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Reset view (0)");
  ImGui::End();
}

// The licence of the boundaries requires this line wherever the map is shown: it must always fit.
void drawAttribution(ImDrawList* dl, ScreenRect area) {
  const char* full = "© EuroGeographics for the administrative boundaries · Natural Earth";
  const char* required = "© EuroGeographics for the administrative boundaries";
  ImFont* font = ImGui::GetFont();
  const float maxW = static_cast<float>(area.w) - 16;
  float size = ImGui::GetFontSize() * 0.85f;
  const char* text = full;
  ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0, text);
  if (extent.x > maxW) text = required, extent = font->CalcTextSizeA(size, FLT_MAX, 0, text);
  if (extent.x > maxW) size *= maxW / extent.x, extent = font->CalcTextSizeA(size, FLT_MAX, 0, text);
  const ImVec2 at(static_cast<float>(area.x + area.w) - extent.x - 8, static_cast<float>(area.y + area.h) - extent.y - 5);
  dl->AddRectFilled(ImVec2(at.x - 4, at.y - 2), ImVec2(at.x + extent.x + 4, at.y + extent.y + 2), IM_COL32(255, 255, 255, 210));
  dl->AddText(font, size, at, IM_COL32(40, 40, 40, 255), text);
}

}  // namespace alma::ui
