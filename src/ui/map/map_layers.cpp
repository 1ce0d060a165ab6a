#include "ui/map/map_layers.hpp"

#include <cfloat>

#include "core/map/map_frame.hpp"
#include "core/model/countries.hpp"
#include "core/model/derived.hpp"
#include "ui/derived.hpp"
#include "ui/map/map_draw.hpp"
#include "ui/palette.hpp"

namespace alma::ui {

namespace {

ImU32 regionFill(const MapRegion& r, std::optional<CallStatus> best) {
  if (best) return palette::statusColour(*best);
  return isEuMemberState(r.country) ? palette::current().euNoCall : palette::current().nonEu;
}

// Where a call gets a marker instead of (or besides) a shaded region: EU-level calls at their
// region (they belong to no country), and calls whose region code is not on the map at their
// lat/lon. Returns false when the call has no such place.
bool markerPlace(App& app, const Call& c, MapPoint& out) {
  const MapAsset& a = *app.data.map;
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

}  // namespace

void drawRegions(ImDrawList* dl, App& app, const ScreenTransform& t, int level, const MapRect& visible) {
  const MapAsset& a = *app.data.map;
  const auto& status = regionStatuses(app);
  const palette::Palette& p = palette::current();
  auto onScreen = [&](const MapRect& b) {
    return !(b.maxX < visible.minX || b.minX > visible.maxX || b.maxY < visible.minY || b.minY > visible.maxY);
  };
  for (const MapNeighbour& n : a.neighbours)
    if (onScreen(n.bbox)) fillTriangles(dl, a, t, n.triangles, p.neighbour);
  const IndexRange places = a.levelRange(level);
  for (std::uint32_t i = places.first; i < places.first + places.count; ++i) {
    const MapRegion& r = a.regions[i];
    if (!onScreen(r.bbox) && r.inset < 0) continue;
    fillTriangles(dl, a, t, r.triangles, regionFill(r, status[i]));
  }
  drawBorders(dl, a, t, BorderClass::Neighbour, p.innerBorder, 0.75f);
  if (level >= 2) drawBorders(dl, a, t, BorderClass::Nuts2, p.innerBorder, 0.75f);
  if (level >= 1) drawBorders(dl, a, t, BorderClass::Nuts1, p.innerBorder, 1.0f);
  drawBorders(dl, a, t, BorderClass::Country, p.border, p.borderWidth);
  drawBorders(dl, a, t, BorderClass::Outer, p.border, p.borderWidth);
}

void drawMarkers(ImDrawList* dl, App& app, const ScreenTransform& t) {
  if (!app.data.calls) return;
  for (int i : visibleCalls(app)) {
    const Call& c = app.data.calls->calls[static_cast<std::size_t>(i)];
    MapPoint p;
    if (!markerPlace(app, c, p)) continue;
    const ImVec2 s = toScreen(t, p);
    const bool eu = c.country == "EU";
    const palette::Palette& pal = palette::current();
    const ImU32 fill = eu ? pal.euMarker : palette::statusColour(effectiveStatus(c, app.data.today));
    dl->AddCircleFilled(s, kMarkerRadius, fill);
    dl->AddCircle(s, kMarkerRadius, eu ? pal.euMarkerRing : pal.markerRing, 0, 2.0f);
  }
}

// The call whose marker is under the pointer, or -1.
int markerUnder(App& app, ImVec2 mouse) {
  if (!app.data.calls || !app.data.map) return -1;
  for (int i : visibleCalls(app)) {
    const Call& c = app.data.calls->calls[static_cast<std::size_t>(i)];
    MapPoint p;
    if (!markerPlace(app, c, p)) continue;
    const ScreenPoint s = worldToScreen(app.view.map, app.frame.mapArea, p);
    const double dx = s.x - mouse.x, dy = s.y - mouse.y;
    if (dx * dx + dy * dy <= (kMarkerRadius + 3) * (kMarkerRadius + 3)) return i;
  }
  return -1;
}

void drawInsetFrames(ImDrawList* dl, const MapAsset& a, const ScreenTransform& t) {
  for (const MapInsetBox& box : a.insets) {
    const ImVec2 p0 = toScreen(t, {box.box.minX, box.box.maxY}), p1 = toScreen(t, {box.box.maxX, box.box.minY});
    dl->AddRect(p0, p1, palette::current().insetFrame, 0.0f, 0, 1.0f);
    // Captions only where they fit; the tooltip and details name every inset region anyway.
    const float size = ImGui::GetFontSize() * 0.72f;
    const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0.0f, box.name.c_str());
    if (text.x + 6 < p1.x - p0.x)
      dl->AddText(ImGui::GetFont(), size, ImVec2(p0.x + 3, p0.y + 1), palette::current().insetCaption, box.name.c_str());
  }
}

// Flows from a call's place to each receiving country (when the call lists destinations).
void drawFlows(ImDrawList* dl, App& app, const ScreenTransform& t) {
  if (app.view.focusedCall.empty() || !app.data.calls) return;
  const MapAsset& a = *app.data.map;
  for (const Call& c : app.data.calls->calls) {
    if (c.id != app.view.focusedCall) continue;
    int origin = -1;
    if (c.region && c.region->code) origin = a.findRegion(*c.region->code);
    if (origin < 0 && c.country != "EU") origin = a.findRegion(c.country);
    if (origin < 0) return;
    const ImVec2 from = toScreen(t, a.regions[static_cast<std::size_t>(origin)].centroid);
    for (const std::string& d : c.destinations) {
      const int to = a.findRegion(d);
      if (to < 0) continue;
      drawFlow(dl, from, toScreen(t, a.regions[static_cast<std::size_t>(to)].centroid), palette::current().flow, 2.0f);
      app.frame.flows.push_back(a.regions[static_cast<std::size_t>(origin)].id + ">" + d);
    }
    return;
  }
}

}  // namespace alma::ui
