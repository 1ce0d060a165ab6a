#include "geometry.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <mapbox/earcut.hpp>

#include "core/map/map_frame.hpp"

namespace mapgen {
namespace {

// Long lon/lat edges are curves once projected: near the frame (every NUTS shape, the neighbours'
// parts that were always drawn) and in the insets, points are inserted every 0.5°. In the far
// context (more than kNearKm outside the frame, where extract.mjs simplifies to tens of km), only
// where the projected edge would stray more than kFarToleranceM from its straight chord: 0.5°
// steps there would put back thousands of points into shapes simplified on purpose.
constexpr double kDensifyDeg = 0.5;
constexpr double kNearKm = 500, kFarToleranceM = 1000;

alma::MapPoint project(const Mapping& m, Pt lonLat) {
  return m.inset < 0 ? alma::toMainland(lonLat.x, lonLat.y)
                     : alma::toInset(alma::insets()[static_cast<std::size_t>(m.inset)], lonLat.x, lonLat.y);
}

bool nearFrame(alma::MapPoint p) {
  const alma::MapRect& f = alma::kEuropeFrame;
  const double d = kNearKm * 1000;
  return p.x >= f.minX - d && p.x <= f.maxX + d && p.y >= f.minY - d && p.y <= f.maxY + d;
}

// Points strictly between a and b (lon/lat) whose projections follow the curve within tolerance.
void bisect(const Mapping& m, Pt a, Pt b, alma::MapPoint pa, alma::MapPoint pb, int depth, std::vector<alma::MapPoint>& out) {
  const Pt mid{(a.x + b.x) / 2, (a.y + b.y) / 2};
  const alma::MapPoint pm = project(m, mid);
  if (depth == 0 || std::hypot(pm.x - (pa.x + pb.x) / 2, pm.y - (pa.y + pb.y) / 2) <= kFarToleranceM) return;
  bisect(m, a, mid, pa, pm, depth - 1, out);
  out.push_back(pm);
  bisect(m, mid, b, pm, pb, depth - 1, out);
}

// Projected (map-plane metres) and densified as above.
std::vector<alma::MapPoint> projectDense(const Path& lonLat, const Mapping& m, bool closed) {
  std::vector<alma::MapPoint> out;
  const std::size_t n = lonLat.size();
  if (n == 0) return out;
  std::vector<alma::MapPoint> at(n);
  for (std::size_t i = 0; i < n; ++i) at[i] = project(m, lonLat[i]);
  const std::size_t segments = closed ? n : n - 1;
  for (std::size_t i = 0; i < segments; ++i) {
    const std::size_t j = (i + 1) % n;
    out.push_back(at[i]);
    if (m.inset >= 0 || nearFrame(at[i]) || nearFrame(at[j])) {
      const Path d = densify({lonLat[i], lonLat[j]}, kDensifyDeg, false);
      for (std::size_t k = 1; k + 1 < d.size(); ++k) out.push_back(project(m, d[k]));
    } else if (std::abs(lonLat[j].x - lonLat[i].x) <= 180) {  // not an antimeridian jump (see densify)
      bisect(m, lonLat[i], lonLat[j], at[i], at[j], 12, out);
    }
  }
  if (!closed) out.push_back(at[n - 1]);
  return out;
}

// The lon/lat bounding box of a map-plane rectangle's outline (inverse-projected densely), plus a
// margin: shapes outside it are skipped unprojected, and lines are pre-clipped to it (their
// straight lon/lat cut ends are densified, and the margin keeps them outside the rectangle).
Rect geoBox(const std::vector<alma::GeoPoint>& outline, double marginDeg) {
  Path p;
  for (const auto& g : outline) p.push_back({g.lon, g.lat});
  Rect b = bounds(p);
  return {std::max(-180.0, b.minX - marginDeg), std::max(-90.0, b.minY - marginDeg),
          std::min(180.0, b.maxX + marginDeg), std::min(90.0, b.maxY + marginDeg)};
}

template <typename Inverse>
std::vector<alma::GeoPoint> outlineOf(const alma::MapRect& r, Inverse inverse) {
  std::vector<alma::GeoPoint> out;
  for (int i = 0; i <= 100; ++i) {
    const double t = i / 100.0, x = r.minX + t * r.width(), y = r.minY + t * r.height();
    for (auto p : {alma::MapPoint{x, r.minY}, alma::MapPoint{x, r.maxY}, alma::MapPoint{r.minX, y}, alma::MapPoint{r.maxX, y}})
      out.push_back(inverse(p));
  }
  return out;
}

// Grid coordinates, not yet clamped to 16 bits (a shape may reach far outside the extent).
Pt toGridUnclamped(alma::MapPoint p) {
  return {std::round((p.x - kGridOrigin.x) / kStep), std::round((p.y - kGridOrigin.y) / kStep)};
}

Rect gridRect(const Mapping& m) {
  const Pt lo = toGridUnclamped({m.clip.minX, m.clip.minY}), hi = toGridUnclamped({m.clip.maxX, m.clip.maxY});
  return {lo.x, lo.y, hi.x, hi.y};
}

// Densified, projected, on the grid, without repeated points.
Path projectRing(const Path& lonLat, const Mapping& m) {
  Path out;
  for (const alma::MapPoint& p : projectDense(lonLat, m, true)) {
    const Pt g = toGridUnclamped(p);
    if (out.empty() || g.x != out.back().x || g.y != out.back().y) out.push_back(g);
  }
  while (out.size() > 1 && out.front().x == out.back().x && out.front().y == out.back().y) out.pop_back();
  return out;
}

double area2(const Path& r) {
  double s = 0;
  for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) s += r[j].x * r[i].y - r[i].x * r[j].y;
  return s;
}

QPoint toQ(Pt g) {
  const auto clampQ = [](double v) { return static_cast<std::uint16_t>(std::clamp(std::lround(v), 0L, 65535L)); };
  return {clampQ(g.x), clampQ(g.y)};
}

QRing toQRing(const Path& grid, bool closed) {
  QRing out;
  for (const Pt& p : grid) {
    const QPoint q = toQ(p);
    if (out.empty() || !(out.back() == q)) out.push_back(q);
  }
  if (closed) while (out.size() > 1 && out.front() == out.back()) out.pop_back();
  return out;
}

void addTriangle(std::vector<QPoint>& out, Pt a, Pt b, Pt c) {
  const QRing t{toQ(a), toQ(b), toQ(c)};
  if (area2(t) != 0) out.insert(out.end(), t.begin(), t.end());
}

}  // namespace

std::vector<Mapping> allMappings(const alma::MapRect& mainland) {
  std::vector<Mapping> maps;
  const Rect clip{mainland.minX, mainland.minY, mainland.maxX, mainland.maxY};
  maps.push_back({-1, geoBox(outlineOf(mainland, [](alma::MapPoint p) { return alma::fromEpsg3035(p.x, p.y); }), 3), clip});
  const auto insets = alma::insets();
  for (std::size_t i = 0; i < insets.size(); ++i) {
    const alma::Inset& in = insets[i];
    const auto outline = outlineOf(in.source, [&](alma::MapPoint p) { return in.projection.inverse(p.x, p.y); });
    maps.push_back({static_cast<int>(i), geoBox(outline, 1), {in.box.minX, in.box.minY, in.box.maxX, in.box.maxY}});
  }
  return maps;
}

alma::MapPoint toMetres(QPoint q) { return {kGridOrigin.x + q.x * kStep, kGridOrigin.y + q.y * kStep}; }

QPoint toGrid(alma::MapPoint p) { return toQ(toGridUnclamped(p)); }

std::vector<QRing> mapLine(const Path& line, const Mapping& m) {
  std::vector<QRing> out;
  if (line.size() < 2 || !overlaps(bounds(line), m.geo)) return out;
  for (const Path& part : clipLine(line, m.geo)) {
    Path grid;
    for (const alma::MapPoint& p : projectDense(part, m, false)) grid.push_back(toGridUnclamped(p));
    for (const Path& visible : clipLine(grid, gridRect(m))) {
      QRing q = toQRing(visible, false);
      if (q.size() >= 2) out.push_back(std::move(q));
    }
  }
  return out;
}

double area2(const QRing& r) {
  double s = 0;
  for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
    s += double(r[j].x) * r[i].y - double(r[i].x) * r[j].y;
  return s;
}

std::vector<MappedPolygon> mapPolygons(const std::vector<Polygon>& polygons, const std::vector<Mapping>& maps) {
  std::vector<MappedPolygon> out;
  for (const Polygon& poly : polygons) {
    const Rect lonLatBox = bounds(poly[0]);
    for (std::size_t m = 0; m < maps.size(); ++m) {
      if (!overlaps(lonLatBox, maps[m].geo)) continue;
      const Rect clip = gridRect(maps[m]);
      std::vector<Path> rings;  // projected, unclipped; exterior CCW, holes CW
      for (const Path& lonLat : poly) {
        Path r = projectRing(lonLat, maps[m]);
        const bool outer = rings.empty();
        if (r.size() < 3 || area2(r) == 0 || !overlaps(bounds(r), clip)) {
          if (outer) break;
          continue;
        }
        if ((area2(r) > 0) != outer) std::reverse(r.begin(), r.end());
        rings.push_back(std::move(r));
      }
      if (rings.empty()) continue;

      MappedPolygon mp{static_cast<int>(m), {}, {}};
      for (std::size_t k = 0; k < rings.size(); ++k) {
        QRing q = toQRing(clipRing(rings[k], clip), true);
        if (q.size() < 3 || area2(q) == 0) {
          if (k == 0) break;  // nothing of the exterior left: holes are moot
          continue;
        }
        if ((area2(q) > 0) != (k == 0)) std::reverse(q.begin(), q.end());
        mp.rings.push_back(std::move(q));
      }
      if (mp.rings.empty()) continue;

      std::vector<std::vector<std::array<double, 2>>> earcutRings;
      std::vector<Pt> flat;
      for (const Path& r : rings) {
        auto& e = earcutRings.emplace_back();
        for (const Pt& p : r) {
          e.push_back({p.x, p.y});
          flat.push_back(p);
        }
      }
      const std::vector<std::uint32_t> idx = mapbox::earcut<std::uint32_t>(earcutRings);
      for (std::size_t k = 0; k + 2 < idx.size(); k += 3) {
        const Pt a = flat[idx[k]], b = flat[idx[k + 1]], c = flat[idx[k + 2]];
        if (clip.contains(a) && clip.contains(b) && clip.contains(c)) {
          addTriangle(mp.triangles, a, b, c);
          continue;
        }
        const Path part = clipRing({a, b, c}, clip);  // convex: fan-triangulate what is left
        for (std::size_t j = 1; j + 1 < part.size(); ++j) addTriangle(mp.triangles, part[0], part[j], part[j + 1]);
      }
      out.push_back(std::move(mp));
    }
  }
  return out;
}

std::uint32_t VertexPool::add(QPoint p) {
  const auto [it, added] = index_.try_emplace(std::uint32_t(p.x) << 16 | p.y, static_cast<std::uint32_t>(vertices_.size()));
  if (added) vertices_.push_back(p);
  return it->second;
}

std::vector<std::uint32_t> VertexPool::add(const QRing& ring) {
  std::vector<std::uint32_t> out;
  out.reserve(ring.size());
  for (QPoint p : ring) out.push_back(add(p));
  return out;
}

}  // namespace mapgen
