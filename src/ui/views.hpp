#pragma once
// The views that make up the screen. Each reads App and changes it only in answer to input.
#include "ui/app.hpp"

namespace alma::ui {
float drawTopBar(App& app);                         // chrome/top_bar.cpp; returns its height
float drawOtherSiteBanner(App& app, float y);       // chrome/banner.cpp: data from another site; its height
void drawMapView(App& app, ScreenRect area);        // map/map_screen.cpp: the landing view
// The map as a picture (no buttons, no hover; the legend and a caption with the data's date), for
// "Save map as image", drawn into an offscreen frame of the map's size (platform savePicture).
void drawMapPicture(App& app, ScreenRect area);
void drawPlacePanel(App& app, ScreenRect area);     // map/place_panel.cpp: the selection's calls
void drawCallTable(App& app, ScreenRect area);      // tables/call_table.cpp: the Calls tab
void drawPracticeTable(App& app, ScreenRect area);  // tables/practice_table.cpp: the Practices tab
void drawDataPanel(App& app);                       // panels/data_panel.cpp: sources and problems
void drawHelp(App& app);                            // panels/help.cpp: about, keyboard shortcuts
void drawSharePanel(App& app);                      // panels/share_panel.cpp: the view's link as a QR code
// Where a geographic point is on the map now (window.almaScreenPos); false when not visible.
bool mapScreenPos(const App& app, double lon, double lat, float& x, float& y);
// Where a place (country or NUTS code) is drawn on the map now, clipped to the map (CSS px).
bool placeRect(const App& app, const std::string& place, float rect[4]);
}  // namespace alma::ui
