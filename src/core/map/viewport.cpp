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

void zoomAt(MapView& v, ScreenRect a, ScreenPoint cursor, double factor) {
  const MapPoint anchor = screenToWorld(v, a, cursor);
  v.zoom = std::clamp(v.zoom * factor, kMinZoom, kMaxZoom);
  // Move the centre so that `anchor` is under the cursor again.
  const double s = baseScale(a) * v.zoom;
  v.center.x = anchor.x - (cursor.x - a.x - a.w / 2) / s;
  v.center.y = anchor.y + (cursor.y - a.y - a.h / 2) / s;
  clampView(v);
}

void panBy(MapView& v, ScreenRect a, double dx, double dy) {
  const double s = baseScale(a) * v.zoom;
  v.center.x -= dx / s;
  v.center.y += dy / s;
  clampView(v);
}

void clampView(MapView& v) {
  v.zoom = std::clamp(v.zoom, kMinZoom, kMaxZoom);
  v.center.x = std::clamp(v.center.x, kEuropeFrame.minX, kEuropeFrame.maxX);
  v.center.y = std::clamp(v.center.y, kEuropeFrame.minY, kEuropeFrame.maxY);
}

int detailLevel(double zoom) { return zoom < 2.0 ? 0 : zoom < 4.5 ? 1 : 2; }

}  // namespace alma
