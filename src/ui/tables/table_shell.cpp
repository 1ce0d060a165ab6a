#include "ui/tables/table_shell.hpp"

#include <algorithm>

#include "core/model/format.hpp"
#include "ui/downloads.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

namespace {
// Sortable (shift-click adds keys, a third click restores file order), resizable, reorderable,
// hideable columns, scrolling with a frozen header.
constexpr ImGuiTableFlags kRecordTableFlags =
    ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_SortTristate | ImGuiTableFlags_Resizable |
    ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
    ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;

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

bool beginRecordTable(App& app, const char* id, QueryEngine& q, std::span<const RecordColumn> columns) {
  if (!ImGui::BeginTable(id, static_cast<int>(columns.size()), kRecordTableFlags)) return false;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (std::size_t c = 0; c < columns.size(); ++c)
    ImGui::TableSetupColumn(columns[c].header, columns[c].flags, columns[c].weight, static_cast<ImGuiID>(c));
  syncSort(q);
  // The header row, as TableHeadersRow draws it, with each header published as a click target.
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < ImGui::TableGetColumnCount(); ++c) {
    if (!ImGui::TableSetColumnIndex(c)) continue;  // hidden
    ImGui::PushID(c);
    ImGui::TableHeader(ImGui::TableGetColumnName(c));
    publishTarget(app, "column", columns[static_cast<std::size_t>(c)].id);
    ImGui::PopID();
  }
  return true;
}

void forEachVisibleRow(std::size_t rows, const std::function<void(std::size_t)>& row) {
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) row(static_cast<std::size_t>(i));
}

void matchCount(std::size_t shown, std::size_t total, const char* noun) {
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%s of %s %s", withThousands(static_cast<long long>(shown)).c_str(),
              withThousands(static_cast<long long>(total)).c_str(), noun);
}

void exportButtons(App& app, bool calls) {
  if (ImGui::Button("Download CSV")) app.requests.download = tableDownload(app, calls, false);
  publishTarget(app, "button", "download-csv");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The rows as filtered and sorted now (every field, every row)");
  ImGui::SameLine();
  if (ImGui::Button("Download JSON")) app.requests.download = tableDownload(app, calls, true);
  publishTarget(app, "button", "download-json");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The same rows as an export this app can load again");
}

void emptyMessage(App& app, QueryEngine& q, std::span<const FacetUi> facets, const char* noun, int countryFacet) {
  const QueryResult& r = q.result();
  std::string what = std::string("No ") + noun;
  if (!q.searchText().empty()) what += " match '" + q.searchText() + "'";
  std::string in, with;
  for (const ActiveFilter& f : q.activeFilters()) {
    if (f.facet == countryFacet) in += (in.empty() ? " in " : " or ") + f.label;
    else with += (with.empty() ? " with " : ", ") + f.label;
  }
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted((what + in + with + ".").c_str());
  if (!q.searchText().empty() && r.searchMatches == 0) {
    ImGui::TextDisabled("Nothing matches the search on its own: check the spelling, or");
    if (ImGui::Button("Clear the search")) setSearch(app.view, "");
    publishTarget(app, "button", "clear-search");
  } else if (q.anyFilter()) {
    if (!q.searchText().empty())
      ImGui::TextDisabled("%s match the search without filters.", withThousands(r.searchMatches).c_str());
    for (const FacetUi& fu : facets) {
      if (!q.hasSelection(fu.facet)) continue;
      std::string title = fu.title;
      if (!title.empty()) title[0] = static_cast<char>(title[0] - 'A' + 'a');  // "Clear the country filter?"
      if (ImGui::Button(("Clear the " + title + " filter?").c_str())) q.clearFacet(fu.facet);
      publishTarget(app, "button", "clear-" + q.facet(fu.facet).name);
      ImGui::SameLine();
    }
    if (q.years().active() && ImGui::Button("Clear the period?")) q.setYears({});
    ImGui::NewLine();
  }
  ImGui::PopTextWrapPos();
}

}  // namespace alma::ui
