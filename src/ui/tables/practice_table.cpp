// The Practices tab: the table shell (table_shell.hpp) over PracticeQuery — filters on the left,
// chips + count + downloads + the table in the centre, the open practice's card on the right.
#include <imgui.h>

#include <array>

#include "core/model/countries.hpp"
#include "core/model/record_facts.hpp"
#include "ui/derived.hpp"
#include "ui/panels/practice_card.hpp"
#include "ui/tables/table_shell.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

namespace {

constexpr std::array<FacetUi, 5> kFacets{{
    // Short lists first, so the common questions (stage, fund) need no scrolling.
    {PracticeFacets::Stage, "Integration stage"},
    {PracticeFacets::Fund, "Fund"},
    {PracticeFacets::Country, "Country", true},
    {PracticeFacets::Theme, "Theme"},
    {PracticeFacets::TargetGroup, "Target group"},
}};

std::array<RecordColumn, PracticeColumns::Count> columns() {
  // Weights: the title gets the most room; tags need room for two or three short values.
  return recordColumns(kPracticeColumnIds, practiceColumnHeader, {3.0f, 1.1f, 1.3f, 1.6f, 2.0f, 1.8f, 1.6f, 1.5f, 1.6f}, [](int c) {
    if (c == PracticeColumns::Title) return ImGuiTableColumnFlags_NoHide;
    // First click on Period sorts newest first: what people ask for ("newest first").
    if (c == PracticeColumns::Period) return ImGuiTableColumnFlags_PreferSortDescending;
    return ImGuiTableColumnFlags_None;
  });
}

void row(App& app, const Practice& p, std::size_t r) {
  ImGui::TableNextRow();
  ImGui::PushID(static_cast<int>(r));
  ImGui::TableSetColumnIndex(PracticeColumns::Title);
  const float cell = ImGui::GetContentRegionAvail().x;
  const bool open = app.view.openPractice == p.id;
  if (ImGui::Selectable(p.title.c_str(), open, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap))
    app.view.openPractice = open ? "" : p.id;
  publishTarget(app, "row", p.id);
  // Nothing only on hover: the tooltip repeats the title the details panel shows in full.
  if (ImGui::IsItemHovered() && ImGui::CalcTextSize(p.title.c_str()).x > cell) ImGui::SetTooltip("%s", p.title.c_str());
  if (ImGui::TableSetColumnIndex(PracticeColumns::Country)) cellText(countryNameEnglish(p.country));
  if (ImGui::TableSetColumnIndex(PracticeColumns::Region)) cellText(p.region.value_or(""));
  if (ImGui::TableSetColumnIndex(PracticeColumns::Organisation)) cellText(p.organisation.value_or(""));
  if (ImGui::TableSetColumnIndex(PracticeColumns::Stages)) vocabTags(VocabField::Stage, p.stages);
  if (ImGui::TableSetColumnIndex(PracticeColumns::Themes)) cellText(vocabLabels(VocabField::Theme, p.themes));
  if (ImGui::TableSetColumnIndex(PracticeColumns::TargetGroups)) cellText(vocabLabels(VocabField::TargetGroup, p.target_groups));
  if (ImGui::TableSetColumnIndex(PracticeColumns::Funds)) vocabTags(VocabField::Fund, p.funds);
  if (ImGui::TableSetColumnIndex(PracticeColumns::Period)) cellText(practicePeriod(p));
  ImGui::PopID();
}

void content(App& app) {
  PracticeQuery& q = app.view.practices;
  drawFilterChips(app, q, kFacets, false);
  const QueryResult& r = timedResult(app, q);
  matchCount(r.rows.size(), q.recordCount(), "practices");
  ImGui::SameLine(0, 24);
  exportButtons(app, false);
  if (q.recordCount() == 0) {
    ImGui::TextDisabled("No practices are loaded.");
  } else if (r.rows.empty()) {
    emptyMessage(app, q, kFacets, "practices", PracticeFacets::Country);
  } else if (beginRecordTable(app, "practices", q, columns())) {
    const QueryResult& sorted = timedResult(app, q);  // the header may have changed the sort
    forEachVisibleRow(sorted.rows.size(), [&](std::size_t i) { row(app, q.record(sorted.rows[i]), i); });
    ImGui::EndTable();
  }
}

}  // namespace

void drawPracticeTable(App& app, ScreenRect area) {
  const Practice* open = openPractice(app);
  drawTableShell(area,
                 {"##practices", &app.screen.practiceFiltersOpen, open != nullptr,
                  [&](bool& filtersOpen) { drawFilterPanel(app, app.view.practices, kFacets, true, filtersOpen); },
                  [&] { content(app); },
                  [&](float width) { return drawPracticeCard(app, *open, width); },
                  [&] { app.view.openPractice.clear(); }});
}

}  // namespace alma::ui
