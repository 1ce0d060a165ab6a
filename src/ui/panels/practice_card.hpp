#pragma once
// The Practices tab's right-hand panel: everything a practice record holds, its link (only when
// core says it is safe: http, https, mailto) and "Show on map".
#include <string>

#include "ui/app.hpp"

namespace alma::ui {
// False when the panel's close button was clicked.
bool drawPracticeCard(App& app, const Practice& p, float width);
// "2018 – 2021", "since 2019", "until 2028", or "" when undated (table cell).
std::string periodText(const Practice& p);
}  // namespace alma::ui
