#pragma once
// The views that make up the screen. Each reads App and changes it only in answer to input.
#include "ui/app.hpp"

namespace alma::ui {
float drawTopBar(App& app);                 // returns its height
void drawStartView(const App& app, float top);
void drawDataPanel(App& app);               // sources, "data as of", and every diagnostic
}  // namespace alma::ui
