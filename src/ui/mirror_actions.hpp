#pragma once
// What a person does in the accessible mirror (web/a11y.js), turned into the same intents the
// canvas views use: activating a tab, a facet checkbox, a place button, a row, a sort header…
#include <string>

#include "ui/app.hpp"

namespace alma::ui {
void mirrorAction(App& app, const std::string& act, const std::string& arg);
}  // namespace alma::ui
