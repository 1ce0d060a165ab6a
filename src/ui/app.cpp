#include "ui/app.hpp"

#include <imgui.h>

#include "core/version.hpp"

namespace alma::ui {

namespace {

void drawTopBar() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float height = ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().WindowPadding.y;
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.0f, 0.20f, 0.60f, 1.0f));  // EU blue
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  ImGui::Begin("##topbar", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(kProductName);
  ImGui::End();
  ImGui::PopStyleColor(2);
}

void drawStartScreen() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float top = ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().WindowPadding.y;
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + top));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, vp->Size.y - top));
  ImGui::Begin("##content", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(
      "ALMA calls send young people who are not in employment, education or training on a supervised "
      "2–6 month work stay in another EU country. Migrant-integration practices collected by the ESF+ "
      "Community of Practice show what works for newcomers.");
  ImGui::Spacing();
  ImGui::TextUnformatted(kScriptSample);
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace

void drawApp(App& app) {
  drawTopBar();
  drawStartScreen();
  (void)app;
}

void describe(const App& app, StateSnapshot& out) {
  out.ready = app.ready;
  out.uiScale = app.uiScale;
  out.theme = themeName(app.theme);
  out.presenter = false;
  out.view = "start";
  out.font.sample = kScriptSample;
}

}  // namespace alma::ui
