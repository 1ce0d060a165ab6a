#pragma once
// Clipping to axis-aligned rectangles, for the map generator: polygons (Sutherland–Hodgman, one
// ring at a time) and polylines (Liang–Barsky per segment). Used twice per shape: in degrees
// against a generous lon/lat box (so that far-away parts of Russia or Africa are never projected),
// then in the map plane against the frame or an inset box.
//
// Sutherland–Hodgman keeps a ring as one ring: where a polygon leaves the rectangle and comes back,
// the result runs along the rectangle's edge (zero-width "bridges" are possible for concave
// shapes). That is harmless for filling with earcut and for area sums, which is all we need.
#include <vector>

namespace mapgen {

struct Pt {
  double x = 0;
  double y = 0;
};

struct Rect {
  double minX, minY, maxX, maxY;
  bool contains(Pt p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
};

using Path = std::vector<Pt>;  // rings are open: the last point connects back to the first

Rect bounds(const Path& path);
bool inside(const Rect& inner, const Rect& outer);
bool overlaps(const Rect& a, const Rect& b);

Path clipRing(const Path& ring, const Rect& r);
std::vector<Path> clipLine(const Path& line, const Rect& r);

// Inserts points so that no segment is longer than maxStep (in the path's own units); used in
// degrees before projecting, because a long straight lon/lat segment is a curve on the map.
// Segments spanning more than 180 in x are taken as antimeridian crossings and left alone.
Path densify(const Path& path, double maxStep, bool closed);

}  // namespace mapgen
