#pragma once
#include <string>

#include "core/dataset.hpp"
#include "core/model.hpp"
#include "core/state_snapshot.hpp"
#include "ui/theme.hpp"

namespace alma::ui {

// Place names in every script the data uses; shown on the start screen, and the font must draw
// every one of them (checked through the state hook).
inline constexpr const char* kScriptSample =
    "Baden-Württemberg, Łódź, Île-de-France, Ελλάδα, България, Hrvatska, Česko, Região Autónoma dos Açores";

// Everything the screen shows, as explicit state. Views read it and change it only in response
// to the user's input; loading and other I/O happen outside (main.cpp).
struct App {
  Dataset data;
  Date today;                 // for statuses and countdowns; set by the platform clock at start
  int filesPending = 0;       // bundled exports still downloading
  bool showDataPanel = false; // sources and diagnostics
  Theme theme = Theme::Light;
  float uiScale = 1.0f;
  bool ready = false;         // first frame drawn once the bundled data arrived (or failed)
};

void drawApp(App& app);
// Fills the parts of the state-hook snapshot that the UI owns.
void describe(const App& app, StateSnapshot& out);

}  // namespace alma::ui
