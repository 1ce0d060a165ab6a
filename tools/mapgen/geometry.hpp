#pragma once
// From lon/lat shapes to quantised map-plane shapes: project with the core's map_frame (mainland
// EPSG:3035 or an inset's local LAEA), quantise to the asset grid, triangulate (earcut.hpp, holes
// respected), clip to the frame or inset box. Plus the shared vertex pool.
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "asset_writer.hpp"
#include "core/map/map_frame.hpp"
#include "clip.hpp"
#include "input.hpp"

namespace mapgen {

// One of the nine places a shape can appear: the mainland map (inset == -1) or an inset box.
struct Mapping {
  int inset = -1;
  Rect geo;   // lon/lat box that surely contains everything visible in `clip` (quick reject)
  Rect clip;  // map-plane rectangle, metres: the mainland's (see allMappings) or the inset's box
};

// Mainland first, clipped to `mainland` (kContextExtent for everything, except kEuropeFrame for
// the outermost regions, so that they never show at their real place), then alma::insets() in order.
std::vector<Mapping> allMappings(const alma::MapRect& mainland);

// The asset's grid: `kStep` metres from the context extent's lower-left corner, 16 bits each way.
// 160 m (80 m before the grid had to span the whole extent): below a pixel up to zoom ~24 on a
// 1080p screen, far below what 1:10M data resolves (0.2 mm at 1:10M is 2 km).
inline constexpr double kStep = 160;
inline constexpr alma::MapPoint kGridOrigin{alma::kContextExtent.minX, alma::kContextExtent.minY};
static_assert(alma::kContextExtent.width() / kStep <= 65535 && alma::kContextExtent.height() / kStep <= 65535,
              "the context extent must fit the 16-bit grid");

using QRing = std::vector<QPoint>;

std::vector<QRing> mapLine(const Path& lonLatLine, const Mapping& m);

double area2(const QRing& ring);  // twice the signed area in grid units², CCW positive
alma::MapPoint toMetres(QPoint q);
QPoint toGrid(alma::MapPoint p);

// One polygon of a shape as visible under one mapping: its outline rings clipped to the mapping's
// rectangle (exterior CCW, holes CW) and its fill as triangles (3 points each).
//
// The fill is triangulated BEFORE clipping (earcut on the whole projected polygon), then each
// triangle is clipped to the rectangle: clipping a concave ring first (Sutherland–Hodgman) can
// leave zero-width bridges along the rectangle's edge that earcut mis-fills (it tripled Russia's
// area). Polygons entirely inside — every NUTS region — are triangulated exactly as outlined.
struct MappedPolygon {
  int mapping = 0;
  std::vector<QRing> rings;
  std::vector<QPoint> triangles;
};
std::vector<MappedPolygon> mapPolygons(const std::vector<Polygon>& polygons, const std::vector<Mapping>& maps);

// Deduplicated vertices in order of first use (so neighbouring indices are neighbouring points).
class VertexPool {
 public:
  std::uint32_t add(QPoint p);
  std::vector<std::uint32_t> add(const QRing& ring);
  const std::vector<QPoint>& vertices() const { return vertices_; }

 private:
  std::vector<QPoint> vertices_;
  std::unordered_map<std::uint32_t, std::uint32_t> index_;
};

}  // namespace mapgen
