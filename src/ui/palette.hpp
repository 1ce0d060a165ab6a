#pragma once
// The app's palette: the map's colours and the status colours, used the same way everywhere
// (map, legend, status chips in tables and cards): open green, planned amber, closed grey,
// unknown lilac — always with a text label too (core's statusLabel).
#include <imgui.h>

#include "core/model/model.hpp"

namespace alma::ui::palette {
inline constexpr ImU32 kSea = IM_COL32(205, 224, 240, 255);
inline constexpr ImU32 kNeighbour = IM_COL32(226, 226, 224, 255);
inline constexpr ImU32 kNonEu = IM_COL32(236, 236, 233, 255);       // EFTA, UK, candidates
inline constexpr ImU32 kEuNoCall = IM_COL32(250, 249, 244, 255);    // EU27 without calls: stands out from grey
inline constexpr ImU32 kBorder = IM_COL32(40, 44, 52, 255);  // ≥ 3:1 against every land colour and the sea
inline constexpr ImU32 kInnerBorder = IM_COL32(160, 166, 176, 200);
inline constexpr ImU32 kHover = IM_COL32(0, 51, 153, 255);
inline constexpr ImU32 kSelected = IM_COL32(0, 51, 153, 255);
inline constexpr ImU32 kFlow = IM_COL32(0, 51, 153, 220);
// The keyboard focus indicator: a black ring with an EU-yellow ring inside it, so that one of the
// two contrasts at least 3:1 with whatever lies around it, in every theme (WCAG 2.4.7, 1.4.11).
inline constexpr ImU32 kFocusOuter = IM_COL32(0, 0, 0, 255);
inline constexpr ImU32 kFocusInner = IM_COL32(255, 204, 0, 255);

inline ImU32 statusColour(CallStatus s) {
  switch (s) {
    case CallStatus::Open: return IM_COL32(46, 155, 84, 255);
    case CallStatus::Planned: return IM_COL32(240, 171, 40, 255);
    case CallStatus::Closed: return IM_COL32(163, 168, 178, 255);
    case CallStatus::Unknown: return IM_COL32(204, 196, 222, 255);
  }
  return kEuNoCall;
}
}  // namespace alma::ui::palette
