#include "ui/theme.hpp"

#include <imgui.h>

namespace alma::ui {

void applyTheme(Theme theme) {
  ImGuiStyle& style = ImGui::GetStyle();
  if (theme == Theme::Dark) {
    ImGui::StyleColorsDark(&style);
  } else {
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    style.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.0f, 0.20f, 0.60f, 1.0f);  // EU blue top bar
  }
  style.WindowRounding = 0.0f;
  style.FrameRounding = 3.0f;
  style.WindowBorderSize = 0.0f;
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(10, 8);
}

const char* themeName(Theme theme) { return theme == Theme::Dark ? "dark" : "light"; }

}  // namespace alma::ui
