#include "ui/palette.hpp"

namespace alma::ui::palette {

namespace {
constexpr ImU32 kEuBlue = IM_COL32(0, 51, 153, 255);
constexpr ImU32 kEuYellow = IM_COL32(255, 204, 0, 255);

// Light: pale land, dark borders; status colours light enough for the dark border and the blue
// selection outline to stand out on each.
constexpr Palette kLight{
    IM_COL32(205, 224, 240, 255), IM_COL32(226, 226, 224, 255), IM_COL32(236, 236, 233, 255), IM_COL32(250, 249, 244, 255),
    {IM_COL32(46, 155, 84, 255), IM_COL32(240, 171, 40, 255), IM_COL32(163, 168, 178, 255), IM_COL32(204, 196, 222, 255)},
    IM_COL32(40, 44, 52, 255), IM_COL32(160, 166, 176, 200),
    kEuBlue, kEuBlue, IM_COL32(0, 51, 153, 220),
    IM_COL32(40, 40, 40, 255), kEuBlue, kEuYellow,
    IM_COL32(90, 100, 115, 255), IM_COL32(60, 66, 78, 255),
    IM_COL32(255, 255, 255, 210), IM_COL32(40, 40, 40, 255),
    1.0f};
// Projector, light: the same fills, black borders twice as firm, a clearer sea, opaque boxes.
constexpr Palette kLightPresenter{
    IM_COL32(170, 205, 235, 255), IM_COL32(214, 214, 211, 255), IM_COL32(232, 232, 228, 255), IM_COL32(255, 255, 255, 255),
    {IM_COL32(46, 155, 84, 255), IM_COL32(240, 171, 40, 255), IM_COL32(163, 168, 178, 255), IM_COL32(204, 196, 222, 255)},
    IM_COL32(0, 0, 0, 255), IM_COL32(70, 76, 86, 255),
    kEuBlue, kEuBlue, kEuBlue,
    IM_COL32(0, 0, 0, 255), kEuBlue, kEuYellow,
    IM_COL32(0, 0, 0, 255), IM_COL32(0, 0, 0, 255),
    IM_COL32(255, 255, 255, 255), IM_COL32(0, 0, 0, 255),
    1.8f};
// Dark: a night sea, dark land, light borders; status fills deep enough (luminance ≤ 0.18) for the
// light border and the yellow selection outline to reach 3:1 on each.
constexpr Palette kDark{
    IM_COL32(10, 20, 36, 255), IM_COL32(36, 38, 42, 255), IM_COL32(46, 49, 54, 255), IM_COL32(58, 62, 70, 255),
    {IM_COL32(30, 120, 60, 255), IM_COL32(160, 100, 0, 255), IM_COL32(100, 106, 118, 255), IM_COL32(110, 92, 160, 255)},
    IM_COL32(225, 228, 235, 255), IM_COL32(120, 128, 140, 220),
    kEuYellow, kEuYellow, IM_COL32(255, 204, 0, 230),
    IM_COL32(235, 235, 235, 255), kEuBlue, kEuYellow,
    IM_COL32(170, 178, 190, 255), IM_COL32(200, 206, 215, 255),
    IM_COL32(0, 0, 0, 200), IM_COL32(230, 230, 230, 255),
    1.0f};
// Projector, dark: black sea, white borders twice as firm, opaque boxes.
constexpr Palette kDarkPresenter{
    IM_COL32(0, 0, 0, 255), IM_COL32(30, 30, 32, 255), IM_COL32(42, 42, 45, 255), IM_COL32(58, 62, 70, 255),
    {IM_COL32(30, 120, 60, 255), IM_COL32(160, 100, 0, 255), IM_COL32(100, 106, 118, 255), IM_COL32(110, 92, 160, 255)},
    IM_COL32(255, 255, 255, 255), IM_COL32(150, 150, 155, 255),
    kEuYellow, kEuYellow, kEuYellow,
    IM_COL32(255, 255, 255, 255), kEuBlue, kEuYellow,
    IM_COL32(255, 255, 255, 255), IM_COL32(255, 255, 255, 255),
    IM_COL32(0, 0, 0, 255), IM_COL32(255, 255, 255, 255),
    1.8f};

const Palette* active = &kLight;
}  // namespace

const Palette& forTheme(Theme theme, bool presenter) {
  if (theme == Theme::Dark) return presenter ? kDarkPresenter : kDark;
  return presenter ? kLightPresenter : kLight;
}
const Palette& current() { return *active; }
void use(Theme theme, bool presenter) { active = &forTheme(theme, presenter); }

}  // namespace alma::ui::palette
