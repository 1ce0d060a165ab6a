#pragma once
// The views that make up the screen. Each reads App and changes it only in answer to input.
#include "ui/app.hpp"

namespace alma::ui {
float drawTopBar(App& app);                       // returns its height
void drawMapView(App& app, ScreenRect area);      // the landing view
void drawCallTable(App& app, ScreenRect area);    // the Calls tab: filters, list, export
void drawPracticeTable(App& app, ScreenRect area);  // the Practices tab: filters, table, export
void drawDetailsPanel(App& app, ScreenRect area); // right: the selection's calls and links
void drawDataPanel(App& app);                     // sources, "data as of", and every diagnostic
void drawHelp(App& app);                          // about, keyboard shortcuts
// Where a geographic point is on the map now (window.almaScreenPos); false when not visible.
bool mapScreenPos(const App& app, double lon, double lat, float& x, float& y);
}  // namespace alma::ui
