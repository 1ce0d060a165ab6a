#pragma once
namespace alma::ui {
enum class Theme { Light, Dark };
// Calm, institutional colours readable on a projector (shared/docs/ux.md); light by default.
// Presenter mode: the same theme with maximum contrast (pure black/white text, firm borders) and
// every size scaled, so a room can read it. Resets the style, so it can be called at any time.
void applyTheme(Theme theme, bool presenter, float scale);
const char* themeName(Theme theme);
}  // namespace alma::ui
