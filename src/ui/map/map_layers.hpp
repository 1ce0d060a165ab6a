#pragma once
// What the map draws, layer by layer: regions shaded by their calls' best status, borders, inset
// frames, the focused call's flows and the markers of calls that have no region on the map. All
// through one ScreenTransform (core/map/viewport.hpp), the same pair hit-testing uses.
#include <imgui.h>

#include <string>

#include "core/map/viewport.hpp"
#include "ui/app.hpp"

namespace alma::ui {

void drawRegions(ImDrawList* dl, App& app, const ScreenTransform& t, int level, const MapRect& visible);
void drawInsetFrames(ImDrawList* dl, const MapAsset& a, const ScreenTransform& t);
void drawFlows(ImDrawList* dl, App& app, const ScreenTransform& t);  // records them in frame.flows
void drawMarkers(ImDrawList* dl, App& app, const ScreenTransform& t);
// The call (index into data.calls) whose marker is under the pointer, or -1.
int markerUnder(App& app, ImVec2 mouse);

}  // namespace alma::ui
