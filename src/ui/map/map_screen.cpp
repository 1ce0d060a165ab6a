// The map view: the map window and its input — pointer, wheel, pinch and keyboard become view
// changes, hover and selection (through core's intents). What is drawn comes from map_layers, the
// controls over it from map_controls; the world ⇄ screen pair from core/map/viewport.hpp.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/view/mirror_parts.hpp"  // statusCounts: one wording for the tooltip and the mirror
#include "ui/labels.hpp"
#include "core/map/call_places.hpp"
#include "core/map/map_hit.hpp"
#include "core/model/derived.hpp"
#include "core/model/format.hpp"
#include "core/model/record_facts.hpp"
#include "ui/derived.hpp"
#include "ui/map/map_controls.hpp"
#include "ui/map/map_draw.hpp"
#include "ui/map/map_layers.hpp"
#include "ui/palette.hpp"
#include "ui/views.hpp"

namespace alma::ui {

namespace {

// Index of the region under the pointer at `level`; small regions (Malta) get a larger target.
int regionUnder(App& app, ImVec2 mouse, int level) {
  const MapPoint w = screenToWorld(app.view.map, app.frame.mapArea, {mouse.x, mouse.y});
  const int hit = hitTest(*app.data.map, w, level);
  if (hit >= 0) return hit;
  const double pixels = 10.0;
  return nearestWithin(*app.data.map, w, level, pixels / (baseScale(app.frame.mapArea) * app.view.map.zoom));
}

void tooltipFor(App& app, const MapRegion& r) {
  const PlaceSummary s = summarisePlace(app.data.calls->calls, visibleCalls(app), placeId(r), app.data.today);
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(regionLabel(r).c_str());
  if (s.total() == 0) {
    ImGui::TextDisabled("%s", tr("map.no_alma_calls").c_str());
  } else {
    ImGui::TextUnformatted((trn("count.alma_calls", s.total()) + ": " + mirror::statusCounts(s)).c_str());
    if (s.nearestDeadline)
      ImGui::TextUnformatted(trf("map.next_deadline", {{"date", humanDate(*s.nearestDeadline)},
                                                       {"when", daysLeftPhrase(daysUntil(app.data.today, *s.nearestDeadline).value_or(0))}}).c_str());
    ImGui::TextDisabled("%s", tr("map.click_for_calls").c_str());
  }
  ImGui::EndTooltip();
}

void handleInput(App& app, int level) {
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 mouse = io.MousePos;
  const ScreenRect area = app.frame.mapArea;
  if (app.frame.pinchFactor != 1.0) zoomAt(app.view.map, area, app.frame.pinchCentre, app.frame.pinchFactor);
  if (ImGui::IsItemHovered() && io.MouseWheel != 0.0f) {
    zoomAt(app.view.map, area, {mouse.x, mouse.y}, std::pow(1.25, io.MouseWheel));
  }
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) {
    panBy(app.view.map, area, io.MouseDelta.x, io.MouseDelta.y);
  }
  app.frame.hover.clear();
  const int marker = markerUnder(app, mouse);
  if (ImGui::IsItemHovered() && marker >= 0) {
    const Call& c = app.data.calls->calls[static_cast<std::size_t>(marker)];
    app.frame.hover = c.id;
    ImGui::SetTooltip("%s\n%s", shownTitle(c).c_str(), tr(c.country == "EU" ? "map.marker_eu" : "map.marker_call").c_str());
  } else if (ImGui::IsItemHovered() && !ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) {
    const int r = regionUnder(app, mouse, level);
    if (r >= 0) {
      const MapRegion& region = app.data.map->regions[static_cast<std::size_t>(r)];
      app.frame.hover = placeId(region);
      if (app.data.calls) tooltipFor(app, region);
    }
  }
  // A click is a press and release without a drag.
  if (ImGui::IsItemDeactivated() && io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 3.0f * 3.0f) {
    const int r = regionUnder(app, mouse, level);
    if (marker >= 0) {
      selectCall(app.view, app.data.calls->calls[static_cast<std::size_t>(marker)].id);
    } else if (r < 0) {
      clearSelection(app.view);
    } else {
      const MapRegion& region = app.data.map->regions[static_cast<std::size_t>(r)];
      selectPlace(app.view, region.level == 0 ? SelectionKind::Country : SelectionKind::Region, placeId(region));
    }
  }
}

// Arrows pan, + / − zoom around the centre, 0 resets. Tab leaves the canvas for the accessible
// mirror, whose list of countries and regions with calls selects them as a click here does.
void handleKeyboard(App& app) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || !app.data.map) return;
  const ScreenRect area = app.frame.mapArea;
  const double step = 80.0;
  if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) panBy(app.view.map, area, step, 0);
  if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) panBy(app.view.map, area, -step, 0);
  if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) panBy(app.view.map, area, 0, step);
  if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) panBy(app.view.map, area, 0, -step);
  const ScreenPoint centre{area.x + area.w / 2, area.y + area.h / 2};
  if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) zoomAt(app.view.map, area, centre, 1.5);
  if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract))
    zoomAt(app.view.map, area, centre, 1 / 1.5);
  if (ImGui::IsKeyPressed(ImGuiKey_0) || ImGui::IsKeyPressed(ImGuiKey_Keypad0)) app.view.map = MapView{};
}

}  // namespace

namespace {
// The map window: sea, land, borders, the selection, flows and markers, the attribution. With
// `interactive`, also the input area, the view's fit and the hover and keyboard outlines.
// False when there is no map to draw (the window then says why).
bool drawMapWindow(App& app, ScreenRect area, bool interactive, ScreenRect& free) {
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(area.x), static_cast<float>(area.y)));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(area.w), static_cast<float>(area.h)));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette::current().sea);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##map", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  if (!app.data.map) {
    ImGui::SetCursorPos(ImVec2(20, 20));
    ImGui::TextUnformatted((app.data.mapError.empty() ? tr("map.loading") : trf("map.failed", {{"error", app.data.mapError}})).c_str());
    ImGui::End();
    ImGui::PopStyleColor();
    return false;
  }
  const MapAsset& a = *app.data.map;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (interactive) {
    ImGui::SetCursorScreenPos(ImVec2(static_cast<float>(area.x), static_cast<float>(area.y)));
    ImGui::InvisibleButton("##mapinput", ImVec2(static_cast<float>(area.w), static_cast<float>(area.h)));
    handleInput(app, detailLevel(app.view.map.zoom));
    handleKeyboard(app);
    // Home: Europe fitted into what the controls leave free; else the view as the person left it,
    // kept within what the map covers at this size.
    free = freeMapArea(app);
    if (app.view.map.home) app.view.map = fitView(homeBounds(), area, free);
    else clampView(app.view.map, area);
  }
  const int level = detailLevel(app.view.map.zoom);
  const ScreenTransform t = screenTransform(app.view.map, area);
  drawRegions(dl, app, t, level, visibleWorld(app.view.map, area));
  drawInsetFrames(dl, a, t);
  if (interactive && !app.frame.hover.empty()) {
    const int r = a.findRegion(app.frame.hover);
    if (r >= 0) outlineRegion(dl, a, t, a.regions[static_cast<std::size_t>(r)], palette::current().hover, 2.0f);
  }
  if (interactive && !app.screen.keyboardPlace.empty()) {  // its button in the accessible mirror has the focus
    const int r = a.findRegion(app.screen.keyboardPlace);
    if (r >= 0) {
      outlineRegion(dl, a, t, a.regions[static_cast<std::size_t>(r)], palette::kFocusOuter, 5.0f);
      outlineRegion(dl, a, t, a.regions[static_cast<std::size_t>(r)], palette::kFocusInner, 2.0f);
    }
  }
  if (app.view.selection.kind == SelectionKind::Country || app.view.selection.kind == SelectionKind::Region) {
    const int r = a.findRegion(app.view.selection.id);
    if (r >= 0) outlineRegion(dl, a, t, a.regions[static_cast<std::size_t>(r)], palette::current().selected, 3.0f);
  }
  drawFlows(dl, app, t);
  drawMarkers(dl, app, t);
  // Left of the details panel when one lies over the map: the attribution must stay visible.
  drawAttribution(app, dl);
  ImGui::End();
  ImGui::PopStyleColor();
  return true;
}
}  // namespace

void drawMapView(App& app, ScreenRect area) {
  app.frame.mapArea = area;
  ScreenRect free;
  if (!drawMapWindow(app, area, true, free)) return;
  const MapOverlays overlays = mapOverlays(app);
  app.frame.legendRect = app.frame.euButtonRect = {};  // set again by what is drawn
  drawLegend(app, overlays);
  drawZoomButtons(app, overlays);
  drawEuCallsButton(app, overlays);
  // The controls took another size (the legend sizes itself to its content): fit again next frame.
  const ScreenRect now = freeMapArea(app);
  if (app.view.map.home && (now.x != free.x || now.y != free.y || now.w != free.w || now.h != free.h)) app.requests.redraw = true;
}

void drawMapPicture(App& app, ScreenRect area) {
  app.frame.mapArea = area;
  app.frame.detailsWidth = 0;  // the picture is the map alone
  ScreenRect free;
  if (!drawMapWindow(app, area, false, free)) return;
  const MapOverlays overlays = mapOverlays(app);
  drawLegend(app, overlays);
  drawMapCaption(app, overlays);
}

bool placeRect(const App& app, const std::string& place, float rect[4]) {
  if (!app.data.map || app.view.tab != Tab::Map) return false;
  const int r = app.data.map->findRegion(place);
  if (r < 0) return false;
  const MapRect& box = app.data.map->regions[static_cast<std::size_t>(r)].bbox;
  const ScreenRect& area = app.frame.mapArea;
  const ScreenPoint a = worldToScreen(app.view.map, area, {box.minX, box.maxY}), b = worldToScreen(app.view.map, area, {box.maxX, box.minY});
  const double x0 = std::max(a.x, area.x), y0 = std::max(a.y, area.y);
  const double x1 = std::min(b.x, area.x + area.w), y1 = std::min(b.y, area.y + area.h);
  if (x1 <= x0 || y1 <= y0) return false;
  rect[0] = static_cast<float>(x0), rect[1] = static_cast<float>(y0), rect[2] = static_cast<float>(x1 - x0), rect[3] = static_cast<float>(y1 - y0);
  return true;
}

bool mapScreenPos(const App& app, double lon, double lat, float& x, float& y) {
  if (!app.data.map) return false;
  const ScreenPoint s = worldToScreen(app.view.map, app.frame.mapArea, toMapPlane(lon, lat));
  if (!app.frame.mapArea.contains(s)) return false;
  x = static_cast<float>(s.x);
  y = static_cast<float>(s.y);
  return true;
}

}  // namespace alma::ui
