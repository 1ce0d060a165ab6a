#include "ui/theme.hpp"

#include <imgui.h>

#include "ui/palette.hpp"

namespace alma::ui {

void applyTheme(Theme theme, bool presenter, float scale) {
  palette::use(theme, presenter);
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();  // sizes are scaled from the defaults each time, never compounded
  // ImGui's own themes, with the colours that fell short of WCAG 2.1 AA replaced (measured by
  // tests/ui/test_contrast.cpp): secondary text ≥ 4.5:1, white text on every button and selected
  // row ≥ 4.5:1, check boxes, slider grabs and borders ≥ 3:1.
  ImVec4* c = style.Colors;
  if (theme == Theme::Dark) {
    ImGui::StyleColorsDark(&style);
    c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.64f, 0.64f, 0.66f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.16f, 0.38f, 0.70f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.10f, 0.30f, 0.60f, 1.0f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.16f, 0.38f, 0.70f, 0.90f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.12f, 0.33f, 0.64f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.62f, 0.62f, 0.70f, 1.0f);
  } else {
    ImGui::StyleColorsLight(&style);
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.33f, 0.33f, 0.33f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.0f, 0.0f, 0.0f, 0.60f);
    c[ImGuiCol_CheckMark] = ImVec4(0.0f, 0.20f, 0.60f, 1.0f);  // EU blue
    c[ImGuiCol_SliderGrab] = ImVec4(0.0f, 0.20f, 0.60f, 1.0f);
    c[ImGuiCol_SliderGrabActive] = ImVec4(0.0f, 0.15f, 0.45f, 1.0f);
  }
  style.WindowRounding = 0.0f;
  style.FrameRounding = 3.0f;
  style.WindowBorderSize = 0.0f;
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(10, 8);
  if (presenter) {
    const bool dark = theme == Theme::Dark;
    style.Colors[ImGuiCol_Text] = dark ? ImVec4(1, 1, 1, 1) : ImVec4(0, 0, 0, 1);
    style.Colors[ImGuiCol_TextDisabled] = dark ? ImVec4(0.85f, 0.85f, 0.85f, 1) : ImVec4(0.25f, 0.25f, 0.25f, 1);
    style.Colors[ImGuiCol_WindowBg] = dark ? ImVec4(0, 0, 0, 1) : ImVec4(1, 1, 1, 1);
    style.Colors[ImGuiCol_Border] = dark ? ImVec4(1, 1, 1, 0.8f) : ImVec4(0, 0, 0, 0.8f);
    style.FrameBorderSize = 1.0f;
    style.PopupBorderSize = 2.0f;
  }
  style.ScaleAllSizes(scale);
}

void pushOpaqueButtons() {
  const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
  for (ImGuiCol col : {ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive}) {
    const ImVec4 c = ImGui::GetStyleColorVec4(col);
    ImGui::PushStyleColor(col, ImVec4(c.x * c.w + bg.x * (1 - c.w), c.y * c.w + bg.y * (1 - c.w), c.z * c.w + bg.z * (1 - c.w), 1));
  }
}
void popOpaqueButtons() { ImGui::PopStyleColor(3); }

const char* themeName(Theme theme) { return theme == Theme::Dark ? "dark" : "light"; }

}  // namespace alma::ui
