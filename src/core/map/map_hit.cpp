#include "core/map/map_hit.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace alma {
namespace {

constexpr int kCellsAcross = 256;  // NUTS area ~5 Mm wide → ~20 km cells, a few triangles each

struct Tri {
  double ax, ay, bx, by, cx, cy;
};

Tri triangle(const MapAsset& a, std::uint32_t t) {
  const MapVertex p = a.vertices[a.triangles[3 * t]], q = a.vertices[a.triangles[3 * t + 1]],
                  r = a.vertices[a.triangles[3 * t + 2]];
  return {p.x, p.y, q.x, q.y, r.x, r.y};
}

// Inclusive of the edges, either winding: a point on a shared border hits one of the two regions.
bool contains(const Tri& t, double x, double y) {
  const double d1 = (t.bx - t.ax) * (y - t.ay) - (t.by - t.ay) * (x - t.ax);
  const double d2 = (t.cx - t.bx) * (y - t.by) - (t.cy - t.by) * (x - t.bx);
  const double d3 = (t.ax - t.cx) * (y - t.cy) - (t.ay - t.cy) * (x - t.cx);
  const bool neg = d1 < 0 || d2 < 0 || d3 < 0, pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

double segmentDistance2(double px, double py, double ax, double ay, double bx, double by) {
  const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
  const double t = len2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0.0, 1.0) : 0.0;
  const double ex = ax + t * dx - px, ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

double distance2(const Tri& t, double x, double y) {
  if (contains(t, x, y)) return 0;
  return std::min({segmentDistance2(x, y, t.ax, t.ay, t.bx, t.by), segmentDistance2(x, y, t.bx, t.by, t.cx, t.cy),
                   segmentDistance2(x, y, t.cx, t.cy, t.ax, t.ay)});
}

int cellX(const MapHitGrid& g, double x) {
  return std::clamp(static_cast<int>(std::floor((x - g.area.minX) / g.cellSize)), 0, g.cellsX - 1);
}
int cellY(const MapHitGrid& g, double y) {
  return std::clamp(static_cast<int>(std::floor((y - g.area.minY) / g.cellSize)), 0, g.cellsY - 1);
}

}  // namespace

void buildHitGrid(MapAsset& a) {
  MapHitGrid& g = a.hitGrid;
  g = {};
  g.triangleRegion.assign(a.triangleCount(), -1);
  const IndexRange l2 = a.levelRange(2);
  for (std::uint32_t i = l2.first; i < l2.first + l2.count; ++i) {
    const IndexRange t = a.regions[i].triangles;
    std::fill(g.triangleRegion.begin() + t.first, g.triangleRegion.begin() + t.first + t.count, static_cast<std::int32_t>(i));
  }
  // The grid spans the NUTS-2 triangles only, not the asset's whole extent (mostly grey neighbours
  // and sea, which hit nothing): cells stay ~20 km.
  MapRect box{1e300, 1e300, -1e300, -1e300};
  for (std::uint32_t t = 0; t < g.triangleRegion.size(); ++t)
    if (g.triangleRegion[t] >= 0)
      for (int k = 0; k < 3; ++k) {
        const MapVertex v = a.vertices[a.triangles[3 * t + k]];
        box = {std::min(box.minX, double(v.x)), std::min(box.minY, double(v.y)), std::max(box.maxX, double(v.x)),
               std::max(box.maxY, double(v.y))};
      }
  if (!(box.maxX > box.minX && box.maxY > box.minY)) box = a.frame;  // no (or degenerate) regions
  g.area = box;
  g.cellSize = std::max(box.width(), box.height()) / kCellsAcross;
  g.cellsX = std::max(1, static_cast<int>(std::ceil(box.width() / g.cellSize)));
  g.cellsY = std::max(1, static_cast<int>(std::ceil(box.height() / g.cellSize)));
  // Two passes (count, then fill) give one compact array of triangle ids per cell.
  const std::size_t cells = static_cast<std::size_t>(g.cellsX) * static_cast<std::size_t>(g.cellsY);
  g.cellStart.assign(cells + 1, 0);
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<std::uint32_t> fill;
    if (pass == 1) {
      for (std::size_t c = 0; c < cells; ++c) g.cellStart[c + 1] += g.cellStart[c];
      g.cellTriangles.resize(g.cellStart[cells]);
      fill.assign(g.cellStart.begin(), g.cellStart.end() - 1);
    }
    for (std::uint32_t t = 0; t < g.triangleRegion.size(); ++t) {
      if (g.triangleRegion[t] < 0) continue;
      const Tri tri = triangle(a, t);
      const int x0 = cellX(g, std::min({tri.ax, tri.bx, tri.cx})), x1 = cellX(g, std::max({tri.ax, tri.bx, tri.cx}));
      const int y0 = cellY(g, std::min({tri.ay, tri.by, tri.cy})), y1 = cellY(g, std::max({tri.ay, tri.by, tri.cy}));
      for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
          const std::size_t c = static_cast<std::size_t>(y) * g.cellsX + x;
          if (pass == 0) ++g.cellStart[c + 1];
          else g.cellTriangles[fill[c]++] = t;
        }
    }
  }
}

int regionAtLevel(const MapAsset& a, int region, int level) {
  while (region >= 0 && static_cast<std::size_t>(region) < a.regions.size()) {
    const MapRegion& r = a.regions[static_cast<std::size_t>(region)];
    if (r.level == level) return region;
    if (r.level < level) return -1;
    region = r.parent;
  }
  return -1;
}

int hitTest(const MapAsset& a, MapPoint p, int level) {
  const MapHitGrid& g = a.hitGrid;
  if (g.cellStart.empty() || !g.area.contains(p)) return -1;
  const std::size_t c = static_cast<std::size_t>(cellY(g, p.y)) * g.cellsX + cellX(g, p.x);
  for (std::uint32_t k = g.cellStart[c]; k < g.cellStart[c + 1]; ++k) {
    const std::uint32_t t = g.cellTriangles[k];
    if (contains(triangle(a, t), p.x, p.y)) return regionAtLevel(a, g.triangleRegion[t], level);
  }
  return -1;
}

int nearestWithin(const MapAsset& a, MapPoint p, int level, double radius) {
  if (const int hit = hitTest(a, p, level); hit >= 0) return hit;
  const MapHitGrid& g = a.hitGrid;
  if (g.cellStart.empty() || !(radius > 0)) return -1;
  const int x0 = cellX(g, p.x - radius), x1 = cellX(g, p.x + radius);
  const int y0 = cellY(g, p.y - radius), y1 = cellY(g, p.y + radius);
  double best = radius * radius;
  int bestRegion = -1;
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) {
      const std::size_t c = static_cast<std::size_t>(y) * g.cellsX + x;
      for (std::uint32_t k = g.cellStart[c]; k < g.cellStart[c + 1]; ++k) {
        const std::uint32_t t = g.cellTriangles[k];
        const double d = distance2(triangle(a, t), p.x, p.y);
        if (d <= best) {
          best = d;
          bestRegion = g.triangleRegion[t];
        }
      }
    }
  return bestRegion < 0 ? -1 : regionAtLevel(a, bestRegion, level);
}

}  // namespace alma
