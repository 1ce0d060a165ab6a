#include "ui/labels.hpp"
#include "ui/map/map_controls.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include "core/model/derived.hpp"
#include "core/model/format.hpp"
#include "core/model/product.hpp"
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
  pushOpaqueButtons();
  return open;
}
constexpr float kGap = 8.0f;  // between the map's controls

ScreenRect windowRect() {
  const ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
  return {p.x, p.y, s.x, s.y};
}

void endOverlay() {
  popOpaqueButtons();
  ImGui::End();
}
}  // namespace

// The legend is also the map's filter: click a status to show only calls with it (click again
// to undo), and the level toggles below it; counts say how many calls each would show. It drives
// the same call query as the Calls tab, so the list and the map always agree.
void drawLegend(App& app, const MapOverlays& o) {
  const bool narrow = app.frame.mapArea.w < 600;
  // Bottom-left corner, above the attribution line; never taller than the room below the EU-level
  // calls button nor wider than the room left of the zoom buttons: with large text it scrolls
  // rather than covering them.
  // Too little height for one column (large text on a laptop, a projector): a band along the
  // bottom, its entries flowing like words, so that the map keeps the width and nothing scrolls.
  const float maxW = std::max(o.zoomLeft - kGap - o.left, ImGui::GetFrameHeight() * 4);
  const float maxH = std::max(o.attributionTop - kGap - (o.euBottom + kGap), ImGui::GetFrameHeight() * 2);
  const bool tight = 10 * ImGui::GetFrameHeightWithSpacing() > maxH;
  // Collapsed by default on narrow screens and where one column does not fit (a projector at 2×):
  // there it would cover much of the map.
  const bool open = app.screen.legendOpen.value_or(!narrow && !tight);
  const bool band = open && !narrow && tight;
  ImGui::SetNextWindowPos(ImVec2(o.left, o.attributionTop - kGap), ImGuiCond_Always, ImVec2(0, 1));
  if (band) ImGui::SetNextWindowSize(ImVec2(maxW, 0));  // 0: the height follows the content
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(maxW, maxH));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 6));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 4.0f);
  ImGui::Begin("##legend", nullptr,
               ImGuiWindowFlags_NoDecoration | (band ? 0 : ImGuiWindowFlags_AlwaysAutoResize) | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
  ImGui::PopStyleVar(2);
  publishPanel(app, "legend");
  app.frame.legendRect = windowRect();
  if (narrow) ImGui::SetWindowFontScale(0.8f);
  CallQuery& q = app.view.calls;
  const QueryResult& r = q.result();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float swatchW = ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.x;
  // The next entry, `w` wide: below the last one, or beside it in the band when it fits.
  bool firstEntry = true;
  auto entry = [&](float w) {
    if (band && !firstEntry) sameLineIfRoom(w, 24);
    firstEntry = false;
  };
  auto swatch = [&](ImU32 colour) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    dl->AddRectFilled(p, ImVec2(p.x + h, p.y + h), colour);
    dl->AddRect(p, ImVec2(p.x + h, p.y + h), palette::current().border);
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine();
  };
  const std::string heading = tr("legend.title") + (open ? "  ▾" : "  ▸");
  if (ImGui::Selectable(label(heading, "legend-heading").c_str(), false, 0, ImVec2(ImGui::CalcTextSize(heading.c_str()).x, 0)))
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
      const std::uint32_t n = r.facetCounts.empty() ? 0 : r.facetCounts[CallFacets::Status][v];
      const std::string text = std::string(statusLabel(s)) + " (" + withThousands(n) + ")";
      entry(swatchW + ImGui::CalcTextSize(text.c_str()).x);
      swatch(palette::statusColour(s));
      if (anyStatus && !on) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.45f);
      if (ImGui::Selectable(label(text, "status").c_str(), on, 0, ImVec2(ImGui::CalcTextSize(text.c_str()).x, 0))) q.toggleFacetValue(CallFacets::Status, v);
      if (anyStatus && !on) ImGui::PopStyleVar();
      app.frame.targets.push_back({"legend", status.values[v].value, "", ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y,
                             ImGui::GetItemRectSize().x, ImGui::GetItemRectSize().y});
      ImGui::PopID();
    }
  }
  for (const auto& [colour, key] : {std::pair{palette::current().euNoCall, "legend.no_call"},
                                   std::pair{palette::current().nonEu, "legend.outside_eu"}}) {
    const char* text = tr(key).c_str();
    entry(swatchW + ImGui::CalcTextSize(text).x);
    swatch(colour);
    ImGui::TextUnformatted(text);
  }
  if (!band) ImGui::Spacing();
  const Facet& level = q.facet(CallFacets::Level);
  // Level toggles: an empty box outlined in the text colour, ticked in the check-mark colour, so
  // that ticked and unticked differ clearly in every theme.
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2, 2));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::GetStyleColorVec4(ImGuiCol_WindowBg));
  ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, ImGui::GetStyleColorVec4(ImGuiCol_ButtonHovered));
  ImGui::PushStyleColor(ImGuiCol_Border, ImGui::GetStyleColorVec4(ImGuiCol_Text));
  for (std::uint32_t v = 0; v < level.values.size(); ++v) {
    if (!level.values[v].known) continue;
    ImGui::PushID(100 + static_cast<int>(v));
    bool on = q.isSelected(CallFacets::Level, v);
    const std::uint32_t n = r.facetCounts.empty() ? 0 : r.facetCounts[CallFacets::Level][v];
    const std::string text = trf("legend.level_calls", {{"level", level.values[v].shown()}}) + " (" + withThousands(n) + ")";
    entry(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(text.c_str()).x);
    if (ImGui::Checkbox(label(text, "level").c_str(), &on)) q.toggleFacetValue(CallFacets::Level, v);
    app.frame.targets.push_back({"legend", level.values[v].value, "", ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y,
                           ImGui::GetItemRectSize().x, ImGui::GetItemRectSize().y});
    ImGui::PopID();
  }
  ImGui::PopStyleColor(3);
  ImGui::PopStyleVar(2);
  if (q.hasSelection(CallFacets::Status) || q.hasSelection(CallFacets::Level)) {
    if (ImGui::SmallButton(label("place.show_all"))) {
      q.clearFacet(CallFacets::Status);
      q.clearFacet(CallFacets::Level);
    }
  }
  ImGui::End();
}

// EU-level calls (the central ALMA call and its projects) belong to no country: one button for them.
void drawEuCallsButton(App& app, const MapOverlays& o) {
  if (!app.data.calls) return;
  int n = 0;
  for (int i : visibleCalls(app)) n += app.data.calls->calls[static_cast<std::size_t>(i)].country == "EU" ? 1 : 0;
  if (n == 0) return;
  beginOverlay("##eucalls", ImVec2(o.left, o.top), ImVec2(0, 0));
  // The longest label that fits left of the zoom buttons (large text, phones).
  const std::string count = " (" + withThousands(n) + ")";
  std::string text = tr("place.eu_calls") + count;
  for (const char* shorter : {"map.eu_calls_short", "map.eu_level"})
    if (o.left + buttonWidth(text.c_str()) > o.zoomLeft - kGap) text = tr(shorter) + count;
  const bool selected = app.view.selection.kind == SelectionKind::Country && app.view.selection.id == "EU";
  if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  if (ImGui::Button(label(text, "eu").c_str())) {
    if (selected) clearSelection(app.view);
    else selectPlace(app.view, SelectionKind::Country, "EU");
  }
  if (selected) ImGui::PopStyleColor();
  publishTarget(app, "button", "eu-calls");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("map.eu_calls_tip").c_str());
  publishPanel(app, "eu-calls");
  app.frame.euButtonRect = windowRect();
  endOverlay();
}

void drawZoomButtons(App& app, const MapOverlays& o) {
  const float w = zoomButtonSize();
  beginOverlay("##zoom", ImVec2(o.right, o.top), ImVec2(1, 0));
  const ScreenPoint centre{app.frame.mapArea.x + app.frame.mapArea.w / 2, app.frame.mapArea.y + app.frame.mapArea.h / 2};
  if (ImGui::Button("+", ImVec2(w, w))) zoomAt(app.view.map, app.frame.mapArea, centre, 1.5);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("map.zoom_in").c_str());
  if (ImGui::Button("−", ImVec2(w, w))) zoomAt(app.view.map, app.frame.mapArea, centre, 1 / 1.5);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("map.zoom_out").c_str());
  if (ImGui::Button("↺##reset", ImVec2(w, w))) app.view.map = MapView{};
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("map.reset").c_str());
  if (ImGui::Button("↓##picture", ImVec2(w, w))) app.requests.saveMapImage = true;
  publishTarget(app, "button", "save-map-image");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("map.save_picture").c_str());
  publishPanel(app, "zoom");
  endOverlay();
}

// The licence of the boundaries requires this line wherever the map is shown: it must always fit.
namespace {
struct Attribution {
  const char* text;
  float size;
  ImVec2 at, extent;
};
Attribution attribution(ScreenRect area) {
  const char* full = tr("map.attribution").c_str();
  const char* required = tr("map.attribution_required").c_str();
  ImFont* font = ImGui::GetFont();
  const float maxW = static_cast<float>(area.w) - 16;
  float size = ImGui::GetFontSize() * 0.85f;
  const char* text = full;
  ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0, text);
  if (extent.x > maxW) text = required, extent = font->CalcTextSizeA(size, FLT_MAX, 0, text);
  if (extent.x > maxW) size *= maxW / extent.x, extent = font->CalcTextSizeA(size, FLT_MAX, 0, text);
  const ImVec2 at(static_cast<float>(area.x + area.w) - extent.x - 8, static_cast<float>(area.y + area.h) - extent.y - 5);
  return {text, size, at, extent};
}

// The map area left of the details panel when one lies over the map's right side.
ScreenRect uncoveredMap(const App& app) {
  const ScreenRect& area = app.frame.mapArea;
  const double details = app.view.selection.kind != SelectionKind::None ? app.frame.detailsWidth : 0.0;
  return {area.x, area.y, area.w - details, area.h};
}
}  // namespace

MapOverlays mapOverlays(const App& app) {
  const ScreenRect area = uncoveredMap(app);
  MapOverlays o;
  o.left = static_cast<float>(area.x) + 10;
  o.top = static_cast<float>(area.y) + 10;
  o.right = static_cast<float>(area.x + area.w) - 10;
  o.zoomLeft = o.right - zoomButtonSize();
  o.euBottom = o.top + ImGui::GetFrameHeight();
  const Attribution a = attribution(area);
  o.attributionTop = a.at.y - 2;
  return o;
}

ScreenRect freeMapArea(const App& app) {
  const ScreenRect& area = app.frame.mapArea;
  const ScreenRect& legend = app.frame.legendRect;
  const ScreenRect& eu = app.frame.euButtonRect;
  const double left = area.x + kGap, top = area.y + kGap;
  const double right = area.x + area.w - 10 - zoomButtonSize() - kGap;
  const MapOverlays o = mapOverlays(app);
  const double bottom = o.attributionTop - kGap;
  // Beside the legend (and the EU button above it) ...
  const double besideX = std::max({left, legend.w > 0 ? legend.x + legend.w + kGap : 0.0, eu.w > 0 ? eu.x + eu.w + kGap : 0.0});
  const ScreenRect beside{besideX, top, right - besideX, bottom - top};
  // ... or between the EU button and the legend.
  const double aboveTop = eu.h > 0 ? eu.y + eu.h + kGap : top;
  const double aboveBottom = legend.h > 0 ? legend.y - kGap : bottom;
  const ScreenRect above{left, aboveTop, right - left, aboveBottom - aboveTop};
  const MapRect world = homeBounds();
  auto scale = [&](const ScreenRect& r) { return r.w <= 0 || r.h <= 0 ? 0.0 : std::min(r.w / world.width(), r.h / world.height()); };
  return scale(beside) >= scale(above) ? beside : above;
}

float zoomButtonSize() { return ImGui::GetFrameHeight() * 1.2f; }

void drawMapCaption(App& app, const MapOverlays& o) {
  const std::string text = tr("product.name") + "\n" +
                           trf("map.caption", {{"date", app.data.calls ? exportDate(app.data.calls->info) : tr("data.not_loaded")}});
  beginOverlay("##caption", ImVec2(o.left, o.top), ImVec2(0, 0));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 at = ImGui::GetCursorScreenPos(), size = ImGui::CalcTextSize(text.c_str());
  dl->AddRectFilled(ImVec2(at.x - 6, at.y - 4), ImVec2(at.x + size.x + 6, at.y + size.y + 4), palette::current().attributionBox, 4);
  dl->AddText(at, palette::current().attributionText, text.c_str());
  ImGui::Dummy(size);
  endOverlay();
}

void drawAttribution(App& app, ImDrawList* dl) {
  const Attribution a = attribution(uncoveredMap(app));
  const ImVec2 p0(a.at.x - 4, a.at.y - 2), p1(a.at.x + a.extent.x + 4, a.at.y + a.extent.y + 2);
  dl->AddRectFilled(p0, p1, palette::current().attributionBox);
  dl->AddText(ImGui::GetFont(), a.size, a.at, palette::current().attributionText, a.text);
  app.frame.panels.push_back({"panel", "attribution", "", p0.x, p0.y, p1.x - p0.x, p1.y - p0.y});
}

}  // namespace alma::ui
