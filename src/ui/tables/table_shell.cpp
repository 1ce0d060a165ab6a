#include "ui/labels.hpp"
#include "ui/tables/table_shell.hpp"

#include <algorithm>
#include <cmath>

#include <imgui_internal.h>  // ImGuiTable: rows of varying height (seekRow) and column widths

#include "core/model/format.hpp"
#include "ui/downloads.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

namespace {
// Sortable (shift-click adds keys, a third click restores file order), reorderable, hideable
// columns, scrolling with a frozen header. Widths are the app's (drawRecordTable), not dragged.
constexpr ImGuiTableFlags kRecordTableFlags =
    ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_SortTristate | ImGuiTableFlags_Reorderable |
    ImGuiTableFlags_Hideable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
    ImGuiTableFlags_SizingFixedFit;

// Feeds ImGui's table sort specs (column user ids = the query's column numbers) into the query.
void syncSort(QueryEngine& q) {
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (!specs || !specs->SpecsDirty) return;
  // ImGui already applied click / shift-click (SortMulti) to its specs: pass them on as they are.
  SortSpec spec;
  for (int i = 0; i < specs->SpecsCount; ++i)
    spec.push_back({static_cast<int>(specs->Specs[i].ColumnUserID),
                    specs->Specs[i].SortDirection == ImGuiSortDirection_Descending});
  q.setSort(std::move(spec));
  specs->SpecsDirty = false;
}
}  // namespace

void drawTableShell(ScreenRect area, const TableShell& shell) {
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(area.x), static_cast<float>(area.y)));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(area.w), static_cast<float>(area.h)));
  ImGui::Begin(shell.window, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  const bool narrow = area.w < kNarrowWidth;
  std::optional<bool>& open = *shell.filtersOpen;
  if (!open) open = !narrow;  // collapsed by default on phones
  const float filterW = *open ? std::min(280.0f, static_cast<float>(area.w) * (narrow ? 0.6f : 0.25f))
                              : ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().WindowPadding.x;
  ImGui::BeginChild("filters", ImVec2(filterW, 0), ImGuiChildFlags_Border);
  shell.filters(*open);
  ImGui::EndChild();
  ImGui::SameLine();
  // On narrow screens the details replace the table rather than squeezing it.
  const float detailsW = !shell.detailsOpen ? 0.0f
                         : narrow           ? ImGui::GetContentRegionAvail().x
                                            : std::min(420.0f, static_cast<float>(area.w) * 0.32f);
  if (!shell.detailsOpen || !narrow) {
    const float gap = shell.detailsOpen ? detailsW + ImGui::GetStyle().ItemSpacing.x : 0.0f;
    ImGui::BeginChild("content", ImVec2(ImGui::GetContentRegionAvail().x - gap, 0));
    shell.content();
    ImGui::EndChild();
  }
  if (shell.detailsOpen) {
    ImGui::SameLine();
    if (!shell.details(detailsW)) shell.closeDetails();
  }
  ImGui::End();
}

namespace {
// Moves the table's cursor to `y` (screen): the next row starts there. What ImGuiListClipper does
// for rows of one height, here for rows of any height.
void seekRow(ImGuiTable* table, float y) {
  if (table->IsInsideRow) ImGui::TableEndRow(table);
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  w->DC.CursorPos.y = y;
  w->DC.CursorMaxPos.y = std::max(w->DC.CursorMaxPos.y, y - ImGui::GetStyle().ItemSpacing.y);
  table->RowPosY2 = y;
}

// A header's width with room for the sort arrow and a sort order number ("2" when shift-clicked).
float headerWidth(const char* header) {
  const ImGuiStyle& st = ImGui::GetStyle();
  return ImGui::CalcTextSize(header).x + ImGui::GetFontSize() * 0.65f + st.FramePadding.x + st.ItemInnerSpacing.x +
         ImGui::CalcTextSize("2").x;
}

// What each column needs at the current text size; the widest value of fixed columns is measured
// over every record once per text size and data.
std::vector<ColumnNeed> columnNeeds(const RecordTable& t) {
  TableRows& c = *t.cache;
  const float em = ImGui::GetFontSize();
  // The words change with the language (dates, statuses): measured again after a switch.
  const std::vector<float> fixedFor{em, static_cast<float>(t.recordCount), static_cast<float>(i18n::messages().generation())};
  if (c.fixedFor != fixedFor || c.fixedRecords != t.records) {
    c.fixedFor = fixedFor, c.fixedRecords = t.records;
    c.fixedWidths.assign(t.columns.size(), 0.0f);
    for (std::size_t col = 0; col < t.columns.size(); ++col)
      if (t.columns[col].kind == CellKind::Fixed)
        for (std::uint32_t r = 0; r < t.recordCount; ++r)
          c.fixedWidths[col] = std::max(c.fixedWidths[col], t.fixedWidth(r, static_cast<int>(col)));
  }
  std::vector<ColumnNeed> needs(t.columns.size());
  for (std::size_t col = 0; col < t.columns.size(); ++col) {
    const RecordColumn& rc = t.columns[col];
    const bool fixed = rc.kind == CellKind::Fixed;
    const float content = fixed ? c.fixedWidths[col] : rc.minEm * em;
    needs[col] = {std::ceil(std::max(headerWidth(rc.headerText()), content)), rc.weight, fixed, rc.priority};
  }
  return needs;
}

// Each record's row height at these column widths (0 = hidden), recomputed when they change.
void measureRows(const RecordTable& t, const std::vector<float>& widths) {
  TableRows& c = *t.cache;
  std::vector<float> key = widths;
  key.push_back(ImGui::GetFontSize());
  key.push_back(static_cast<float>(t.recordCount));
  key.push_back(static_cast<float>(i18n::messages().generation()));  // another language, other line breaks
  if (key == c.heightsFor && c.heightsRecords == t.records) return;
  c.heightsFor = std::move(key), c.heightsRecords = t.records;
  const float pad = 2 * ImGui::GetStyle().CellPadding.y;
  c.heights.assign(t.recordCount, 0.0f);
  for (std::uint32_t r = 0; r < t.recordCount; ++r) {
    float h = ImGui::GetTextLineHeight();
    for (std::size_t col = 0; col < widths.size(); ++col)
      if (widths[col] > 0) h = std::max(h, t.cellHeight(r, static_cast<int>(col), widths[col]));
    c.heights[r] = std::ceil(h + pad);
  }
  ++c.heightsVersion;
}

void layOutRows(TableRows& c, std::span<const std::uint32_t> rows) {
  if (c.layoutVersion == c.heightsVersion && std::equal(rows.begin(), rows.end(), c.layoutRows.begin(), c.layoutRows.end()))
    return;
  c.layoutVersion = c.heightsVersion;
  c.layoutRows.assign(rows.begin(), rows.end());
  c.layout.clear();
  for (std::uint32_t r : rows) c.layout.add(c.heights[r]);
}

void drawRow(App& app, const RecordTable& t, std::uint32_t record, float height, bool reported) {
  const float pad = 2 * ImGui::GetStyle().CellPadding.y;
  const std::string id = t.rowId(record);
  ImGui::TableSetColumnIndex(0);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const std::string title = t.title(record);
  // The whole row is one button; the title is drawn over it, wrapped.
  if (ImGui::Selectable("##row", t.selected(record), ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                        ImVec2(0, height - pad)))
    t.activate(record);
  const bool hovered = ImGui::IsItemHovered();
  publishTarget(app, "row", id);
  ImGui::SetCursorScreenPos(at);
  const CellFit titleFit = drawWrapped(title, t.columns[0].maxLines);
  if (hovered && titleFit == CellFit::Ellipsised) ImGui::SetTooltip("%s", title.c_str());
  if (reported) app.frame.cells.push_back({id, t.columns[0].id, cellFitName(titleFit)});
  for (int col = 1; col < static_cast<int>(t.columns.size()); ++col) {
    if (!ImGui::TableSetColumnIndex(col)) continue;  // hidden, or scrolled out sideways
    const CellFit fit = t.drawCell(record, col);
    if (reported) app.frame.cells.push_back({id, t.columns[static_cast<std::size_t>(col)].id, cellFitName(fit)});
  }
}
}  // namespace

void drawRecordTable(App& app, QueryEngine& q, const RecordTable& t) {
  TableRows& cache = *t.cache;
  const int n = static_cast<int>(t.columns.size());
  const std::vector<ColumnNeed> needs = columnNeeds(t);
  const float gap = 2 * ImGui::GetStyle().CellPadding.x + 1;  // padding and the inner border
  const float avail = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
  // The columns that fit this width, applied when they differ from those last applied: a person's
  // own choice (the Columns menu) stands until the window is resized past another column.
  const std::vector<bool> defaults = defaultColumns(needs, avail, gap);
  const bool applyDefaults = defaults != cache.defaultsShown;
  std::vector<bool> shown = applyDefaults || cache.shownLast.size() != needs.size() ? defaults : cache.shownLast;
  for (int col : cache.toggle) shown[static_cast<std::size_t>(col)] = !shown[static_cast<std::size_t>(col)];
  // The app sets every column's width (content and window decide, so nothing is cut by a column
  // dragged too narrow). Wider than the window only when a person asked for more columns than fit:
  // then it scrolls sideways, the title column staying in view.
  const ColumnWidths widthsWanted = columnWidths(needs, shown, avail - 2, gap);
  const bool sideways = widthsWanted.total > avail + 0.5f;
  if (!ImGui::BeginTable(t.id, n, kRecordTableFlags | (sideways ? ImGuiTableFlags_ScrollX : 0), ImVec2(0, 0),
                         sideways ? widthsWanted.total : 0.0f))
    return;
  ImGui::TableSetupScrollFreeze(sideways ? 1 : 0, 1);
  for (int col = 0; col < n; ++col) {
    const RecordColumn& rc = t.columns[static_cast<std::size_t>(col)];
    const float w = widthsWanted.content[static_cast<std::size_t>(col)];
    ImGui::TableSetupColumn(label(rc.headerText(), rc.id).c_str(), rc.flags | ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize,
                            w > 0 ? std::floor(w) : needs[static_cast<std::size_t>(col)].min, static_cast<ImGuiID>(col));
  }
  if (applyDefaults || !cache.toggle.empty())
    for (int col = 1; col < n; ++col) ImGui::TableSetColumnEnabled(col, shown[static_cast<std::size_t>(col)]);
  cache.defaultsShown = defaults;
  cache.toggle.clear();
  syncSort(q);

  // The header row, as TableHeadersRow draws it, with each header published as a click target.
  ImGuiTable* table = ImGui::GetCurrentTable();
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  std::vector<float> widths(static_cast<std::size_t>(n), 0.0f);
  cache.shownLast.assign(static_cast<std::size_t>(n), false);
  for (int col = 0; col < n; ++col) {
    const std::size_t c = static_cast<std::size_t>(col);
    if (!(ImGui::TableGetColumnFlags(col) & ImGuiTableColumnFlags_IsEnabled)) continue;
    cache.shownLast[c] = true;
    widths[c] = table->Columns[col].WorkMaxX - table->Columns[col].WorkMinX;
    if (!ImGui::TableSetColumnIndex(col)) continue;  // scrolled out sideways
    ImGui::PushID(col);
    ImGui::TableHeader(ImGui::TableGetColumnName(col));
    publishTarget(app, "column", t.columns[c].id);
    const bool whole = ImGui::CalcTextSize(t.columns[c].headerText()).x + ImGui::GetFontSize() * 0.65f <= widths[c] + 0.5f;
    app.frame.cells.push_back({"header", t.columns[c].id, whole ? "whole" : "ellipsised"});
    ImGui::PopID();
  }
  ImGui::TableEndRow(table);  // unfreezes: the body starts below the header, scrolled
  const float bodyTop = ImGui::GetCursorScreenPos().y;

  measureRows(t, widths);
  const std::span<const std::uint32_t> rows = t.rows();  // the header may have changed the sort
  layOutRows(cache, rows);
  const ImRect clip = ImGui::GetCurrentWindow()->InnerClipRect;
  auto [first, last] = cache.layout.visible(clip.Min.y - bodyTop, clip.Max.y - bodyTop);
  // One more row each side, so that keyboard navigation can step onto it (ImGui then scrolls).
  const std::size_t from = first > 0 ? first - 1 : 0, to = std::min(last + 1, rows.size());
  for (std::size_t i = from; i < to; ++i) {
    seekRow(table, bodyTop + cache.layout.top(i));
    table->RowBgColorCounter = static_cast<int>(i);  // stripes follow the row, not the scroll
    ImGui::TableNextRow(0, cache.layout.height(i));
    ImGui::PushID(static_cast<int>(i));
    drawRow(app, t, rows[i], cache.layout.height(i), i >= first && i < last);
    ImGui::PopID();
  }
  seekRow(table, bodyTop + cache.layout.total());
  ImGui::EndTable();
}

void columnsButton(App& app, const RecordTable& t) {
  if (ImGui::Button(label("table.columns"))) ImGui::OpenPopup("columns");
  publishTarget(app, "button", "columns");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("table.columns_tip").c_str());
  if (!ImGui::BeginPopup("columns")) return;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
  const std::vector<bool>& shown = t.cache->shownLast;
  for (std::size_t col = 1; col < t.columns.size() && col < shown.size(); ++col) {
    bool on = shown[col];
    if (ImGui::Checkbox(label(t.columns[col].headerText(), std::string("column-") + t.columns[col].id).c_str(), &on)) t.cache->toggle.push_back(static_cast<int>(col));
    publishTarget(app, "column-toggle", t.columns[col].id);
  }
  ImGui::EndPopup();
}

void matchCount(std::size_t shown, std::size_t total, const char* countKey) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(trf("status.of", {{"shown", withThousands(static_cast<long long>(shown))},
                                           {"all", trn(countKey, static_cast<long long>(total))}}).c_str());
}

void exportButtons(App& app, bool calls) {
  if (ImGui::Button(label("table.download_csv"))) app.requests.download = tableDownload(app, calls, false);
  publishTarget(app, "button", "download-csv");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("table.download_csv_tip").c_str());
  sameLineIfRoom(buttonWidth(label("table.download_json")));
  if (ImGui::Button(label("table.download_json"))) app.requests.download = tableDownload(app, calls, true);
  publishTarget(app, "button", "download-json");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("table.download_json_tip").c_str());
}

void emptyMessage(App& app, QueryEngine& q, std::span<const FacetUi> facets, bool calls) {
  const QueryResult& r = q.result();
  std::string what = q.searchText().empty() ? tr(calls ? "empty.calls" : "empty.practices")
                                            : trf(calls ? "empty.calls_search" : "empty.practices_search", {{"search", q.searchText()}});
  std::string filters;
  for (const ActiveFilter& f : q.activeFilters()) filters += (filters.empty() ? "" : ", ") + f.label;
  if (!filters.empty()) what += " " + trf("empty.filters", {{"filters", filters}});
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(what.c_str());
  if (!q.searchText().empty() && r.searchMatches == 0) {
    ImGui::TextDisabled("%s", tr("empty.nothing_matches").c_str());
    if (ImGui::Button(label("empty.clear_search"))) setSearch(app.view, "");
    publishTarget(app, "button", "clear-search");
  } else if (q.anyFilter()) {
    if (!q.searchText().empty())
      ImGui::TextDisabled("%s", trn("empty.match_without_filters", static_cast<long long>(r.searchMatches)).c_str());
    for (const FacetUi& fu : facets) {
      if (!q.hasSelection(fu.facet)) continue;
      if (ImGui::Button(label(trf("empty.clear_filter", {{"filter", tr(fu.title)}}), std::string("clear-") + fu.title).c_str()))
        q.clearFacet(fu.facet);
      publishTarget(app, "button", "clear-" + q.facet(fu.facet).name);
      ImGui::SameLine();
    }
    if (q.years().active() && ImGui::Button(label("empty.clear_period"))) q.setYears({});
    ImGui::NewLine();
  }
  ImGui::PopTextWrapPos();
}

}  // namespace alma::ui
