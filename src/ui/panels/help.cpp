#include <imgui.h>

#include <algorithm>

#include "ui/labels.hpp"
#include "ui/views.hpp"

namespace alma::ui {

void drawHelp(App& app) {
  if (!app.screen.help) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x * 0.9f, 640.0f), 0), ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.4f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::Begin(label("help.title"), &app.screen.help, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36.0f);
  ImGui::TextUnformatted(tr("help.about_canvas").c_str());
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("help.keyboard").c_str());
  for (const char* key : {"help.keys_map", "help.keys_tab", "help.keys_other", "help.keys_language"}) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", tr(key).c_str());
  }
  ImGui::Spacing();
  ImGui::TextDisabled("%s", tr("help.scripts").c_str());
  ImGui::TextUnformatted(kScriptSample);
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace alma::ui
