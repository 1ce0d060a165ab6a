#pragma once
// The map's colours and the status colours, used the same way everywhere (map, legend, status
// chips in tables and cards): open green, planned amber, closed grey, unknown lilac — always with a
// text label too (core's statusLabel). One palette per theme: light and dark, each also in a
// high-contrast variant for presenter mode (firmer borders, plainer sea, opaque boxes). The theme
// (ui/theme.cpp) picks the current one; tests/ui/test_contrast.cpp checks all four.
#include <imgui.h>

#include "core/model/model.hpp"
#include "ui/theme.hpp"

namespace alma::ui::palette {

struct Palette {
  ImU32 sea, neighbour, nonEu, euNoCall;  // land: neighbours; EFTA, UK, candidates; EU27 without calls
  ImU32 status[4];                        // open, planned, closed, unknown
  ImU32 border;                           // country borders and coasts: ≥ 3:1 against every land colour and the sea
  ImU32 innerBorder;                      // regions within a country
  ImU32 hover, selected, flow;            // outlines and arrows: ≥ 3:1 against every land colour
  ImU32 markerRing, euMarker, euMarkerRing;
  ImU32 insetFrame, insetCaption;
  ImU32 attributionBox, attributionText;
  float borderWidth;
};

const Palette& forTheme(Theme theme, bool presenter);
const Palette& current();
void use(Theme theme, bool presenter);  // called by applyTheme: the one place the theme changes

inline ImU32 statusColour(CallStatus s) {
  switch (s) {
    case CallStatus::Open: return current().status[0];
    case CallStatus::Planned: return current().status[1];
    case CallStatus::Closed: return current().status[2];
    case CallStatus::Unknown: return current().status[3];
  }
  return current().euNoCall;
}

// The keyboard focus indicator: a black ring with an EU-yellow ring inside it, so that one of the
// two contrasts at least 3:1 with whatever lies around it, in every theme (WCAG 2.4.7, 1.4.11).
inline constexpr ImU32 kFocusOuter = IM_COL32(0, 0, 0, 255);
inline constexpr ImU32 kFocusInner = IM_COL32(255, 204, 0, 255);
}  // namespace alma::ui::palette
