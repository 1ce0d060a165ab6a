#pragma once
// The controls lying over the map, each in a small window of its own so it takes clicks (and taps,
// which arrive without a prior hover) before the map's input area: the legend (which is also the
// status and level filter), the zoom buttons, the EU-level calls button, and the attribution line.
#include <imgui.h>

#include "ui/app.hpp"

namespace alma::ui {
// Where the controls go this frame (CSS px), worked out once so that none overlaps another: the
// EU-level calls button top left, the zoom buttons top right (left of an open details panel), the
// attribution bottom right, the legend bottom left between them.
struct MapOverlays {
  float left = 0, top = 0, right = 0;  // the controls' margins inside the map area
  float zoomLeft = 0;                  // left edge of the zoom buttons
  float euBottom = 0;                  // bottom of the EU-level calls button
  float attributionTop = 0;
};
MapOverlays mapOverlays(const App& app);
// The part of the map area no control covers (as drawn in the last frame), where the home view
// fits Europe: right of the legend, or above it on phones — whichever shows Europe larger. An open
// details panel does not count: opening one must not move the map.
ScreenRect freeMapArea(const App& app);
float zoomButtonSize();
void drawLegend(App& app, const MapOverlays& o);
void drawZoomButtons(App& app, const MapOverlays& o);
void drawEuCallsButton(App& app, const MapOverlays& o);
void drawAttribution(App& app, ImDrawList* dl);
// The picture's caption, top left: what it shows and the date of the data (for slides and reports).
void drawMapCaption(App& app, const MapOverlays& o);
}  // namespace alma::ui
