#pragma once
// The Practices tab's right-hand panel: everything a practice record holds, its link (only when
// core says it is safe: http, https, mailto) and "Show on map".
#include <string>

#include "ui/app.hpp"

namespace alma::ui {
// False when the panel's close button was clicked.
bool drawPracticeCard(App& app, const Practice& p, float width);
}  // namespace alma::ui
