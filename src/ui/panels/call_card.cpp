#include "ui/labels.hpp"
#include "ui/panels/call_card.hpp"

#include <imgui.h>

#include "core/model/derived.hpp"
#include "core/model/format.hpp"
#include "core/model/links.hpp"
#include "core/model/record_facts.hpp"
#include "ui/text_fit.hpp"
#include "ui/downloads.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

namespace {
constexpr int kTitleLines = 12;  // every real title; beyond, "…" (the Calls tab shows it whole)

void officialPage(App& app, const Call& c) {
  if (ImGui::Button(label("card.official_page"))) app.requests.openLink = *c.url;
  publishTarget(app, "link", c.id, *c.url);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.url->c_str());
}

}  // namespace

void drawCallCard(App& app, const Call& c, CallCardIn where) {
  ImGui::PushID(c.id.c_str());
  ImGui::PushTextWrapPos(0.0f);
  if (where == CallCardIn::PlaceList) {
    // The title is the button; wrapped onto as many lines as it needs.
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string& title = shownTitle(c);
    const int lines = wrappedLines(title, width, kTitleLines);
    if (ImGui::Selectable("##title", app.view.focusedCall == c.id, 0, ImVec2(width, ImGui::GetTextLineHeight() * lines)))
      focusCall(app.view, c.id);
    paintWrapped(ImGui::GetWindowDrawList(), ImGui::GetItemRectMin(), width, title, kTitleLines, ImGui::GetColorU32(ImGuiCol_Text));
    publishTarget(app, "call", c.id);
    if (ImGui::IsItemHovered() && !c.destinations.empty()) ImGui::SetTooltip("%s", tr("card.show_destinations").c_str());
  } else {
    ImGui::TextUnformatted(shownTitle(c).c_str());
  }
  // The other title beneath: the published one under the own-language one, or the reverse.
  const std::string& other = &shownTitle(c) == &c.title ? c.title_original.value_or("") : c.title;
  if (!other.empty() && other != shownTitle(c)) ImGui::TextDisabled("%s", other.c_str());
  ImGui::PopTextWrapPos();
  statusTag(effectiveStatus(c, app.data.today));
  const bool safeUrl = c.url && isSafeLink(*c.url);
  if (where == CallCardIn::CallList) {
    if (ImGui::Button(label("card.show_on_map"))) showCallOnMap(app.view, c);
    publishTarget(app, "button", "show-on-map");
    if (safeUrl) ImGui::SameLine();
  }
  if (safeUrl) officialPage(app, c);
  if (c.closes) {  // the deadline into the visitor's calendar, with a reminder a week before
    if (safeUrl || where == CallCardIn::CallList) sameLineIfRoom(buttonWidth(label("card.add_to_calendar")));
    if (ImGui::Button(label("card.add_to_calendar"))) app.requests.download = deadlineDownload(c);
    publishTarget(app, "button", "add-to-calendar-" + c.id);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("card.add_to_calendar_tip").c_str());
  }
  if (where == CallCardIn::CallList) ImGui::Separator();
  for (const Fact& f : callFacts(c, app.data.today)) fact(app, f);
  if (c.updated) ImGui::TextDisabled("%s", trf("card.updated", {{"date", humanDate(*c.updated)}}).c_str());
  ImGui::PopID();
}

}  // namespace alma::ui
