// The map's details panel (right side, or a bottom sheet on phones): the calls of the selected
// country, region or marker — or the EU-level calls — each as a call card (panels/call_card.hpp).
#include <imgui.h>

#include "ui/labels.hpp"
#include "core/map/call_places.hpp"
#include "core/model/countries.hpp"
#include "ui/derived.hpp"
#include "ui/panels/call_card.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

namespace {
// Nothing to list: say why (filters hide them, or none is listed here) and offer the way out.
void noCalls(App& app) {
  ImGui::PushTextWrapPos(0.0f);
  const std::vector<int>& visible = visibleCalls(app);
  const std::size_t hidden = app.data.calls ? app.data.calls->calls.size() - visible.size() : 0;
  if (hidden > 0) {
    ImGui::TextDisabled("%s", tr("place.no_calls").c_str());
    if (ImGui::SmallButton(label("place.show_all"))) clearSearchAndFilters(app.view);
  } else {
    ImGui::TextDisabled("%s", tr("place.none_listed").c_str());
  }
  if (app.view.selection.kind == SelectionKind::Region && app.data.calls) {
    const std::string country = app.view.selection.id.substr(0, 2);
    const auto national = summarisePlace(app.data.calls->calls, visible, country, app.data.today);
    if (national.total() > 0)
      ImGui::TextWrapped("%s", trn("place.calls_elsewhere", national.total(), {{"country", countryName(country)}}).c_str());
  }
  ImGui::PopTextWrapPos();
}
}  // namespace

void drawPlacePanel(App& app, ScreenRect area) {
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(area.x), static_cast<float>(area.y)));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(area.w), static_cast<float>(area.h)));
  ImGui::Begin("##details", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  publishPanel(app, "details");
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(selectionTitle(app).c_str());
  ImGui::PopTextWrapPos();
  ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::GetFrameHeight() - ImGui::GetStyle().WindowPadding.x);
  if (ImGui::Button("×##close", ImVec2(ImGui::GetFrameHeight(), ImGui::GetFrameHeight()))) clearSelection(app.view);
  publishTarget(app, "button", "details-close");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("panel.close_esc").c_str());
  const std::vector<int> list = selectionCalls(app);
  if (list.empty()) {
    noCalls(app);
  } else {
    ImGui::TextDisabled("%s", trn("count.alma_calls", static_cast<long long>(list.size())).c_str());
    for (int i : list) {
      ImGui::Separator();
      drawCallCard(app, app.data.calls->calls[static_cast<std::size_t>(i)], CallCardIn::PlaceList);
    }
  }
  ImGui::End();
}

}  // namespace alma::ui
