// The Practices tab: filters on the left, chips + count + export + the table in the centre, the
// selected practice's details on the right. Everything the table shows comes from PracticeQuery
// (core); this file renders rows and turns clicks into intents.
#include <imgui.h>

#include <algorithm>
#include <array>

#include "core/countries.hpp"
#include "core/view_export.hpp"
#include "ui/filter_panel.hpp"
#include "ui/practice_details.hpp"
#include "ui/table_keys.hpp"
#include "ui/views.hpp"

namespace alma::ui {

namespace {

constexpr std::array<FacetUi, 5> kFacets{{
    // Short lists first, so the common questions (stage, fund) need no scrolling.
    {PracticeFacets::Stage, "Integration stage", "stage"},
    {PracticeFacets::Fund, "Fund", "fund"},
    {PracticeFacets::Country, "Country", "country", true},
    {PracticeFacets::Theme, "Theme", "theme"},
    {PracticeFacets::TargetGroup, "Target group", "targetGroup"},
}};

// Colour of a tag: the value's place in its vocabulary (same value, same colour everywhere).
int vocabIndex(VocabField field, const std::string& value) {
  const auto values = vocabValues(field);
  const auto it = std::find(values.begin(), values.end(), value);
  return it == values.end() ? 5 : static_cast<int>(it - values.begin());
}

void tags(VocabField field, const std::vector<std::string>& values) {
  for (const auto& v : values) tag(v, vocabIndex(field, v));
  ImGui::NewLine();
}

void cellText(const std::string& s) { ImGui::TextUnformatted(s.c_str()); }

void row(App& app, const Practice& p, std::size_t r) {
  ImGui::TableNextRow();
  ImGui::PushID(static_cast<int>(r));
  ImGui::TableSetColumnIndex(PracticeColumns::Title);
  const float cell = ImGui::GetContentRegionAvail().x;
  const bool selected = app.selectedPractice == p.id;
  if (ImGui::Selectable(p.title.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap))
    app.selectedPractice = selected ? "" : p.id;
  publishTarget(app, "row", p.id);
  // Nothing only on hover: the tooltip repeats the title the details panel shows in full.
  if (ImGui::IsItemHovered() && ImGui::CalcTextSize(p.title.c_str()).x > cell) ImGui::SetTooltip("%s", p.title.c_str());
  if (ImGui::TableSetColumnIndex(PracticeColumns::Country)) cellText(std::string(countryNameEnglish(p.country)));
  if (ImGui::TableSetColumnIndex(PracticeColumns::Region)) cellText(p.region.value_or(""));
  if (ImGui::TableSetColumnIndex(PracticeColumns::Organisation)) cellText(p.organisation.value_or(""));
  if (ImGui::TableSetColumnIndex(PracticeColumns::Stages)) tags(VocabField::Stage, p.stages);
  if (ImGui::TableSetColumnIndex(PracticeColumns::Themes)) cellText(vocabList(VocabField::Theme, p.themes));
  if (ImGui::TableSetColumnIndex(PracticeColumns::TargetGroups)) cellText(vocabList(VocabField::TargetGroup, p.target_groups));
  if (ImGui::TableSetColumnIndex(PracticeColumns::Funds)) tags(VocabField::Fund, p.funds);
  if (ImGui::TableSetColumnIndex(PracticeColumns::Period)) cellText(periodText(p));
  ImGui::PopID();
}

void table(App& app, PracticeQuery& q) {
  if (!ImGui::BeginTable("practices", PracticeColumns::Count, kRecordTableFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  // Weights: the title gets the most room; tags need room for two or three short values.
  constexpr float kWeight[] = {3.0f, 1.1f, 1.3f, 1.6f, 2.0f, 1.8f, 1.6f, 1.5f, 1.6f};
  for (int c = 0; c < PracticeColumns::Count; ++c) {
    ImGuiTableColumnFlags f = 0;
    if (c == PracticeColumns::Title) f |= ImGuiTableColumnFlags_NoHide;
    // First click on Period sorts newest first: what people ask for ("newest first").
    if (c == PracticeColumns::Period) f |= ImGuiTableColumnFlags_PreferSortDescending;
    ImGui::TableSetupColumn(practiceColumnName(c), f, kWeight[c], static_cast<ImGuiID>(c));
  }
  syncSort(q);
  tableHeaders(app, kPracticeColumnKeys);
  const QueryResult& r = timedResult(app, q);
  // Only the rows on screen are laid out: 100k rows cost as much as 30.
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(r.rows.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
      row(app, q.record(r.rows[static_cast<std::size_t>(i)]), static_cast<std::size_t>(i));
  ImGui::EndTable();
}

const Practice* findPractice(const PracticeQuery& q, const std::string& id) {
  // One lookup per frame while a practice is open; cached so 100k records cost nothing.
  static const Practice* cached = nullptr;
  static std::string cachedId;
  static const Practice* cachedBase = nullptr;
  const auto records = q.records();
  if (id.empty() || records.empty()) return nullptr;
  if (id != cachedId || records.data() != cachedBase) {
    cachedId = id;
    cachedBase = records.data();
    const auto it = std::find_if(records.begin(), records.end(), [&](const Practice& p) { return p.id == id; });
    cached = it == records.end() ? nullptr : &*it;
  }
  return cached;
}

}  // namespace

void drawPracticeTable(App& app, ScreenRect area) {
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(area.x), static_cast<float>(area.y)));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(area.w), static_cast<float>(area.h)));
  ImGui::Begin("##practices", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  PracticeQuery& q = app.practiceQuery;
  const bool narrow = area.w < 760;
  if (!app.practiceFiltersOpen) app.practiceFiltersOpen = !narrow;  // collapsed by default on phones
  if (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput) app.selectedPractice.clear();
  const Practice* selected = findPractice(q, app.selectedPractice);
  const float filterW = *app.practiceFiltersOpen ? std::min(280.0f, static_cast<float>(area.w) * (narrow ? 0.6f : 0.25f))
                                                 : ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().WindowPadding.x;
  ImGui::BeginChild("filters", ImVec2(filterW, 0), ImGuiChildFlags_Border);
  drawFilterPanel(app, q, kFacets, true, *app.practiceFiltersOpen);
  ImGui::EndChild();
  ImGui::SameLine();
  // On narrow screens the details replace the table rather than squeezing it.
  const float detailsW = !selected ? 0.0f : narrow ? ImGui::GetContentRegionAvail().x
                                                   : std::min(420.0f, static_cast<float>(area.w) * 0.32f);
  if (!selected || !narrow) {
    const float contentW = ImGui::GetContentRegionAvail().x - (selected ? detailsW + ImGui::GetStyle().ItemSpacing.x : 0.0f);
    ImGui::BeginChild("content", ImVec2(contentW, 0));
    drawFilterChips(app, q, kFacets, false);
    const QueryResult& r = timedResult(app, q);
    matchCount(r.rows.size(), q.recordCount(), "practices");
    ImGui::SameLine(0, 24);
    const Date today = app.today;
    exportButtons(
        app, viewFileName("practices", today, "csv"), viewFileName("practices", today, "json"),
        [&] { return practicesCsv(q.records(), q.result().rows); },
        [&] { return app.data.practices ? practicesViewJson(*app.data.practices, q.result().rows, today, q.describeFilters()) : std::string(); });
    if (r.rows.empty() && q.recordCount() > 0) emptyMessage(app, q, kFacets, "practices", PracticeFacets::Country);
    else if (q.recordCount() == 0) ImGui::TextDisabled("No practices are loaded.");
    else table(app, q);
    ImGui::EndChild();
  }
  if (selected) {
    ImGui::SameLine();
    drawPracticeDetails(app, *selected, detailsW);
  }
  ImGui::End();
}

}  // namespace alma::ui
