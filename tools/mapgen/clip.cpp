#include "clip.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mapgen {

Rect bounds(const Path& path) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  Rect b{inf, inf, -inf, -inf};
  for (const Pt& p : path) {
    b.minX = std::min(b.minX, p.x);
    b.minY = std::min(b.minY, p.y);
    b.maxX = std::max(b.maxX, p.x);
    b.maxY = std::max(b.maxY, p.y);
  }
  return b;
}

bool inside(const Rect& a, const Rect& b) {
  return a.minX >= b.minX && a.maxX <= b.maxX && a.minY >= b.minY && a.maxY <= b.maxY;
}

bool overlaps(const Rect& a, const Rect& b) {
  return a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY;
}

namespace {

// One Sutherland–Hodgman pass against the half-plane "coordinate `axis` on the kept side of v".
Path clipEdge(const Path& in, int axis, double v, bool keepGreater) {
  Path out;
  if (in.empty()) return out;
  out.reserve(in.size() + 4);
  auto coord = [axis](const Pt& p) { return axis == 0 ? p.x : p.y; };
  auto keep = [&](const Pt& p) { return keepGreater ? coord(p) >= v : coord(p) <= v; };
  auto cross = [&](const Pt& a, const Pt& b) {
    const double t = (v - coord(a)) / (coord(b) - coord(a));
    Pt p{a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
    (axis == 0 ? p.x : p.y) = v;  // exactly on the edge, whichever direction it was computed in
    return p;
  };
  Pt prev = in.back();
  bool prevIn = keep(prev);
  for (const Pt& cur : in) {
    const bool curIn = keep(cur);
    if (curIn != prevIn) out.push_back(cross(prev, cur));
    if (curIn) out.push_back(cur);
    prev = cur;
    prevIn = curIn;
  }
  return out;
}

}  // namespace

Path clipRing(const Path& ring, const Rect& r) {
  if (inside(bounds(ring), r)) return ring;
  Path p = clipEdge(ring, 0, r.minX, true);
  p = clipEdge(p, 0, r.maxX, false);
  p = clipEdge(p, 1, r.minY, true);
  return clipEdge(p, 1, r.maxY, false);
}

std::vector<Path> clipLine(const Path& line, const Rect& r) {
  std::vector<Path> out;
  if (line.size() < 2) return out;
  if (inside(bounds(line), r)) return {line};
  Path cur;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    // Liang–Barsky: the part t ∈ [t0, t1] of segment a→b inside r.
    const Pt a = line[i], b = line[i + 1];
    const double dx = b.x - a.x, dy = b.y - a.y;
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy}, q[4] = {a.x - r.minX, r.maxX - a.x, a.y - r.minY, r.maxY - a.y};
    bool visible = true;
    for (int k = 0; k < 4 && visible; ++k) {
      if (p[k] == 0) {
        visible = q[k] >= 0;
      } else {
        const double t = q[k] / p[k];
        if (p[k] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
        visible = t0 <= t1;
      }
    }
    if (!visible) {
      if (cur.size() >= 2) out.push_back(std::move(cur));
      cur.clear();
      continue;
    }
    const Pt s{a.x + t0 * dx, a.y + t0 * dy}, e{a.x + t1 * dx, a.y + t1 * dy};
    if (cur.empty() || t0 > 0) {
      if (cur.size() >= 2) out.push_back(std::move(cur));
      cur = {s};
    }
    cur.push_back(e);
    if (t1 < 1) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (cur.size() >= 2) out.push_back(std::move(cur));
  return out;
}

Path densify(const Path& path, double maxStep, bool closed) {
  Path out;
  const std::size_t n = path.size();
  if (n == 0) return out;
  out.reserve(n);
  const std::size_t segments = closed ? n : n - 1;
  for (std::size_t i = 0; i < segments; ++i) {
    const Pt a = path[i], b = path[(i + 1) % n];
    out.push_back(a);
    // An edge jumping across the antimeridian (lon 180 → -180, as in Natural Earth's Russia) joins
    // two ends of the same meridian: it has no length on the globe, nothing to insert.
    if (std::abs(b.x - a.x) > 180) continue;
    const int steps = static_cast<int>(std::ceil(std::hypot(b.x - a.x, b.y - a.y) / maxStep));
    for (int k = 1; k < steps; ++k) {
      const double t = static_cast<double>(k) / steps;
      out.push_back({a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)});
    }
  }
  if (!closed) out.push_back(path.back());
  return out;
}

}  // namespace mapgen
