#pragma once
// What the selection on the map stands for: its name and the calls it lists (the map's details
// panel, the accessible mirror and the page title all ask the same questions).
#include <span>
#include <string>
#include <vector>

#include "core/map/map_asset.hpp"
#include "core/model/dataset.hpp"
#include "core/view/view_state.hpp"

namespace alma {

// "Spain / España", "Andalucía (Spain)", "EU-level ALMA calls", "ALMA call · Czechia / Česko".
// A call's heading on its card: "ALMA call · Spain / España", "EU-level ALMA call".
std::string callCardTitle(const Call& c);
std::string selectionTitle(const Selection& s, const Dataset& data, const MapAsset* map);
// Indices (into data.calls) of the `visible` calls the selection lists, in display order.
std::vector<int> selectionCalls(const Selection& s, const Dataset& data, std::span<const int> visible, Date today);

}  // namespace alma
