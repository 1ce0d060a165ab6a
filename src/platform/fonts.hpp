#pragma once
#include <string_view>

namespace alma::fonts {
inline constexpr float kBodyPx = 16.0f;  // CSS font-size (em) at UI scale 1 (ux: body ≥ 15 px)
// ImGui sizes a font by its line height (ascent − descent), CSS by its em square. Noto Sans:
// (1069 + 293) / 1000 units per em, so a 16 px em is a 21.8 px ImGui font.
inline constexpr float kLineHeightPerEm = 1.362f;
inline constexpr const char* kFamily = "Noto Sans";

// (Re)builds ImGui's font atlas so that text is rasterised at its on-screen pixel size:
// size × uiScale × pixelRatio, shown at 1/pixelRatio. The renderer must re-upload the texture.
void buildAtlas(float uiScale, float pixelRatio);
// Code points in `utf8` the loaded font cannot draw (0 means every glyph is there).
int missingGlyphs(std::string_view utf8);
}  // namespace alma::fonts
