// The map view: draws the regions shaded by their calls, and turns pointer, wheel and keyboard
// input into view changes, hover and selection. Geometry comes from core (map_asset, map_hit),
// the world ⇄ screen mapping from core/map_view — the same pair for drawing and hit-testing.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "core/call_places.hpp"
#include "core/countries.hpp"
#include "core/derived.hpp"
#include "core/format.hpp"
#include "core/map_hit.hpp"
#include "ui/map_draw.hpp"
#include "ui/map_style.hpp"
#include "ui/views.hpp"

namespace alma::ui {

namespace {

// The place a region stands for at its level: the country code at level 0, else its NUTS code.
const std::string& placeId(const MapRegion& r) { return r.level == 0 ? r.country : r.id; }

ImU32 regionFill(const MapRegion& r, std::optional<CallStatus> best) {
  if (best) return map_style::statusColour(*best);
  return isEuMemberState(r.country) ? map_style::kEuNoCall : map_style::kNonEu;
}

// The shading of every region, recomputed only when the shown calls (or the map) change.
const std::vector<std::optional<CallStatus>>& regionStatuses(App& app) {
  const std::vector<MapRegion>& regions = app.map->regions;
  if (app.regionStatusVersion == app.visibleCallsVersion && app.regionStatus.size() == regions.size())
    return app.regionStatus;
  app.regionStatus.assign(regions.size(), std::nullopt);
  if (app.data.calls)
    for (std::size_t i = 0; i < regions.size(); ++i)
      app.regionStatus[i] = bestStatus(summarisePlace(app.data.calls->calls, app.visibleCalls, placeId(regions[i]), app.today));
  app.regionStatusVersion = app.visibleCallsVersion;
  return app.regionStatus;
}

std::string regionName(const MapRegion& r) {
  if (r.level == 0) return countryLabel(r.country);
  if (r.nameNative.empty() || r.nameNative == r.nameLatin) return r.nameLatin;
  return r.nameLatin + " / " + r.nameNative;
}

// Index of the region under the pointer at `level`; small regions (Malta) get a larger target.
int regionUnder(const App& app, ImVec2 mouse, int level) {
  const MapPoint w = screenToWorld(app.mapView, app.mapArea, {mouse.x, mouse.y});
  const int hit = hitTest(*app.map, w, level);
  if (hit >= 0) return hit;
  const double pixels = 10.0;
  return nearestWithin(*app.map, w, level, pixels / (baseScale(app.mapArea) * app.mapView.zoom));
}

void tooltipFor(const App& app, const MapRegion& r) {
  const PlaceSummary s = summarisePlace(app.data.calls->calls, app.visibleCalls, placeId(r), app.today);
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(regionName(r).c_str());
  if (s.total() == 0) {
    ImGui::TextDisabled("No ALMA calls");
  } else {
    std::string counts;
    auto add = [&](int n, const char* what) {
      if (!n) return;
      if (!counts.empty()) counts += " · ";
      counts += std::to_string(n) + " " + what;
    };
    add(s.open, "open");
    add(s.planned, "planned");
    add(s.closed, "closed");
    add(s.unknown, "status unknown");
    ImGui::Text("%d ALMA %s: %s", s.total(), s.total() == 1 ? "call" : "calls", counts.c_str());
    if (s.nearestDeadline)
      ImGui::Text("Next deadline %s (%s)", humanDate(*s.nearestDeadline).c_str(),
                  daysLeftPhrase(daysUntil(app.today, *s.nearestDeadline).value_or(0)).c_str());
    ImGui::TextDisabled("Click for the calls and links");
  }
  ImGui::EndTooltip();
}

void drawRegions(ImDrawList* dl, App& app, const ScreenTransform& t, int level, const MapRect& visible) {
  const MapAsset& a = *app.map;
  const auto& status = regionStatuses(app);
  for (const MapNeighbour& n : a.neighbours) fillTriangles(dl, a, t, n.triangles, map_style::kNeighbour);
  const IndexRange places = a.levelRange(level);
  for (std::uint32_t i = places.first; i < places.first + places.count; ++i) {
    const MapRegion& r = a.regions[i];
    const bool onScreen = !(r.bbox.maxX < visible.minX || r.bbox.minX > visible.maxX || r.bbox.maxY < visible.minY ||
                            r.bbox.minY > visible.maxY);
    if (!onScreen && r.inset < 0) continue;
    fillTriangles(dl, a, t, r.triangles, regionFill(r, status[i]));
  }
  drawBorders(dl, a, t, BorderClass::Neighbour, map_style::kInnerBorder, 0.75f);
  if (level >= 2) drawBorders(dl, a, t, BorderClass::Nuts2, map_style::kInnerBorder, 0.75f);
  if (level >= 1) drawBorders(dl, a, t, BorderClass::Nuts1, map_style::kInnerBorder, 1.0f);
  drawBorders(dl, a, t, BorderClass::Country, map_style::kBorder, 1.0f);
  drawBorders(dl, a, t, BorderClass::Outer, map_style::kBorder, 1.0f);
}

// Where a call gets a marker instead of (or besides) a shaded region: EU-level calls at their
// region (they belong to no country), and calls whose region code is not on the map at their
// lat/lon. Returns false when the call has no such place.
bool markerPlace(const App& app, const Call& c, MapPoint& out) {
  const MapAsset& a = *app.map;
  const bool eu = c.country == "EU";
  const bool hasCode = c.region && c.region->code && !c.region->code->empty();
  const int region = hasCode ? a.findRegion(*c.region->code) : -1;
  if (!eu && (region >= 0 || !hasCode)) return false;  // shown by its region or country fill
  if (region >= 0) {
    out = a.regions[static_cast<std::size_t>(region)].centroid;
    return true;
  }
  if (c.region && c.region->lat && c.region->lon) {
    out = toMapPlane(*c.region->lon, *c.region->lat);
    return true;
  }
  return false;
}

constexpr float kMarkerRadius = 7.0f;

void drawMarkers(ImDrawList* dl, const App& app, const ScreenTransform& t) {
  if (!app.data.calls) return;
  for (int i : app.visibleCalls) {
    const Call& c = app.data.calls->calls[static_cast<std::size_t>(i)];
    MapPoint p;
    if (!markerPlace(app, c, p)) continue;
    const ImVec2 s = toScreen(t, p);
    const bool eu = c.country == "EU";
    const ImU32 fill = eu ? map_style::kSelected : map_style::statusColour(effectiveStatus(c, app.today));
    dl->AddCircleFilled(s, kMarkerRadius, fill);
    dl->AddCircle(s, kMarkerRadius, eu ? IM_COL32(255, 204, 0, 255) : IM_COL32(40, 40, 40, 255), 0, 2.0f);
  }
}

// The call whose marker is under the pointer, or -1.
int markerUnder(const App& app, ImVec2 mouse) {
  if (!app.data.calls || !app.map) return -1;
  for (int i : app.visibleCalls) {
    const Call& c = app.data.calls->calls[static_cast<std::size_t>(i)];
    MapPoint p;
    if (!markerPlace(app, c, p)) continue;
    const ScreenPoint s = worldToScreen(app.mapView, app.mapArea, p);
    const double dx = s.x - mouse.x, dy = s.y - mouse.y;
    if (dx * dx + dy * dy <= (kMarkerRadius + 3) * (kMarkerRadius + 3)) return i;
  }
  return -1;
}

void drawInsetFrames(ImDrawList* dl, const MapAsset& a, const ScreenTransform& t) {
  for (const MapInsetBox& box : a.insets) {
    const ImVec2 p0 = toScreen(t, {box.box.minX, box.box.maxY}), p1 = toScreen(t, {box.box.maxX, box.box.minY});
    dl->AddRect(p0, p1, IM_COL32(90, 100, 115, 255), 0.0f, 0, 1.0f);
    // Captions only where they fit; the tooltip and details name every inset region anyway.
    const float size = ImGui::GetFontSize() * 0.72f;
    const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0.0f, box.name.c_str());
    if (text.x + 6 < p1.x - p0.x)
      dl->AddText(ImGui::GetFont(), size, ImVec2(p0.x + 3, p0.y + 1), IM_COL32(60, 66, 78, 255), box.name.c_str());
  }
}

// Flows from a call's place to each receiving country (when the call lists destinations).
void drawFlows(ImDrawList* dl, App& app, const ScreenTransform& t) {
  if (app.focusedCall.empty() || !app.data.calls) return;
  const MapAsset& a = *app.map;
  for (const Call& c : app.data.calls->calls) {
    if (c.id != app.focusedCall) continue;
    int origin = -1;
    if (c.region && c.region->code) origin = a.findRegion(*c.region->code);
    if (origin < 0 && c.country != "EU") origin = a.findRegion(c.country);
    if (origin < 0) return;
    const ImVec2 from = toScreen(t, a.regions[static_cast<std::size_t>(origin)].centroid);
    for (const std::string& d : c.destinations) {
      const int to = a.findRegion(d);
      if (to < 0) continue;
      drawFlow(dl, from, toScreen(t, a.regions[static_cast<std::size_t>(to)].centroid), map_style::kFlow, 2.0f);
      app.flows.push_back(a.regions[static_cast<std::size_t>(origin)].id + ">" + d);
    }
    return;
  }
}

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

// The legend is also the map's filter: click a status to show only calls with it (click again
// to undo), and the level toggles below it; counts say how many calls each would show. It drives
// the same call query as the Calls tab, so the list and the map always agree.
void drawLegend(App& app) {
  const bool narrow = app.mapArea.w < 600;
  ImGui::SetNextWindowBgAlpha(0.88f);
  // Bottom-left corner, above the attribution line.
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(app.mapArea.x) + 8, static_cast<float>(app.mapArea.y + app.mapArea.h) - 30),
                          ImGuiCond_Always, ImVec2(0, 1));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 6));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 4.0f);
  ImGui::Begin("##legend", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
  ImGui::PopStyleVar(2);
  if (narrow) ImGui::SetWindowFontScale(0.8f);
  CallQuery& q = app.callQuery;
  const QueryResult& r = q.result();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  auto swatch = [&](ImU32 colour) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    dl->AddRectFilled(p, ImVec2(p.x + h, p.y + h), colour);
    dl->AddRect(p, ImVec2(p.x + h, p.y + h), map_style::kBorder);
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine();
  };
  // Collapsed by default on narrow screens, where it would cover much of the map.
  const bool open = app.legendOpen.value_or(!narrow);
  if (ImGui::Selectable(open ? "ALMA calls  ▾" : "ALMA calls  ▸", false, 0, ImVec2(ImGui::CalcTextSize("ALMA calls  ▾").x, 0)))
    app.legendOpen = !open;
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
      swatch(map_style::statusColour(s));
      const std::uint32_t n = r.facetCounts.empty() ? 0 : r.facetCounts[CallFacets::Status][v];
      const std::string label = std::string(map_style::statusLabel(s)) + " (" + std::to_string(n) + ")";
      if (anyStatus && !on) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.45f);
      if (ImGui::Selectable(label.c_str(), on, ImGuiSelectableFlags_DontClosePopups)) q.toggleFacetValue(CallFacets::Status, v);
      if (anyStatus && !on) ImGui::PopStyleVar();
      app.targets.push_back({"legend", status.values[v].value, "", ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y,
                             ImGui::GetItemRectSize().x, ImGui::GetItemRectSize().y});
      ImGui::PopID();
    }
  }
  swatch(map_style::kEuNoCall);
  ImGui::TextUnformatted("no call listed (EU)");
  swatch(map_style::kNonEu);
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
    app.targets.push_back({"legend", level.values[v].value, "", ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y,
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
  for (int i : app.visibleCalls) n += app.data.calls->calls[static_cast<std::size_t>(i)].country == "EU" ? 1 : 0;
  if (n == 0) return;
  beginOverlay("##eucalls", ImVec2(static_cast<float>(app.mapArea.x) + 10, static_cast<float>(app.mapArea.y) + 10), ImVec2(0, 0));
  const std::string label = "EU-level ALMA calls (" + std::to_string(n) + ")";
  const bool selected = app.selection.kind == SelectionKind::Country && app.selection.id == "EU";
  if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  if (ImGui::Button(label.c_str())) {
    app.selection = selected ? Selection{} : Selection{SelectionKind::Country, "EU"};
    app.focusedCall.clear();
  }
  if (selected) ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The central ALMA call managed at EU level and its projects");
  ImGui::End();
}

void handleInput(App& app, int level) {
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 mouse = io.MousePos;
  const ScreenRect area = app.mapArea;
  if (app.pinchFactor != 1.0) zoomAt(app.mapView, area, app.pinchCentre, app.pinchFactor);
  if (ImGui::IsItemHovered() && io.MouseWheel != 0.0f) {
    zoomAt(app.mapView, area, {mouse.x, mouse.y}, std::pow(1.25, io.MouseWheel));
  }
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) {
    panBy(app.mapView, area, io.MouseDelta.x, io.MouseDelta.y);
  }
  app.hover.clear();
  const int marker = markerUnder(app, mouse);
  if (ImGui::IsItemHovered() && marker >= 0) {
    const Call& c = app.data.calls->calls[static_cast<std::size_t>(marker)];
    app.hover = c.id;
    ImGui::SetTooltip("%s\n%s · click for details", c.title.c_str(),
                      c.country == "EU" ? "EU level" : "ALMA call");
  } else if (ImGui::IsItemHovered() && !ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) {
    const int r = regionUnder(app, mouse, level);
    if (r >= 0) {
      const MapRegion& region = app.map->regions[static_cast<std::size_t>(r)];
      app.hover = placeId(region);
      if (app.data.calls) tooltipFor(app, region);
    }
  }
  // A click is a press and release without a drag.
  if (ImGui::IsItemDeactivated() && io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 3.0f * 3.0f) {
    const int r = regionUnder(app, mouse, level);
    if (marker >= 0) {
      app.selection = {SelectionKind::Call, app.data.calls->calls[static_cast<std::size_t>(marker)].id};
    } else if (r < 0) {
      app.selection = {};
    } else {
      const MapRegion& region = app.map->regions[static_cast<std::size_t>(r)];
      app.selection = {region.level == 0 ? SelectionKind::Country : SelectionKind::Region, placeId(region)};
    }
    app.focusedCall = app.selection.kind == SelectionKind::Call ? app.selection.id : "";
  }
}

// Arrows pan, + / − zoom around the centre, 0 resets; Tab / Shift+Tab step through the countries
// that have calls and Enter opens the one in focus — the map is usable without a mouse.
void handleKeyboard(App& app) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || !app.map) return;
  const ScreenRect area = app.mapArea;
  const double step = 80.0;
  if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) panBy(app.mapView, area, step, 0);
  if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) panBy(app.mapView, area, -step, 0);
  if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) panBy(app.mapView, area, 0, step);
  if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) panBy(app.mapView, area, 0, -step);
  const ScreenPoint centre{area.x + area.w / 2, area.y + area.h / 2};
  if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) zoomAt(app.mapView, area, centre, 1.5);
  if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract))
    zoomAt(app.mapView, area, centre, 1 / 1.5);
  if (ImGui::IsKeyPressed(ImGuiKey_0) || ImGui::IsKeyPressed(ImGuiKey_Keypad0)) app.mapView = MapView{};
  if (ImGui::IsKeyPressed(ImGuiKey_Tab) && app.data.calls) {
    std::vector<std::string> places;  // countries with calls, in map order (level 0 is sorted by code)
    const IndexRange countries = app.map->levelRange(0);
    const auto& status = regionStatuses(app);
    for (std::uint32_t i = countries.first; i < countries.first + countries.count; ++i)
      if (status[i]) places.push_back(app.map->regions[i].country);
    if (!places.empty()) {
      auto it = std::find(places.begin(), places.end(), app.keyboardPlace);
      const int n = static_cast<int>(places.size());
      int at = it == places.end() ? (io.KeyShift ? 0 : n - 1) : static_cast<int>(it - places.begin());
      at = (at + (io.KeyShift ? n - 1 : 1)) % n;
      app.keyboardPlace = places[static_cast<std::size_t>(at)];
    }
  }
  if ((ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter)) && !app.keyboardPlace.empty()) {
    app.selection = {SelectionKind::Country, app.keyboardPlace};
    app.focusedCall.clear();
  }
}

void drawZoomButtons(App& app) {
  const float w = ImGui::GetFrameHeight() * 1.2f;
  const float right = static_cast<float>(app.mapArea.x + app.mapArea.w) - 10 - (app.selection.kind != SelectionKind::None ? app.detailsWidth : 0.0f);
  beginOverlay("##zoom", ImVec2(right, static_cast<float>(app.mapArea.y) + 10), ImVec2(1, 0));
  const ScreenPoint centre{app.mapArea.x + app.mapArea.w / 2, app.mapArea.y + app.mapArea.h / 2};
  if (ImGui::Button("+", ImVec2(w, w))) zoomAt(app.mapView, app.mapArea, centre, 1.5);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom in (+)");
  if (ImGui::Button("−", ImVec2(w, w))) zoomAt(app.mapView, app.mapArea, centre, 1 / 1.5);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom out (−)");
  if (ImGui::Button("↺##reset", ImVec2(w, w))) app.mapView = MapView{};
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

}  // namespace

void drawMapView(App& app, ScreenRect area) {
  app.mapArea = area;
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(area.x), static_cast<float>(area.y)));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(area.w), static_cast<float>(area.h)));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, map_style::kSea);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##map", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  if (!app.map) {
    ImGui::SetCursorPos(ImVec2(20, 20));
    ImGui::TextUnformatted(app.mapError.empty() ? "Loading the map…" : ("The map could not be shown: " + app.mapError).c_str());
    ImGui::End();
    ImGui::PopStyleColor();
    return;
  }
  const int level = detailLevel(app.mapView.zoom);
  ImGui::SetCursorScreenPos(ImVec2(static_cast<float>(area.x), static_cast<float>(area.y)));
  ImGui::InvisibleButton("##mapinput", ImVec2(static_cast<float>(area.w), static_cast<float>(area.h)));
  handleInput(app, level);
  handleKeyboard(app);

  const ScreenTransform t = screenTransform(app.mapView, area);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  drawRegions(dl, app, t, level, visibleWorld(app.mapView, area));
  drawInsetFrames(dl, *app.map, t);
  const MapAsset& a = *app.map;
  if (!app.hover.empty()) {
    const int r = a.findRegion(app.hover);
    if (r >= 0) outlineRegion(dl, a, t, a.regions[static_cast<std::size_t>(r)], map_style::kHover, 2.0f);
  }
  if (!app.keyboardPlace.empty()) {
    const int r = a.findRegion(app.keyboardPlace);
    if (r >= 0) outlineRegion(dl, a, t, a.regions[static_cast<std::size_t>(r)], map_style::kHover, 2.5f);
  }
  if (app.selection.kind == SelectionKind::Country || app.selection.kind == SelectionKind::Region) {
    const int r = a.findRegion(app.selection.id);
    if (r >= 0) outlineRegion(dl, a, t, a.regions[static_cast<std::size_t>(r)], map_style::kSelected, 3.0f);
  }
  drawFlows(dl, app, t);
  drawMarkers(dl, app, t);

  // Left of the details panel when one lies over the map: the attribution must stay visible.
  drawAttribution(dl, {area.x, area.y, area.w - (app.selection.kind != SelectionKind::None ? app.detailsWidth : 0.0), area.h});
  ImGui::End();
  ImGui::PopStyleColor();
  drawLegend(app);
  drawZoomButtons(app);
  drawEuCallsButton(app);
}

bool mapScreenPos(const App& app, double lon, double lat, float& x, float& y) {
  if (!app.map) return false;
  const ScreenPoint s = worldToScreen(app.mapView, app.mapArea, toMapPlane(lon, lat));
  if (!app.mapArea.contains(s)) return false;
  x = static_cast<float>(s.x);
  y = static_cast<float>(s.y);
  return true;
}

}  // namespace alma::ui
