// The Calls tab: the same machinery as the practice table (filter_panel.hpp) over CallQuery, linked
// both ways with the map: a country or region selected on the map narrows the list to the calls
// covering it (chip "Selected on the map: Spain ×"); a call picked here is the map's focused call,
// and "Show on map" switches to the map with its region (or country) selected.
#include <imgui.h>

#include <algorithm>
#include <array>

#include "core/call_places.hpp"
#include "core/derived.hpp"
#include "core/format.hpp"
#include "core/links.hpp"
#include "core/view_export.hpp"
#include "ui/details.hpp"
#include "ui/filter_panel.hpp"
#include "ui/table_keys.hpp"
#include "ui/views.hpp"

namespace alma::ui {

namespace {

constexpr std::array<FacetUi, 4> kFacets{{
    {CallFacets::Status, "Status", "status"},
    {CallFacets::Level, "Level", "level"},
    {CallFacets::Country, "Country", "country", true},
    {CallFacets::FundingModel, "Funding model", "fundingModel"},
}};

// The map place narrowing the list: a selected country ("EU" = EU-level calls) or region.
std::string mapPlace(const App& app) {
  const bool place = app.selection.kind == SelectionKind::Country || app.selection.kind == SelectionKind::Region;
  return place ? app.selection.id : std::string();
}

// The query's rows covering the map place, cached per (result revision, place).
const std::vector<std::uint32_t>& listedRows(App& app) {
  static std::vector<std::uint32_t> rows;
  static std::uint64_t revision = ~0ULL;
  static std::string placeFor;
  static const Call* base = nullptr;
  const QueryResult& r = timedResult(app, app.callQuery);
  const std::string place = mapPlace(app);
  const auto records = app.callQuery.records();
  if (place.empty()) return r.rows;
  if (r.revision != revision || place != placeFor || records.data() != base) {
    rows.clear();
    for (std::uint32_t i : r.rows) {
      const Call& c = records[i];
      if (place == "EU" ? c.country == "EU" : callCoversPlace(c, place)) rows.push_back(i);
    }
    revision = r.revision, placeFor = place, base = records.data();
  }
  return rows;
}

void cellText(const std::string& s) { ImGui::TextUnformatted(s.c_str()); }

void rightAligned(const std::string& s) {
  const float w = ImGui::CalcTextSize(s.c_str()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
  cellText(s);
}

void row(App& app, std::uint32_t index, std::size_t r) {
  const Call& c = app.callQuery.record(index);
  ImGui::TableNextRow();
  ImGui::PushID(static_cast<int>(r));
  ImGui::TableSetColumnIndex(CallColumns::Title);
  const float cell = ImGui::GetContentRegionAvail().x;
  const bool focused = app.focusedCall == c.id;
  if (ImGui::Selectable(c.title.c_str(), focused, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap))
    app.focusedCall = focused ? "" : c.id;  // the map draws the focused call's region and flows
  publishTarget(app, "row", c.id);
  if (ImGui::IsItemHovered() && ImGui::CalcTextSize(c.title.c_str()).x > cell) ImGui::SetTooltip("%s", c.title.c_str());
  if (ImGui::TableSetColumnIndex(CallColumns::Country)) cellText(std::string(countryNameEnglish(c.country)));
  if (ImGui::TableSetColumnIndex(CallColumns::Region))
    cellText(c.region ? c.region->name.value_or(c.region->code.value_or("")) : "");
  if (ImGui::TableSetColumnIndex(CallColumns::Level)) cellText(std::string(vocabLabel(VocabField::Level, c.level)));
  if (ImGui::TableSetColumnIndex(CallColumns::Status)) {
    const CallStatus s = app.callQuery.status(index);
    statusTag(s);
    if (const auto days = daysUntilClose(c, app.today); days && s == CallStatus::Open) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s", daysLeftPhrase(*days).c_str());
    }
  }
  if (ImGui::TableSetColumnIndex(CallColumns::Closes)) cellText(c.closes ? humanDate(*c.closes) : "");
  if (ImGui::TableSetColumnIndex(CallColumns::Budget)) rightAligned(c.budget_eur ? euros(*c.budget_eur) : "");
  if (ImGui::TableSetColumnIndex(CallColumns::Participants))
    rightAligned(c.participants ? withThousands(*c.participants) : "");
  if (ImGui::TableSetColumnIndex(CallColumns::FundingModel))
    cellText(c.funding_model ? std::string(vocabLabel(VocabField::FundingModel, *c.funding_model)) : "");
  ImGui::PopID();
}

void table(App& app) {
  if (!ImGui::BeginTable("calls", CallColumns::Count, kRecordTableFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  constexpr float kWeight[] = {3.4f, 1.1f, 1.4f, 1.0f, 2.0f, 1.2f, 1.2f, 1.1f, 1.3f};
  for (int c = 0; c < CallColumns::Count; ++c) {
    ImGuiTableColumnFlags f = 0;
    if (c == CallColumns::Title) f |= ImGuiTableColumnFlags_NoHide;
    if (c == CallColumns::Budget || c == CallColumns::Participants) f |= ImGuiTableColumnFlags_PreferSortDescending;
    ImGui::TableSetupColumn(callColumnName(c), f, kWeight[c], static_cast<ImGuiID>(c));
  }
  syncSort(app.callQuery);
  tableHeaders(app, kCallColumnKeys);
  const std::vector<std::uint32_t>& shown = listedRows(app);  // may have changed with the sort
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(shown.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) row(app, shown[static_cast<std::size_t>(i)], static_cast<std::size_t>(i));
  ImGui::EndTable();
}

std::string datesLine(const Call& c, Date today) {
  std::string s;
  if (c.opens) s += "opens " + humanDate(*c.opens);
  if (c.closes) {
    s += (s.empty() ? "" : " · ") + std::string("closes ") + humanDate(*c.closes);
    if (const auto days = daysUntilClose(c, today)) s += " (" + daysLeftPhrase(*days) + ")";
  }
  return s;
}

void callDetails(App& app, const Call& c, CallStatus status, float width) {
  const bool keep = beginSidePanel(app, "call-details", c.country == "EU" ? "EU-level ALMA call" : "ALMA call · " + countryLabel(c.country), width);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(c.title.c_str());
  if (c.title_original && *c.title_original != c.title) ImGui::TextDisabled("%s", c.title_original->c_str());
  ImGui::PopTextWrapPos();
  statusTag(status);
  if (ImGui::Button("Show on map")) {
    const bool region = c.region && c.region->code && c.region->code->size() > 2;
    app.view = View::Map;
    app.selection = {region ? SelectionKind::Region : SelectionKind::Country, region ? *c.region->code : c.country};
    app.focusedCall = c.id;
  }
  publishTarget(app, "button", "show-on-map");
  if (c.url && isSafeLink(*c.url)) {
    ImGui::SameLine();
    if (ImGui::Button("Official page ↗")) app.pendingLink = *c.url;
    publishTarget(app, "link", c.id);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.url->c_str());
  }
  ImGui::Separator();
  fact("Dates", datesLine(c, app.today));
  fact("Authority", c.authority.value_or(""));
  fact("Programme", c.programme.value_or(""));
  if (c.region) fact("Region", c.region->name.value_or(c.region->code.value_or("")));
  fact("Level", vocabLabel(VocabField::Level, c.level));
  if (c.budget_eur) fact("Budget", euros(*c.budget_eur));
  if (c.participants) fact("Participants", withThousands(*c.participants) + " young people");
  if (c.stay_months)
    fact("Stay abroad", std::to_string(c.stay_months->min) +
                            (c.stay_months->min == c.stay_months->max ? "" : "–" + std::to_string(c.stay_months->max)) + " months");
  std::string dest;
  for (const auto& d : c.destinations) dest += (dest.empty() ? "" : ", ") + std::string(countryNameEnglish(d));
  fact("Destinations", dest);
  if (c.funding_model) fact("Funding", vocabLabel(VocabField::FundingModel, *c.funding_model));
  fact("Target group", c.target_group.value_or(""));
  if (c.url && !isSafeLink(*c.url)) fact("Web page", *c.url);  // shown, never opened
  if (c.contact) {
    if (const auto link = contactLink(*c.contact)) {
      if (ImGui::SmallButton(("Contact: " + *c.contact).c_str())) app.pendingLink = *link;
    } else {
      fact("Contact", *c.contact);
    }
  }
  fact("Notes", c.notes.value_or(""));
  if (c.updated) ImGui::TextDisabled("Updated %s", humanDate(*c.updated).c_str());
  endSidePanel();
  if (!keep) app.focusedCall.clear();
}

// The index of the call the Calls tab's details panel shows, or -1.
int focusedCallIndex(const App& app) {
  if (app.focusedCall.empty()) return -1;
  const auto records = app.callQuery.records();
  for (std::size_t i = 0; i < records.size(); ++i)
    if (records[i].id == app.focusedCall) return static_cast<int>(i);
  return -1;
}

}  // namespace

void drawCallTable(App& app, ScreenRect area) {
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(area.x), static_cast<float>(area.y)));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(area.w), static_cast<float>(area.h)));
  ImGui::Begin("##calls", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  CallQuery& q = app.callQuery;
  const bool narrow = area.w < 760;
  if (!app.callFiltersOpen) app.callFiltersOpen = !narrow;
  const int focused = focusedCallIndex(app);
  const float filterW = *app.callFiltersOpen ? std::min(280.0f, static_cast<float>(area.w) * (narrow ? 0.6f : 0.25f))
                                             : ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().WindowPadding.x;
  ImGui::BeginChild("filters", ImVec2(filterW, 0), ImGuiChildFlags_Border);
  drawFilterPanel(app, q, kFacets, false, *app.callFiltersOpen);
  ImGui::EndChild();
  ImGui::SameLine();
  const float detailsW = focused < 0 ? 0.0f : narrow ? ImGui::GetContentRegionAvail().x
                                                     : std::min(420.0f, static_cast<float>(area.w) * 0.32f);
  if (focused < 0 || !narrow) {
    const float contentW = ImGui::GetContentRegionAvail().x - (focused >= 0 ? detailsW + ImGui::GetStyle().ItemSpacing.x : 0.0f);
    ImGui::BeginChild("content", ImVec2(contentW, 0));
    const std::string place = mapPlace(app);
    if (!place.empty()) {
      const std::string name = place == "EU" ? std::string("EU-level calls") : selectionTitle(app);
      if (chip(app, "Selected on the map: " + name, "map-selection")) app.selection = {};
    }
    if (drawFilterChips(app, q, kFacets, !place.empty())) app.selection = {};
    const std::vector<std::uint32_t>& rows = listedRows(app);
    matchCount(rows.size(), q.recordCount(), "calls");
    ImGui::SameLine(0, 24);
    const Date today = app.today;
    exportButtons(
        app, viewFileName("calls", today, "csv"), viewFileName("calls", today, "json"),
        [&] { return callsCsv(q.records(), listedRows(app), today); },
        [&] {
          std::string filters = q.describeFilters();
          if (!place.empty()) filters += (filters.empty() ? "" : "; ") + std::string("place: ") + place;
          return app.data.calls ? callsViewJson(*app.data.calls, listedRows(app), today, filters) : std::string();
        });
    if (q.recordCount() == 0) {
      ImGui::TextDisabled("No calls are loaded.");
    } else if (rows.empty() && !place.empty() && !q.result().rows.empty()) {
      ImGui::Spacing();
      ImGui::TextWrapped("No calls listed here cover %s.", selectionTitle(app).c_str());
      if (ImGui::Button("Show every country")) app.selection = {};
    } else if (rows.empty()) {
      emptyMessage(app, q, kFacets, "calls", CallFacets::Country);
    } else {
      table(app);
    }
    ImGui::EndChild();
  }
  if (focused >= 0) {
    ImGui::SameLine();
    callDetails(app, q.record(static_cast<std::uint32_t>(focused)), q.status(static_cast<std::uint32_t>(focused)), detailsW);
  }
  ImGui::End();
}

}  // namespace alma::ui
