// The banner under the top bar while an export on screen came from another site by link
// (?calls=URL): anyone can make a link, so the official atlas says whose data it is showing.
#include <imgui.h>

#include "ui/views.hpp"

namespace alma::ui {

float drawOtherSiteBanner(App& app, float y) {
  const std::string text = otherSiteWarning(app.data);
  if (text.empty()) return 0;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float wrap = vp->Size.x - 2 * ImGui::GetStyle().WindowPadding.x;
  const float height = ImGui::CalcTextSize(("⚠ " + text).c_str(), nullptr, false, wrap).y + 2 * ImGui::GetStyle().WindowPadding.y;
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, y));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(1.0f, 0.84f, 0.30f, 1.0f));  // amber: dark text on it ≥ 10:1
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.08f, 0.08f, 0.08f, 1.0f));
  ImGui::Begin("##othersite", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                           ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(("⚠ " + text).c_str());
  ImGui::PopTextWrapPos();
  ImGui::End();
  ImGui::PopStyleColor(2);
  return height;
}

}  // namespace alma::ui
