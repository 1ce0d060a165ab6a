#pragma once
// Where the map looks and how big it is drawn: the ONE world ⇄ screen pair used both for drawing
// and for hit-testing (like ImPlot's PlotToPixels / PixelsToPlot). World = map-plane metres
// (map_frame.hpp, y north); screen = CSS pixels (y down).
#include "core/map/map_frame.hpp"

namespace alma {

struct ScreenPoint {
  double x = 0, y = 0;
};
struct ScreenRect {  // the map's area on screen, CSS pixels
  double x = 0, y = 0, w = 0, h = 0;
  bool contains(ScreenPoint p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
};

struct MapView {
  MapPoint center{(kEuropeFrame.minX + kEuropeFrame.maxX) / 2, (kEuropeFrame.minY + kEuropeFrame.maxY) / 2};
  double zoom = 1.0;  // 1 = Eurostat's whole Europe frame fits the map area ("contain")
  // The home view: Europe fitted into the free part of the map (the ui refits it every frame, so it
  // follows window sizes and panels). Any pan or zoom leaves it; reset returns to it. Links say
  // nothing of the map while it is home.
  bool home = true;
};

// Below 1 the view shows the context around the frame (the asset covers it, see kContextExtent):
// enough to fit EU27 beside an open details panel (fitView); minZoom() raises it where needed.
inline constexpr double kMinZoom = 0.75;
inline constexpr double kMaxZoom = 48.0;  // ~1 km per pixel on a laptop: beyond 1:10M detail

// Pixels per metre at zoom 1 for this map area.
double baseScale(ScreenRect area);

// The world → screen mapping of one frame, as a value: drawing applies it to tens of thousands of
// vertices, so it is computed once per frame and inlined. worldToScreen() is defined through it.
struct ScreenTransform {
  double scale = 1, originX = 0, originY = 0;  // screen = origin + (x, −y) × scale
  ScreenPoint apply(MapPoint p) const { return {originX + p.x * scale, originY - p.y * scale}; }
};
ScreenTransform screenTransform(const MapView&, ScreenRect area);

ScreenPoint worldToScreen(const MapView&, ScreenRect area, MapPoint p);
MapPoint screenToWorld(const MapView&, ScreenRect area, ScreenPoint s);
// The part of the map plane that is visible (for culling).
MapRect visibleWorld(const MapView&, ScreenRect area);

// Zooms by `factor` keeping the map point under `cursor` where it is (wheel, pinch, +/−).
void zoomAt(MapView&, ScreenRect area, ScreenPoint cursor, double factor);
// Moves the map with the pointer: a drag of (dx, dy) pixels moves the content by as much.
void panBy(MapView&, ScreenRect area, double dx, double dy);
// The smallest zoom for this map area: kMinZoom, raised where the area's aspect ratio would show
// more than kContextExtent at zoom 1 (a phone in portrait, a 32:9 screen).
double minZoom(ScreenRect area);
// Keeps the view valid for this map area: zoom within [minZoom(area), kMaxZoom], the centre inside
// the Europe frame (the map can never be lost), and everything visible inside kContextExtent — so
// the map's edge is never on screen, at any zoom and aspect ratio. Call it whenever the area may
// have changed (resize, rotation, a link applied before the map was laid out); zoomAt and panBy
// call it themselves.
void clampView(MapView&, ScreenRect area);
// Without an area (applying a link, before the map is laid out): zoom within [kMinZoom, kMaxZoom]
// and the centre inside the Europe frame only. The map screen must still clamp with its area.
void clampView(MapView&);

// The view that shows `world` as large as possible inside `free` (the part of the map area not
// covered by the legend, buttons or panels), centred there; then clamped for `area`. `free` is cut
// to `area`; an empty one means the whole area. E.g. fitView(eu27MainlandBounds(), area, free) for
// the initial view and the reset button.
MapView fitView(MapRect world, ScreenRect area, ScreenRect free);

// Level of detail that follows zoom: countries → NUTS-1 → NUTS-2.
int detailLevel(double zoom);

}  // namespace alma
