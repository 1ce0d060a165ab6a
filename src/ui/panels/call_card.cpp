#include "ui/panels/call_card.hpp"

#include <imgui.h>

#include "core/model/derived.hpp"
#include "core/model/format.hpp"
#include "core/model/links.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

namespace {

std::string datesLine(const Call& c, Date today) {
  std::string s;
  if (c.opens) s += "opens " + humanDate(*c.opens);
  if (c.closes) {
    if (!s.empty()) s += " · ";
    s += "closes " + humanDate(*c.closes);
    if (const auto days = daysUntilClose(c, today)) s += " (" + daysLeftPhrase(*days) + ")";
  }
  return s;
}

std::string stayLine(const StayMonths& s) {
  return std::to_string(s.min) + (s.min == s.max ? "" : "–" + std::to_string(s.max)) + " months";
}

void officialPage(App& app, const Call& c) {
  if (ImGui::Button("Official page ↗")) app.requests.openLink = *c.url;
  publishTarget(app, "link", c.id, *c.url);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.url->c_str());
}

}  // namespace

void drawCallCard(App& app, const Call& c, CallCardIn where) {
  ImGui::PushID(c.id.c_str());
  ImGui::PushTextWrapPos(0.0f);
  if (where == CallCardIn::PlaceList) {
    if (ImGui::Selectable(c.title.c_str(), app.view.focusedCall == c.id)) focusCall(app.view, c.id);
    publishTarget(app, "call", c.id);
    if (ImGui::IsItemHovered() && !c.destinations.empty()) ImGui::SetTooltip("Show where participants go");
  } else {
    ImGui::TextUnformatted(c.title.c_str());
  }
  if (c.title_original && *c.title_original != c.title) ImGui::TextDisabled("%s", c.title_original->c_str());
  ImGui::PopTextWrapPos();
  statusTag(effectiveStatus(c, app.data.today));
  const bool safeUrl = c.url && isSafeLink(*c.url);
  if (where == CallCardIn::CallList) {
    if (ImGui::Button("Show on map")) showCallOnMap(app.view, c);
    publishTarget(app, "button", "show-on-map");
    if (safeUrl) ImGui::SameLine();
  }
  if (safeUrl) officialPage(app, c);
  if (where == CallCardIn::CallList) ImGui::Separator();
  fact("Dates", datesLine(c, app.data.today));
  fact("Authority", c.authority.value_or(""));
  fact("Programme", c.programme.value_or(""));
  if (c.region) fact("Region", c.region->name.value_or(c.region->code.value_or("")));
  fact("Level", vocabLabel(VocabField::Level, c.level));
  if (c.budget_eur) fact("Budget", euros(*c.budget_eur));
  if (c.participants) fact("Participants", withThousands(*c.participants) + " young people");
  if (c.stay_months) fact("Stay abroad", stayLine(*c.stay_months));
  fact("Destinations", countryNames(c.destinations));
  if (c.funding_model) fact("Funding", vocabLabel(VocabField::FundingModel, *c.funding_model));
  fact("Target group", c.target_group.value_or(""));
  if (c.url && !safeUrl) fact("Web page", *c.url);  // not a link we open: shown as text only
  if (c.contact) {
    if (const auto link = contactLink(*c.contact)) {
      if (ImGui::SmallButton(("Contact: " + *c.contact).c_str())) app.requests.openLink = *link;
    } else {
      fact("Contact", *c.contact);
    }
  }
  fact("Notes", c.notes.value_or(""));
  if (c.updated) ImGui::TextDisabled("Updated %s", humanDate(*c.updated).c_str());
  ImGui::PopID();
}

}  // namespace alma::ui
