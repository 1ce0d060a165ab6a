#include <imgui.h>

#include <algorithm>

#include "ui/views.hpp"

namespace alma::ui {

void drawHelp(App& app) {
  if (!app.screen.help) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x * 0.9f, 640.0f), 0), ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.4f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::Begin("About the atlas", &app.screen.help, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36.0f);
  ImGui::TextUnformatted(
      "ALMA (Aim, Learn, Master, Achieve) calls send young people who are not in employment, education or "
      "training on a supervised 2–6 month work stay in another EU country, funded by the ESF+. The map shows "
      "the calls of national and regional programmes; click a country or region for its calls and links.");
  ImGui::Spacing();
  ImGui::TextUnformatted("Keyboard");
  ImGui::BulletText("Arrow keys: move the map · + / −: zoom · 0: reset the view");
  ImGui::BulletText("Tab / Shift+Tab: move through the page's controls, including a list of every country");
  ImGui::BulletText("and region with calls (Enter selects one, as a click on the map does)");
  ImGui::BulletText("Esc: close the details panel · / or Ctrl+K: search · Aa: text size up to 200%%");
  ImGui::Spacing();
  ImGui::TextDisabled("Names in every script of the data:");
  ImGui::TextUnformatted(kScriptSample);
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace alma::ui
