#pragma once
// The controls lying over the map, each in a small window of its own so it takes clicks (and taps,
// which arrive without a prior hover) before the map's input area: the legend (which is also the
// status and level filter), the zoom buttons, the EU-level calls button, and the attribution line.
#include <imgui.h>

#include "ui/app.hpp"

namespace alma::ui {
void drawLegend(App& app);
void drawZoomButtons(App& app);
void drawEuCallsButton(App& app);
void drawAttribution(ImDrawList* dl, ScreenRect area);
}  // namespace alma::ui
