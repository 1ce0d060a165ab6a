// WCAG 2.1 contrast of every text/background pair the themes use (light, dark, presenter light and
// dark): text ≥ 4.5:1 (1.4.3), controls, the focus indicator and map borders against land ≥ 3:1
// (1.4.11, 2.4.7). Computed from the real theme (ui/theme.cpp applied to a real ImGui style) and
// palette, so a colour change that breaks contrast fails here. Prints the table it checked.
#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "ui/palette.hpp"
#include "ui/theme.hpp"

using namespace alma;

namespace {
struct Rgb {
  double r, g, b;
};
Rgb rgb(ImVec4 c) { return {c.x, c.y, c.z}; }
Rgb rgb(ImU32 c) { return rgb(ImGui::ColorConvertU32ToFloat4(c)); }
Rgb over(ImVec4 fg, Rgb bg) { return {fg.x * fg.w + bg.r * (1 - fg.w), fg.y * fg.w + bg.g * (1 - fg.w), fg.z * fg.w + bg.b * (1 - fg.w)}; }
Rgb over(ImU32 fg, Rgb bg) { return over(ImGui::ColorConvertU32ToFloat4(fg), bg); }
double channel(double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double luminance(Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }
double ratio(Rgb a, Rgb b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Context {
  Context() { ImGui::CreateContext(); }
  ~Context() { ImGui::DestroyContext(); }
};

void check(const std::string& theme, const char* what, Rgb fg, Rgb bg, double need) {
  const double r = ratio(fg, bg);
  std::printf("  %-16s %-52s %5.2f:1 (need %.1f)\n", theme.c_str(), what, r, need);
  CHECK_MESSAGE(r >= need, theme << ": " << what << " " << r << ":1, needs " << need);
}

// The focus indicator is two rings: one of them must stand out from what lies around it.
void checkFocus(const std::string& theme, const char* what, Rgb bg) {
  const double r = std::max(ratio(rgb(ui::palette::kFocusOuter), bg), ratio(rgb(ui::palette::kFocusInner), bg));
  std::printf("  %-16s %-52s %5.2f:1 (need 3.0)\n", theme.c_str(), what, r);
  CHECK_MESSAGE(r >= 3.0, theme << ": focus indicator on " << what << " " << r << ":1");
}
}  // namespace

TEST_CASE("contrast: every theme's text, controls and focus indicator meet WCAG 2.1 AA") {
  Context context;
  for (ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark})
    for (bool presenter : {false, true}) {
      ui::applyTheme(theme, presenter, 1.0f);
      const ImVec4* c = ImGui::GetStyle().Colors;
      const std::string name = std::string(ui::themeName(theme)) + (presenter ? " presenter" : "");
      const Rgb bg = rgb(c[ImGuiCol_WindowBg]);
      const Rgb text = rgb(c[ImGuiCol_Text]);
      check(name, "text on window", text, bg, 4.5);
      check(name, "secondary text (labels, dates) on window", rgb(c[ImGuiCol_TextDisabled]), bg, 4.5);
      check(name, "text on tooltip", text, over(c[ImGuiCol_PopupBg], bg), 4.5);
      check(name, "secondary text on tooltip", rgb(c[ImGuiCol_TextDisabled]), over(c[ImGuiCol_PopupBg], bg), 4.5);
      for (ImGuiCol col : {ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive})
        check(name, ("text on button " + std::to_string(col)).c_str(), text, over(c[col], bg), 4.5);
      for (ImGuiCol col : {ImGuiCol_Header, ImGuiCol_HeaderHovered, ImGuiCol_HeaderActive})
        check(name, ("text on selected row / header " + std::to_string(col)).c_str(), text, over(c[col], bg), 4.5);
      check(name, "text on table header", text, over(c[ImGuiCol_TableHeaderBg], bg), 4.5);
      check(name, "text on alternate table row", text, over(c[ImGuiCol_TableRowBgAlt], bg), 4.5);
      check(name, "text on input field", text, over(c[ImGuiCol_FrameBg], bg), 4.5);
      check(name, "check mark on check box", rgb(c[ImGuiCol_CheckMark]), over(c[ImGuiCol_FrameBg], bg), 3.0);
      check(name, "check box border on window", over(c[ImGuiCol_Border], bg), bg, 3.0);
      check(name, "slider grab on its track", over(c[ImGuiCol_SliderGrab], over(c[ImGuiCol_FrameBg], bg)), over(c[ImGuiCol_FrameBg], bg), 3.0);
      checkFocus(name, "window", bg);
      checkFocus(name, "button", over(c[ImGuiCol_Button], bg));
      checkFocus(name, "selected row", over(c[ImGuiCol_Header], bg));
      // The facet panel's own check boxes: drawn in the text colour, filled with the check mark's.
      check(name, "facet box (ticked) on window", rgb(c[ImGuiCol_CheckMark]), bg, 3.0);
    }
  // Fixed colours, the same in every theme.
  const Rgb blue = rgb(IM_COL32(0, 51, 153, 255)), white{1, 1, 1};
  check("top bar", "white text on EU blue", white, blue, 4.5);
  check("top bar", "white text on its buttons", white, over(ImVec4(1, 1, 1, 0.25f), blue), 4.5);
  check("top bar", "white text on the active tab", white, over(ImVec4(1, 1, 1, 0.32f), blue), 4.5);
  check("search box", "text on white", rgb(ImVec4(0.1f, 0.1f, 0.1f, 1)), white, 4.5);
  check("search box", "hint on white", rgb(ImVec4(0.4f, 0.4f, 0.4f, 1)), white, 4.5);
  for (ImU32 t : {IM_COL32(214, 234, 248, 255), IM_COL32(213, 245, 227, 255), IM_COL32(252, 243, 207, 255),
                  IM_COL32(250, 219, 216, 255), IM_COL32(232, 218, 239, 255), IM_COL32(229, 232, 232, 255)})
    check("tags", "dark text on tag colour", rgb(IM_COL32(30, 30, 30, 255)), rgb(t), 4.5);
  // The map, in each theme's palette: borders, outlines and the focus ring on every land colour and
  // the sea; the attribution and inset captions are text.
  for (ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark})
    for (bool presenter : {false, true}) {
      const ui::palette::Palette& p = ui::palette::forTheme(theme, presenter);
      const std::string name = std::string("map ") + ui::themeName(theme) + (presenter ? " presenter" : "");
      const Rgb sea = rgb(p.sea);
      check(name, "attribution text on its box", rgb(p.attributionText), over(p.attributionBox, sea), 4.5);
      check(name, "inset caption on sea", rgb(p.insetCaption), sea, 4.5);
      check(name, "inset frame on sea", rgb(p.insetFrame), sea, 3.0);
      for (ImU32 land : {p.euNoCall, p.nonEu, p.neighbour, p.status[0], p.status[1], p.status[2], p.status[3]}) {
        check(name, "country border on land", rgb(p.border), rgb(land), 3.0);
        checkFocus(name, "land (focused place outline)", rgb(land));
        check(name, "selection outline on land", rgb(p.selected), rgb(land), 3.0);
        check(name, "hover outline on land", rgb(p.hover), rgb(land), 3.0);
      }
      for (ImU32 status : {p.status[0], p.status[1], p.status[2], p.status[3]})
        check(name, "marker ring on its status fill", rgb(p.markerRing), rgb(status), 3.0);
      check(name, "EU marker ring on its fill", rgb(p.euMarkerRing), rgb(p.euMarker), 3.0);
      checkFocus(name, "sea", sea);
      check(name, "coast (border) on sea", rgb(p.border), sea, 3.0);
    }
}
