#pragma once
#include <string>
#include <vector>

#include "ui/app.hpp"

namespace alma::ui {
// Indices of the calls the details panel lists for the current selection, in display order.
std::vector<int> detailCalls(const App& app);
std::string selectionTitle(const App& app);
}  // namespace alma::ui
