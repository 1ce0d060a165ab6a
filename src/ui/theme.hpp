#pragma once
namespace alma::ui {
enum class Theme { Light, Dark };
// Calm, institutional colours readable on a projector (shared/docs/ux.md); light by default.
void applyTheme(Theme theme);
const char* themeName(Theme theme);
}  // namespace alma::ui
