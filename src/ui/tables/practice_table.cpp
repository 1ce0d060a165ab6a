// The Practices tab: the table shell (table_shell.hpp) over PracticeQuery — filters on the left,
// chips + count + downloads + the table in the centre, the open practice's card on the right.
#include <imgui.h>

#include <array>

#include "ui/labels.hpp"
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
    {PracticeFacets::Stage, "facet.stage"},
    {PracticeFacets::Fund, "facet.fund"},
    {PracticeFacets::Country, "facet.country", true},
    {PracticeFacets::Theme, "facet.theme"},
    {PracticeFacets::TargetGroup, "facet.target_group"},
}};

// Layout of each column: kind, lines, weight, min width (em), priority on narrow windows, flags.
// The title gets the most room; tags need room for two or three short values.
const std::array<RecordColumn, PracticeColumns::Count>& columns() {
  static const auto kColumns = withNames<PracticeColumns::Count>(
      {{
          {CellKind::Text, 6, 3.0f, 12, 0, ImGuiTableColumnFlags_NoHide},  // title
          {CellKind::Text, 2, 1.1f, 6, 1},                                   // country
          {CellKind::Text, 3, 1.3f, 7, 7},                                   // region
          {CellKind::Text, 3, 1.6f, 8, 6},                                   // organisation
          {CellKind::Tags, 3, 1.6f, 8, 2},                                   // stages
          {CellKind::Text, 3, 1.8f, 8, 5},                                   // themes
          {CellKind::Text, 3, 1.6f, 8, 8},                                   // target groups
          {CellKind::Tags, 3, 1.2f, 6, 4},                                   // funds
          // First click on Period sorts newest first: what people ask for ("newest first").
          {CellKind::Fixed, 1, 0, 0, 3, ImGuiTableColumnFlags_PreferSortDescending},  // period
      }},
      kPracticeColumnIds, practiceColumnHeader);
  return kColumns;
}

const std::vector<std::string>& tagValues(const Practice& p, int column) {
  return column == PracticeColumns::Stages ? p.stages : p.funds;
}

// What the tags say, in the interface language: "Reception", "ESF+" / "FSE+". Asked for every row
// when rows are measured: one buffer, no allocation per row (valid until the next call).
std::span<const std::string_view> tags(const Practice& p, int column) {
  const VocabField field = column == PracticeColumns::Stages ? VocabField::Stage : VocabField::Fund;
  static std::vector<std::string_view> out;
  out.clear();
  for (const std::string& v : tagValues(p, column)) out.push_back(vocabShortLabel(field, v));
  return out;
}

float cellHeight(const Practice& p, int column, float width) {
  const RecordColumn& rc = columns()[static_cast<std::size_t>(column)];
  if (rc.kind == CellKind::Tags)
    return static_cast<float>(tagLines(tags(p, column), width, rc.maxLines)) * tagLineHeight();
  if (rc.kind == CellKind::Fixed) return ImGui::GetTextLineHeight();
  return static_cast<float>(wrappedLines(practiceColumnText(p, column), width, rc.maxLines)) * ImGui::GetTextLineHeight();
}

CellFit drawCell(const Practice& p, int column) {
  const RecordColumn& rc = columns()[static_cast<std::size_t>(column)];
  if (rc.kind == CellKind::Tags) {
    const VocabField field = column == PracticeColumns::Stages ? VocabField::Stage : VocabField::Fund;
    std::vector<int> colours;
    for (const std::string& v : tagValues(p, column)) colours.push_back(vocabColour(field, v));
    return drawTags(tags(p, column), colours, rc.maxLines);
  }
  if (rc.kind == CellKind::Fixed) return drawOneLine(practiceColumnText(p, column), false);
  return drawWrapped(practiceColumnText(p, column), rc.maxLines);
}

RecordTable recordTable(App& app) {
  PracticeQuery& q = app.view.practices;
  return {"practices", columns(), [&app, &q] { return std::span<const std::uint32_t>(timedResult(app, q).rows); },
          q.recordCount(), q.records().data(), &app.derived.practiceRows,
          [&q](std::uint32_t r, int c, float w) { return cellHeight(q.record(r), c, w); },
          [&q](std::uint32_t r, int c) { return ImGui::CalcTextSize(practiceColumnText(q.record(r), c).c_str()).x; },
          [&q](std::uint32_t r, int c) { return drawCell(q.record(r), c); },
          [&q](std::uint32_t r) { return q.record(r).title; },
          [&q](std::uint32_t r) { return q.record(r).id; },
          [&app, &q](std::uint32_t r) { return app.view.openPractice == q.record(r).id; },
          [&app, &q](std::uint32_t r) {
            const std::string& id = q.record(r).id;
            app.view.openPractice = app.view.openPractice == id ? "" : id;
          }};
}

void content(App& app) {
  PracticeQuery& q = app.view.practices;
  drawFilterChips(app, q, kFacets, false);
  const QueryResult& r = timedResult(app, q);
  const RecordTable table = recordTable(app);
  matchCount(r.rows.size(), q.recordCount(), "count.practices");
  sameLineIfRoom(buttonWidth(label("table.download_csv")), 24);
  exportButtons(app, false);
  sameLineIfRoom(buttonWidth(label("table.columns")));
  columnsButton(app, table);
  if (q.recordCount() == 0) {
    ImGui::TextDisabled("%s", tr("table.no_practices_loaded").c_str());
  } else if (r.rows.empty()) {
    emptyMessage(app, q, kFacets, false);
  } else {
    drawRecordTable(app, q, table);
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
