#pragma once
namespace alma::ui {
enum class Theme { Light, Dark };
// Calm, institutional colours readable on a projector (shared/docs/ux.md); light by default.
// Presenter mode: the same theme with maximum contrast (pure black/white text, firm borders) and
// every size scaled, so a room can read it. Resets the style, so it can be called at any time.
void applyTheme(Theme theme, bool presenter, float scale);
const char* themeName(Theme theme);
// Buttons drawn over the map (zoom, EU-level calls) look as they do on the window: their colours
// composited over the window background, made opaque (the map behind would change their contrast).
void pushOpaqueButtons();
void popOpaqueButtons();
}  // namespace alma::ui
