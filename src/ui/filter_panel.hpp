#pragma once
// The table machinery shared by the Practices and Calls tabs: the left filter panel (facet values
// with faceted counts, year range), removable filter chips, the match count, sort sync from ImGui's
// table headers, export buttons, coloured tags and the "targets" published to the state hook.
// Views only render and emit intents; filtering, counting and sorting happen in core (QueryEngine).
#include <span>
#include <string>
#include <string_view>

#include <imgui.h>

#include "core/query_engine.hpp"
#include "ui/app.hpp"

namespace alma::ui {

// One facet as the panel shows it. `key` names it in the state hook's `filters` and in targets
// ("facet" target id = key + "=" + value). hideZero: hide values that would leave no rows (long
// lists such as countries); otherwise they are dimmed, so the whole vocabulary stays visible.
struct FacetUi {
  int facet;
  const char* title;
  const char* key;
  bool hideZero = false;
};

// The query's result, timing its recomputation (search + facet counts + sort) for perf.queryMs.
const QueryResult& timedResult(App& app, QueryEngine& q);

// Records the last item's rectangle as a clickable target for the read-only state hook.
// The call list and the practice table: sortable (shift-click adds keys, a third click restores
// file order), resizable, reorderable, hideable columns, scrolling with a frozen header.
inline constexpr ImGuiTableFlags kRecordTableFlags =
    ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_SortTristate | ImGuiTableFlags_Resizable |
    ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
    ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;

void publishTarget(App& app, const char* kind, const std::string& id, const std::string& url = "");

// The left panel: a "Filters" header with a collapse toggle, then one section per facet and,
// when `years`, the period range; collapsed (`open` false) it is a thin "»" strip.
void drawFilterPanel(App& app, QueryEngine& q, std::span<const FacetUi> facets, bool years, bool& open);

// A removable chip "label ×"; true when clicked (the caller removes what it stands for).
bool chip(App& app, const std::string& label, const std::string& id);
// The search and every active filter as chips, plus "Clear all" (filters and search), ending the
// line; nothing when there is nothing to clear. Call on the line where other chips (e.g. the map
// selection) may already be; true when "Clear all" was clicked (the caller clears its extras).
bool drawFilterChips(App& app, QueryEngine& q, std::span<const FacetUi> facets, bool extraChips);
// Clears the shared search box and both queries' search text.
void clearSearch(App& app);

// "12 of 40 practices"; when nothing matches, why, with buttons that remove what is in the way
// ("No practices match 'lodz' in Portugal — clear the country filter?").
void matchCount(std::size_t shown, std::size_t total, const char* noun);
void emptyMessage(App& app, QueryEngine& q, std::span<const FacetUi> facets, const char* noun, int countryFacet);

// The header row of the current table, each header published as a "column" target with the
// column's state-hook name (keys[user id]). Replaces TableHeadersRow (same behaviour).
void tableHeaders(App& app, std::span<const char* const> keys);

// Feeds ImGui's table sort specs (column user ids = the query's column numbers) into the query.
void syncSort(QueryEngine& q);

// "Download CSV" / "Download JSON": emit App::pendingDownload with the bytes made by the callbacks.
template <class Csv, class Json>
void exportButtons(App& app, const std::string& csvName, const std::string& jsonName, Csv csv, Json json) {
  if (ImGui::Button("Download CSV")) app.pendingDownload = {csvName, "text/csv;charset=utf-8", csv()};
  publishTarget(app, "button", "download-csv");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The rows as filtered and sorted now (every field, every row)");
  ImGui::SameLine();
  if (ImGui::Button("Download JSON")) app.pendingDownload = {jsonName, "application/json", json()};
  publishTarget(app, "button", "download-json");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The same rows as an export this app can load again");
}

// A compact coloured tag (stage, fund) on the current line; colour picked by `index`.
void tag(std::string_view text, int index);
// A status chip: colour plus its word (never colour alone).
void statusTag(CallStatus s);
// "Label   value" in the details panels (nothing when the value is empty).
void fact(const char* label, std::string_view value);
// Labels of vocabulary values, joined with ", ".
std::string vocabList(VocabField field, const std::vector<std::string>& values);
// The right-hand panel frame: a child window with a title and a close button; false when the close
// button was clicked. Always pair with endSidePanel().
bool beginSidePanel(App& app, const char* id, const std::string& title, float width);
void endSidePanel();

}  // namespace alma::ui
