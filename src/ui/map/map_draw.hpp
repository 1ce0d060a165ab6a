#pragma once
// Low-level map drawing into an ImDrawList: cached triangles (never ImGui's per-frame concave
// fill, ~18 ms for one 2,000-point ring in wasm), border polylines, outlines, flows, markers.
// Every position goes through one ScreenTransform (core/map/viewport.hpp).
#include <imgui.h>

#include "core/map/map_asset.hpp"
#include "core/map/viewport.hpp"

namespace alma::ui {

inline ImVec2 toScreen(const ScreenTransform& t, MapPoint p) {
  const ScreenPoint s = t.apply(p);
  return ImVec2(static_cast<float>(s.x), static_cast<float>(s.y));
}

void fillTriangles(ImDrawList* dl, const MapAsset& a, const ScreenTransform& t, IndexRange triangles, ImU32 colour);
void drawBorders(ImDrawList* dl, const MapAsset& a, const ScreenTransform& t, BorderClass cls, ImU32 colour,
                 float thickness);
void outlineRegion(ImDrawList* dl, const MapAsset& a, const ScreenTransform& t, const MapRegion& r, ImU32 colour,
                   float thickness);
// A curved arrow from `from` to `to` (sending → receiving country).
void drawFlow(ImDrawList* dl, ImVec2 from, ImVec2 to, ImU32 colour, float thickness);

}  // namespace alma::ui
