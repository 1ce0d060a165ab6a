// The right-hand details panel: a country's or region's calls, or EU-level calls, with every key
// fact and a link to the official page. Links are opened through an intent (App::pendingLink),
// and only when core says they are safe (http, https, mailto).
#include <imgui.h>

#include "core/call_places.hpp"
#include "core/countries.hpp"
#include "core/derived.hpp"
#include "core/format.hpp"
#include "core/links.hpp"
#include "ui/details.hpp"
#include "ui/filter_panel.hpp"  // fact, statusTag, publishTarget: shared with the tables
#include "ui/map_style.hpp"
#include "ui/views.hpp"

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

std::string joined(const std::vector<std::string>& codes) {
  std::string s;
  for (const auto& c : codes) s += (s.empty() ? "" : ", ") + std::string(countryNameEnglish(c));
  return s;
}

void callCard(App& app, const Call& c) {
  ImGui::PushID(c.id.c_str());
  ImGui::Separator();
  ImGui::PushTextWrapPos(0.0f);
  const bool focused = app.focusedCall == c.id;
  if (ImGui::Selectable(c.title.c_str(), focused)) app.focusedCall = focused ? "" : c.id;
  publishTarget(app, "call", c.id, "");
  if (ImGui::IsItemHovered() && !c.destinations.empty()) ImGui::SetTooltip("Show where participants go");
  if (c.title_original && *c.title_original != c.title) ImGui::TextDisabled("%s", c.title_original->c_str());
  ImGui::PopTextWrapPos();
  statusTag(effectiveStatus(c, app.today));
  fact("Dates", datesLine(c, app.today));
  fact("Authority", c.authority.value_or(""));
  fact("Programme", c.programme.value_or(""));
  if (c.region && c.region->name) fact("Region", *c.region->name);
  fact("Level", vocabLabel(VocabField::Level, c.level));
  if (c.budget_eur) fact("Budget", euros(*c.budget_eur));
  if (c.participants) fact("Participants", withThousands(*c.participants) + " young people");
  if (c.stay_months)
    fact("Stay abroad", c.stay_months->min == c.stay_months->max
                            ? std::to_string(c.stay_months->min) + " months"
                            : std::to_string(c.stay_months->min) + "–" + std::to_string(c.stay_months->max) + " months");
  fact("Destinations", joined(c.destinations));
  if (c.funding_model) fact("Funding", vocabLabel(VocabField::FundingModel, *c.funding_model));
  fact("Target group", c.target_group.value_or(""));
  if (c.url) {
    if (isSafeLink(*c.url)) {
      if (ImGui::Button("Official page ↗")) app.pendingLink = *c.url;
      publishTarget(app, "link", c.id, *c.url);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.url->c_str());
    } else {
      fact("Web page", *c.url);  // not a link we open: shown as text only
    }
  }
  if (c.contact) {
    if (const auto link = contactLink(*c.contact)) {
      if (ImGui::SmallButton(("Contact: " + *c.contact).c_str())) app.pendingLink = *link;
    } else {
      fact("Contact", *c.contact);
    }
  }
  if (c.updated) ImGui::TextDisabled("Updated %s", humanDate(*c.updated).c_str());
  ImGui::PopID();
}

}  // namespace

std::vector<int> detailCalls(const App& app) {
  if (!app.data.calls) return {};
  const auto& calls = app.data.calls->calls;
  switch (app.selection.kind) {
    case SelectionKind::Country:
      if (app.selection.id == "EU") {
        std::vector<int> eu;
        for (int i : app.visibleCalls)
          if (calls[static_cast<std::size_t>(i)].country == "EU") eu.push_back(i);
        return eu;
      }
      [[fallthrough]];
    case SelectionKind::Region: return summarisePlace(calls, app.visibleCalls, app.selection.id, app.today).calls;
    case SelectionKind::Call:
      for (int i : app.visibleCalls)
        if (calls[static_cast<std::size_t>(i)].id == app.selection.id) return {i};
      return {};
    default: return {};
  }
}

std::string selectionTitle(const App& app) {
  if (app.selection.id == "EU") return "EU-level ALMA calls";
  if (app.selection.kind == SelectionKind::Call && app.data.calls) {
    for (const Call& c : app.data.calls->calls)
      if (c.id == app.selection.id) return c.country == "EU" ? "EU-level ALMA call" : "ALMA call · " + countryLabel(c.country);
  }
  if (app.selection.kind == SelectionKind::Country) return countryLabel(app.selection.id);
  if (app.selection.kind == SelectionKind::Region && app.map) {
    const int r = app.map->findRegion(app.selection.id);
    if (r >= 0) {
      const MapRegion& region = app.map->regions[static_cast<std::size_t>(r)];
      std::string name = region.nameLatin;
      if (!region.nameNative.empty() && region.nameNative != region.nameLatin) name += " / " + region.nameNative;
      return name + " (" + std::string(countryNameEnglish(region.country)) + ")";
    }
  }
  return app.selection.id;
}

void drawDetailsPanel(App& app, ScreenRect area) {
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(area.x), static_cast<float>(area.y)));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(area.w), static_cast<float>(area.h)));
  ImGui::Begin("##details", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(selectionTitle(app).c_str());
  ImGui::PopTextWrapPos();
  ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::GetFrameHeight() - ImGui::GetStyle().WindowPadding.x);
  if (ImGui::Button("×##close", ImVec2(ImGui::GetFrameHeight(), ImGui::GetFrameHeight()))) {
    app.selection = {};
    app.focusedCall.clear();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close (Esc)");
  const std::vector<int> list = detailCalls(app);
  if (list.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    const std::size_t hidden = app.data.calls ? app.data.calls->calls.size() - app.visibleCalls.size() : 0;
    if (hidden > 0) {
      ImGui::TextDisabled("No calls here match the current search and filters.");
      if (ImGui::SmallButton("Show all calls")) {
        app.callQuery.clearAll();
        app.practiceQuery.setSearch("");
        app.search.clear();
      }
    } else {
      ImGui::TextDisabled("No ALMA calls are listed here in the loaded data.");
    }
    if (app.selection.kind == SelectionKind::Region && app.data.calls) {
      const std::string country = app.selection.id.substr(0, 2);
      const auto national = summarisePlace(app.data.calls->calls, app.visibleCalls, country, app.today);
      if (national.total() > 0)
        ImGui::TextWrapped("%s has %d call%s elsewhere: zoom out or click the country.",
                           std::string(countryNameEnglish(country)).c_str(), national.total(), national.total() == 1 ? "" : "s");
    }
    ImGui::PopTextWrapPos();
  } else {
    ImGui::TextDisabled("%zu ALMA call%s", list.size(), list.size() == 1 ? "" : "s");
    for (int i : list) callCard(app, app.data.calls->calls[static_cast<std::size_t>(i)]);
  }
  ImGui::End();
}

}  // namespace alma::ui
