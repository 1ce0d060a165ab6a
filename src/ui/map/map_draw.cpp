#include "ui/map/map_draw.hpp"

#include <cmath>
#include <vector>

namespace alma::ui {

void fillTriangles(ImDrawList* dl, const MapAsset& a, const ScreenTransform& t, IndexRange triangles, ImU32 colour) {
  if (triangles.count == 0) return;
  const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
  const int n = static_cast<int>(triangles.count) * 3;
  dl->PrimReserve(n, n);
  const std::uint32_t* idx = a.triangles.data() + std::size_t(triangles.first) * 3;
  for (int i = 0; i < n; ++i) {
    const MapVertex& v = a.vertices[idx[i]];
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(dl->_VtxCurrentIdx));
    dl->PrimWriteVtx(toScreen(t, {v.x, v.y}), uv, colour);
  }
}

namespace {
void polyline(ImDrawList* dl, const MapAsset& a, const ScreenTransform& t, const std::uint32_t* indices,
              std::uint32_t count, ImU32 colour, float thickness, ImDrawFlags flags) {
  static std::vector<ImVec2> points;  // reused: no allocation per line per frame
  points.clear();
  for (std::uint32_t i = 0; i < count; ++i) {
    const MapVertex& v = a.vertices[indices[i]];
    points.push_back(toScreen(t, {v.x, v.y}));
  }
  dl->AddPolyline(points.data(), static_cast<int>(points.size()), colour, flags, thickness);
}
}  // namespace

void drawBorders(ImDrawList* dl, const MapAsset& a, const ScreenTransform& t, BorderClass cls, ImU32 colour,
                 float thickness) {
  const IndexRange lines = a.borders[static_cast<std::size_t>(cls)];
  for (std::uint32_t l = lines.first; l < lines.first + lines.count; ++l) {
    const IndexRange& line = a.lines[l];
    polyline(dl, a, t, a.lineIndices.data() + line.first, line.count, colour, thickness, ImDrawFlags_None);
  }
}

void outlineRegion(ImDrawList* dl, const MapAsset& a, const ScreenTransform& t, const MapRegion& r, ImU32 colour,
                   float thickness) {
  for (std::uint32_t k = r.rings.first; k < r.rings.first + r.rings.count; ++k) {
    const IndexRange& ring = a.rings[k];
    polyline(dl, a, t, a.ringIndices.data() + ring.first, ring.count, colour, thickness, ImDrawFlags_Closed);
  }
}

void drawFlow(ImDrawList* dl, ImVec2 from, ImVec2 to, ImU32 colour, float thickness) {
  const float dx = to.x - from.x, dy = to.y - from.y;
  const float len = std::sqrt(dx * dx + dy * dy);
  if (len < 4.0f) return;
  // Bend to the left of the direction of travel, so A→B and B→A do not overlap.
  const ImVec2 control(from.x + dx * 0.5f - dy * 0.25f, from.y + dy * 0.5f + dx * 0.25f);
  dl->AddBezierQuadratic(from, control, to, colour, thickness);
  // Arrowhead along the curve's end tangent (control → to).
  const float tx = to.x - control.x, ty = to.y - control.y;
  const float tl = std::sqrt(tx * tx + ty * ty);
  const float ux = tx / tl, uy = ty / tl, size = 5.0f + thickness * 2.0f;
  dl->AddTriangleFilled(to, ImVec2(to.x - ux * size - uy * size * 0.6f, to.y - uy * size + ux * size * 0.6f),
                        ImVec2(to.x - ux * size + uy * size * 0.6f, to.y - uy * size - ux * size * 0.6f), colour);
  dl->AddCircleFilled(from, thickness + 2.0f, colour);
}

}  // namespace alma::ui
