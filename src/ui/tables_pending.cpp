// TEMPORARY until the table views land (issue 5): the tabs exist, their content says what is loaded.
#include <imgui.h>

#include "ui/views.hpp"

namespace alma::ui {
namespace {
void pending(const char* what, std::size_t n, ScreenRect area) {
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(area.x), static_cast<float>(area.y)));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(area.w), static_cast<float>(area.h)));
  ImGui::Begin(what, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::Text("%zu %s match the search.", n, what);
  ImGui::End();
}
}  // namespace
void drawCallTable(App& app, ScreenRect area) { pending("calls", app.visibleCalls.size(), area); }
void drawPracticeTable(App& app, ScreenRect area) { pending("practices", app.visiblePractices, area); }
}  // namespace alma::ui
