#include "ui/theme.hpp"

#include <imgui.h>

namespace alma::ui {

void applyTheme(Theme theme, bool presenter, float scale) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();  // sizes are scaled from the defaults each time, never compounded
  if (theme == Theme::Dark) {
    ImGui::StyleColorsDark(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
  } else {
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
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

const char* themeName(Theme theme) { return theme == Theme::Dark ? "dark" : "light"; }

}  // namespace alma::ui
