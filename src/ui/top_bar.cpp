#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/dates.hpp"
#include "core/format.hpp"
#include "core/version.hpp"
#include "ui/views.hpp"

namespace alma::ui {

namespace {
// "Calls · data as of 24 November 2026" — the date people need to judge whether the map is current.
std::string exportDate(const ExportInfo& info) {
  const auto date = parseDate(info.exported);
  return date ? humanDate(*date) : info.exported.empty() ? "unknown date" : info.exported;
}
std::string asOf(const char* what, const ExportInfo* info) {
  if (!info) return std::string(what) + ": not loaded";
  return std::string(what) + " as of " + exportDate(*info);
}
}  // namespace

namespace {
void tab(App& app, View view, const char* label) {
  const bool active = app.view == view;
  if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(1, 1, 1, 0.32f));
  if (ImGui::Button(label)) app.view = view;
  if (active) ImGui::PopStyleColor();
  ImGui::SameLine(0, 4);
}

// Typing updates the results at once (no button); "/" or Ctrl+K jump into the box.
void searchBox(App& app, float width) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.WantTextInput && (ImGui::IsKeyPressed(ImGuiKey_Slash) || (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_K))))
    app.focusSearch = true;
  if (app.focusSearch) {
    ImGui::SetKeyboardFocusHere();
    app.focusSearch = false;
  }
  ImGui::SetNextItemWidth(width);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.1f, 0.1f, 0.1f, 1));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(1, 1, 1, 1));
  if (ImGui::InputTextWithHint("##search", "Search  ( / )", &app.search)) {
    app.callQuery.setSearch(app.search);
    app.practiceQuery.setSearch(app.search);
  }
  ImGui::PopStyleColor(2);
}
// "Calls as of … · Practices as of …", or shorter where that does not fit beside the buttons.
std::string dataLabel(const App& app, float room) {
  const ExportInfo* calls = app.data.calls ? &app.data.calls->info : nullptr;
  const ExportInfo* practices = app.data.practices ? &app.data.practices->info : nullptr;
  const std::size_t problems = app.data.diagnostics.size();
  const std::string warn = problems > 0 ? "  ·  ⚠ " + std::to_string(problems) + (problems == 1 ? " problem" : " problems") : "";
  const float pad = ImGui::GetStyle().FramePadding.x * 2;
  auto fits = [&](const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x + pad <= room; };
  std::string label = app.filesPending > 0 ? "Loading data…" : asOf("Calls", calls) + "  ·  " + asOf("Practices", practices) + warn;
  if (!fits(label) && calls) label = "Data as of " + exportDate(*calls) + warn;
  if (!fits(label)) label = problems > 0 ? "Data ⚠ " + std::to_string(problems) : "Data";
  return label + "##data";
}
}  // namespace

float drawTopBar(App& app) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float height = ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().WindowPadding.y;
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.0f, 0.20f, 0.60f, 1.0f));  // EU blue
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(1, 1, 1, 0.12f));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(1, 1, 1, 0.25f));
  ImGui::Begin("##topbar", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(vp->Size.x < 600.0f ? "ALMA atlas" : kProductName);
  ImGui::SameLine(0, 24);
  tab(app, View::Map, "Map");
  tab(app, View::Calls, "Calls");
  tab(app, View::Practices, "Practices");
  ImGui::SameLine(0, 12);
  searchBox(app, vp->Size.x < 900.0f ? 120.0f : 220.0f);
  ImGui::SameLine(0, 12);
  const float helpW = ImGui::GetFrameHeight() * 1.4f;
  const char* loadLabel = vp->Size.x < 600.0f ? "Load" : "Load data";
  const float loadW = ImGui::CalcTextSize(loadLabel).x + ImGui::GetStyle().FramePadding.x * 2;
  const float room = ImGui::GetContentRegionAvail().x - helpW - loadW - 3 * ImGui::GetStyle().ItemSpacing.x;
  if (ImGui::Button(dataLabel(app, room).c_str())) app.showDataPanel = !app.showDataPanel;
  const bool hovered = ImGui::IsItemHovered();
  ImGui::SameLine(ImGui::GetWindowWidth() - helpW - loadW - ImGui::GetStyle().ItemSpacing.x -
                  ImGui::GetStyle().WindowPadding.x);
  if (ImGui::Button(loadLabel)) app.wantsFilePicker = true;
  const bool loadHovered = ImGui::IsItemHovered();
  ImGui::SameLine();
  if (ImGui::Button("?##help", ImVec2(helpW, 0))) app.showHelp = !app.showHelp;
  ImGui::End();
  ImGui::PopStyleColor(4);
  if (hovered) ImGui::SetTooltip("Sources and data problems");  // after the pop: normal tooltip colours
  if (loadHovered) ImGui::SetTooltip("Open a calls or practices export (.json) or a spreadsheet (.csv).\nYou can also drop files on the page.");
  return height;
}

}  // namespace alma::ui
