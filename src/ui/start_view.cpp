#include <imgui.h>

#include <set>

#include "core/format.hpp"
#include "ui/views.hpp"

namespace alma::ui {

namespace {
template <class Records>
std::size_t countries(const Records& records) {
  std::set<std::string> codes;
  for (const auto& r : records) codes.insert(r.country);
  return codes.size();
}
}  // namespace

void drawStartView(const App& app, float top) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
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
  if (app.data.calls) {
    const auto& c = app.data.calls->calls;
    ImGui::BulletText("%s ALMA calls from %zu countries", withThousands(static_cast<long long>(c.size())).c_str(),
                      countries(c));
  }
  if (app.data.practices) {
    const auto& p = app.data.practices->practices;
    ImGui::BulletText("%s migrant-integration practices from %zu countries",
                      withThousands(static_cast<long long>(p.size())).c_str(), countries(p));
  }
  ImGui::Spacing();
  ImGui::TextDisabled("Names in every script of the data:");
  ImGui::TextUnformatted(kScriptSample);
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace alma::ui
