// Everything one practice record holds, with human labels (vocabLabel, country names), its link
// (only when core says it is safe: http, https, mailto) and "Show on map".
#include "ui/practice_details.hpp"

#include <imgui.h>

#include "core/countries.hpp"
#include "core/format.hpp"
#include "core/links.hpp"
#include "ui/filter_panel.hpp"

namespace alma::ui {

std::string periodText(const Practice& p) {
  if (p.start && p.end) return std::to_string(p.start->year) + " – " + std::to_string(p.end->year);
  if (p.start) return "since " + std::to_string(p.start->year);
  if (p.end) return "until " + std::to_string(p.end->year);
  return "";
}

namespace {
std::string countries(const std::vector<std::string>& codes) {
  std::string s;
  for (const auto& c : codes) s += (s.empty() ? "" : ", ") + std::string(countryNameEnglish(c));
  return s;
}

std::string periodLong(const Practice& p) {
  if (p.start && p.end) return humanDate(*p.start) + " – " + humanDate(*p.end);
  if (p.start) return "since " + humanDate(*p.start) + " (ongoing)";
  if (p.end) return "until " + humanDate(*p.end);
  return "";
}
}  // namespace

void drawPracticeDetails(App& app, const Practice& p, float width) {
  const bool keep = beginSidePanel(app, "practice-details", "Practice · " + countryLabel(p.country), width);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(p.title.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (ImGui::Button("Show on map")) {
    // The map outlines the practice's country (practices have no coordinates).
    app.view = View::Map;
    app.selection = {SelectionKind::Country, p.country};
    app.focusedCall.clear();
  }
  publishTarget(app, "button", "show-on-map");
  if (p.url) {
    ImGui::SameLine();
    if (isSafeLink(*p.url)) {
      if (ImGui::Button("Project page ↗")) app.pendingLink = *p.url;
      publishTarget(app, "link", p.id);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", p.url->c_str());
    } else {
      ImGui::NewLine();
      fact("Web page", *p.url);  // not a link we open: shown as text only
    }
  }
  ImGui::Separator();
  fact("Country", countryLabel(p.country));
  fact("Partners", countries(p.partner_countries));
  fact("Region / city", p.region.value_or(""));
  fact("Organisation", p.organisation.value_or(""));
  fact("Period", periodLong(p));
  fact("Stages", vocabList(VocabField::Stage, p.stages));
  fact("Themes", vocabList(VocabField::Theme, p.themes));
  fact("Target groups", vocabList(VocabField::TargetGroup, p.target_groups));
  fact("Funds", vocabList(VocabField::Fund, p.funds));
  if (p.contact) {
    if (const auto link = contactLink(*p.contact)) {
      if (ImGui::SmallButton(("Contact: " + *p.contact).c_str())) app.pendingLink = *link;
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
  if (!keep) app.selectedPractice.clear();
}

}  // namespace alma::ui
