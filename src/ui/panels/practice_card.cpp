#include "ui/labels.hpp"
#include "ui/panels/practice_card.hpp"

#include <imgui.h>

#include "core/model/countries.hpp"
#include "core/model/format.hpp"
#include "core/model/links.hpp"
#include "core/model/record_facts.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

bool drawPracticeCard(App& app, const Practice& p, float width) {
  const bool keep = beginSidePanel(app, "practice-details", trf("card.practice_title", {{"country", countryLabel(p.country)}}), width);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(p.title.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (ImGui::Button(label("card.show_on_map"))) showPracticeOnMap(app.view, p);
  publishTarget(app, "button", "show-on-map");
  if (p.url) {
    ImGui::SameLine();
    if (isSafeLink(*p.url)) {
      if (ImGui::Button(label("card.project_page"))) app.requests.openLink = *p.url;
      publishTarget(app, "link", p.id);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", p.url->c_str());
    } else {
      ImGui::NewLine();  // not a link we open: listed as text among the facts
    }
  }
  ImGui::Separator();
  for (const Fact& f : practiceFacts(p)) fact(app, f);
  if (p.summary) {
    ImGui::Separator();
    ImGui::TextWrapped("%s", p.summary->c_str());
  }
  ImGui::Separator();
  if (p.updated) ImGui::TextDisabled("%s", trf("card.updated", {{"date", humanDate(*p.updated)}}).c_str());
  ImGui::TextDisabled("%s", trf("card.record", {{"id", p.id}}).c_str());
  endSidePanel();
  return keep;
}

}  // namespace alma::ui
