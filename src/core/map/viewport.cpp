#include "core/map/viewport.hpp"

#include <algorithm>

namespace alma {

double baseScale(ScreenRect area) {
  if (area.w <= 0 || area.h <= 0) return 1e-6;
  return std::min(area.w / kEuropeFrame.width(), area.h / kEuropeFrame.height());
}

ScreenTransform screenTransform(const MapView& v, ScreenRect a) {
  const double s = baseScale(a) * v.zoom;
  return {s, a.x + a.w / 2 - v.center.x * s, a.y + a.h / 2 + v.center.y * s};
}

ScreenPoint worldToScreen(const MapView& v, ScreenRect a, MapPoint p) { return screenTransform(v, a).apply(p); }

MapPoint screenToWorld(const MapView& v, ScreenRect a, ScreenPoint q) {
  const double s = baseScale(a) * v.zoom;
  return {v.center.x + (q.x - a.x - a.w / 2) / s, v.center.y - (q.y - a.y - a.h / 2) / s};
}

MapRect visibleWorld(const MapView& v, ScreenRect a) {
  const MapPoint topLeft = screenToWorld(v, a, {a.x, a.y});
  const MapPoint bottomRight = screenToWorld(v, a, {a.x + a.w, a.y + a.h});
  return {topLeft.x, bottomRight.y, bottomRight.x, topLeft.y};
}

double minZoom(ScreenRect a) {
  const double s = baseScale(a);
  if (a.w <= 0 || a.h <= 0) return kMinZoom;
  // The zoom at which the visible world is exactly as wide, or as tall, as the covered extent.
  return std::max({kMinZoom, a.w / (s * kContextExtent.width()), a.h / (s * kContextExtent.height())});
}

void zoomAt(MapView& v, ScreenRect a, ScreenPoint cursor, double factor) {
  v.home = false;
  const MapPoint anchor = screenToWorld(v, a, cursor);
  v.zoom = std::clamp(v.zoom * factor, minZoom(a), std::max(minZoom(a), kMaxZoom));
  // Move the centre so that `anchor` is under the cursor again.
  const double s = baseScale(a) * v.zoom;
  v.center.x = anchor.x - (cursor.x - a.x - a.w / 2) / s;
  v.center.y = anchor.y + (cursor.y - a.y - a.h / 2) / s;
  clampView(v, a);
}

void panBy(MapView& v, ScreenRect a, double dx, double dy) {
  v.home = false;
  const double s = baseScale(a) * v.zoom;
  v.center.x -= dx / s;
  v.center.y += dy / s;
  clampView(v, a);
}

void clampView(MapView& v) {
  v.zoom = std::clamp(v.zoom, kMinZoom, kMaxZoom);
  v.center.x = std::clamp(v.center.x, kEuropeFrame.minX, kEuropeFrame.maxX);
  v.center.y = std::clamp(v.center.y, kEuropeFrame.minY, kEuropeFrame.maxY);
}

namespace {
static_assert(kEuropeFrame.contains({(kContextExtent.minX + kContextExtent.maxX) / 2, (kContextExtent.minY + kContextExtent.maxY) / 2}),
              "clampView relies on the covered extent's centre lying inside the frame");
// Keeps [c − half, c + half] inside [lo, hi]; centred when it does not fit (only by rounding).
double clampSpan(double c, double half, double lo, double hi) {
  return 2 * half >= hi - lo ? (lo + hi) / 2 : std::clamp(c, lo + half, hi - half);
}
}  // namespace

void clampView(MapView& v, ScreenRect a) {
  if (a.w <= 0 || a.h <= 0) return clampView(v);
  const double zMin = minZoom(a);
  v.zoom = std::clamp(v.zoom, zMin, std::max(zMin, kMaxZoom));
  // The centre stays inside the Europe frame, then the visible world inside the covered extent.
  // Both hold at once: the extent's centre lies inside the frame.
  v.center.x = std::clamp(v.center.x, kEuropeFrame.minX, kEuropeFrame.maxX);
  v.center.y = std::clamp(v.center.y, kEuropeFrame.minY, kEuropeFrame.maxY);
  const double s = baseScale(a) * v.zoom;
  v.center.x = clampSpan(v.center.x, a.w / (2 * s), kContextExtent.minX, kContextExtent.maxX);
  v.center.y = clampSpan(v.center.y, a.h / (2 * s), kContextExtent.minY, kContextExtent.maxY);
}

MapView fitView(MapRect world, ScreenRect a, ScreenRect free) {
  MapView v;
  const double x0 = std::max(free.x, a.x), y0 = std::max(free.y, a.y);
  const double x1 = std::min(free.x + free.w, a.x + a.w), y1 = std::min(free.y + free.h, a.y + a.h);
  if (!(x1 > x0 && y1 > y0)) free = a;
  else free = {x0, y0, x1 - x0, y1 - y0};
  if (a.w <= 0 || a.h <= 0 || !(world.width() > 0) || !(world.height() > 0)) {
    clampView(v, a);
    return v;
  }
  const double s = std::min(free.w / world.width(), free.h / world.height());  // pixels per metre
  v.zoom = s / baseScale(a);
  // The world's centre goes to the free part's centre.
  v.center.x = (world.minX + world.maxX) / 2 - (free.x + free.w / 2 - a.x - a.w / 2) / s;
  v.center.y = (world.minY + world.maxY) / 2 + (free.y + free.h / 2 - a.y - a.h / 2) / s;
  clampView(v, a);
  return v;
}

int detailLevel(double zoom) { return zoom < 2.0 ? 0 : zoom < 4.5 ? 1 : 2; }

}  // namespace alma
