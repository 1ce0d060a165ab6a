#include "ui/panels/practice_card.hpp"

#include <imgui.h>

#include "core/model/countries.hpp"
#include "core/model/format.hpp"
#include "core/model/links.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

std::string periodText(const Practice& p) {
  if (p.start && p.end) return std::to_string(p.start->year) + " – " + std::to_string(p.end->year);
  if (p.start) return "since " + std::to_string(p.start->year);
  if (p.end) return "until " + std::to_string(p.end->year);
  return "";
}

namespace {
std::string periodLong(const Practice& p) {
  if (p.start && p.end) return humanDate(*p.start) + " – " + humanDate(*p.end);
  if (p.start) return "since " + humanDate(*p.start) + " (ongoing)";
  if (p.end) return "until " + humanDate(*p.end);
  return "";
}
}  // namespace

bool drawPracticeCard(App& app, const Practice& p, float width) {
  const bool keep = beginSidePanel(app, "practice-details", "Practice · " + countryLabel(p.country), width);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(p.title.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (ImGui::Button("Show on map")) showPracticeOnMap(app.view, p);
  publishTarget(app, "button", "show-on-map");
  if (p.url) {
    ImGui::SameLine();
    if (isSafeLink(*p.url)) {
      if (ImGui::Button("Project page ↗")) app.requests.openLink = *p.url;
      publishTarget(app, "link", p.id);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", p.url->c_str());
    } else {
      ImGui::NewLine();
      fact("Web page", *p.url);  // not a link we open: shown as text only
    }
  }
  ImGui::Separator();
  fact("Country", countryLabel(p.country));
  fact("Partners", countryNames(p.partner_countries));
  fact("Region / city", p.region.value_or(""));
  fact("Organisation", p.organisation.value_or(""));
  fact("Period", periodLong(p));
  fact("Stages", vocabLabels(VocabField::Stage, p.stages));
  fact("Themes", vocabLabels(VocabField::Theme, p.themes));
  fact("Target groups", vocabLabels(VocabField::TargetGroup, p.target_groups));
  fact("Funds", vocabLabels(VocabField::Fund, p.funds));
  if (p.contact) {
    if (const auto link = contactLink(*p.contact)) {
      if (ImGui::SmallButton(("Contact: " + *p.contact).c_str())) app.requests.openLink = *link;
    } else {
      fact("Contact", *p.contact);
    }
  }
  if (p.summary) {
    ImGui::Separator();
    ImGui::TextWrapped("%s", p.summary->c_str());
  }
  ImGui::Separator();
  if (p.updated) ImGui::TextDisabled("Updated %s", humanDate(*p.updated).c_str());
  ImGui::TextDisabled("Record %s", p.id.c_str());
  endSidePanel();
  return keep;
}

}  // namespace alma::ui
