#pragma once
// The Practices tab's right-hand panel: everything a practice record holds, its link and
// "Show on map".
#include <string>

#include "ui/app.hpp"

namespace alma::ui {
void drawPracticeDetails(App& app, const Practice& p, float width);
// "2018 – 2021", "since 2019", "until 2028", or "" when undated (table cell).
std::string periodText(const Practice& p);
}  // namespace alma::ui
