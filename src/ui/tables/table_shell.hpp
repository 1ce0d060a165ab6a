#pragma once
// What the Calls and Practices tabs share: the layout (filters | chips, count, downloads and the
// table | the open record's details, stacked on narrow screens), the record table itself (sortable,
// resizable, reorderable, hideable columns, a frozen header, only the visible rows laid out), the
// match count, the downloads and the "nothing matches" message. Each tab says what goes in it.
#include <array>
#include <functional>
#include <span>
#include <string>

#include <imgui.h>

#include "core/query/query_engine.hpp"
#include "ui/app.hpp"
#include "ui/tables/filter_panel.hpp"

namespace alma::ui {

struct TableShell {
  const char* window;                 // the tab's ImGui window name
  std::optional<bool>* filtersOpen;   // unset: open on wide screens, collapsed on phones
  bool detailsOpen = false;
  std::function<void(bool& open)> filters;       // the left panel
  std::function<void()> content;                 // chips, count, downloads, the table
  std::function<bool(float width)> details;      // the right panel; false: close it
  std::function<void()> closeDetails;
};
void drawTableShell(ScreenRect area, const TableShell& shell);

struct RecordColumn {
  const char* id;      // kCallColumnIds / kPracticeColumnIds: the state hook's and links' name
  const char* header;  // what the header says
  float weight;        // share of the width
  ImGuiTableColumnFlags flags = 0;
};
// The columns of a tab's table: ids and headers from core, each column's share of the width and its
// flags from the tab.
template <std::size_t N, class Flags>
std::array<RecordColumn, N> recordColumns(const std::array<const char*, N>& ids, const char* (*header)(int),
                                          const std::array<float, N>& weights, Flags flags) {
  std::array<RecordColumn, N> out{};
  for (std::size_t c = 0; c < N; ++c) out[c] = {ids[c], header(static_cast<int>(c)), weights[c], flags(static_cast<int>(c))};
  return out;
}

// Begins the table, sets up its columns (ImGui user id = the query's column number), passes header
// clicks on to the query's sort and draws the header row with each header published as a "column"
// target. End with ImGui::EndTable() when true.
bool beginRecordTable(App& app, const char* id, QueryEngine& q, std::span<const RecordColumn> columns);
// Calls row(i) for the rows in view only: 100,000 rows cost as much as 30.
void forEachVisibleRow(std::size_t rows, const std::function<void(std::size_t)>& row);

// "12 of 40 practices".
void matchCount(std::size_t shown, std::size_t total, const char* noun);
// "Download CSV" / "Download JSON" of the Calls (`calls`) or Practices tab's view.
void exportButtons(App& app, bool calls);
// When nothing matches, why, with buttons that remove what is in the way
// ("No practices match 'lodz' in Portugal — clear the country filter?").
void emptyMessage(App& app, QueryEngine& q, std::span<const FacetUi> facets, const char* noun, int countryFacet);

}  // namespace alma::ui
