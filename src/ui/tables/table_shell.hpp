#pragma once
// What the Calls and Practices tabs share: the layout (filters | chips, count, downloads and the
// table | the open record's details, stacked on narrow screens), the record table itself (sortable,
// reorderable, hideable columns as wide as content and window allow, a frozen header, rows as tall
// as their wrapped text, only the visible rows laid out), the
// match count, the downloads and the "nothing matches" message. Each tab says what goes in it.
#include <array>
#include <functional>
#include <span>
#include <string>

#include <imgui.h>

#include "core/query/query_engine.hpp"
#include "ui/app.hpp"
#include "ui/text_fit.hpp"
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

// How a column's cells are drawn and sized.
enum class CellKind {
  Text,   // wraps at word boundaries onto up to `maxLines` lines, then "…"
  Tags,   // coloured tags flowing onto up to `maxLines` lines, then "+N"
  Fixed,  // dates, money, numbers, status: one line, the column as wide as its widest value
};

struct RecordColumn {
  CellKind kind = CellKind::Text;
  int maxLines = 3;
  float weight = 1;    // share of the width left over (Text and Tags columns)
  float minEm = 6;     // never narrower (in em), nor narrower than its header
  int priority = 0;    // 0: always shown; higher numbers give way first on narrow windows
  ImGuiTableColumnFlags flags = 0;
  const char* id = "";      // kCallColumnIds / kPracticeColumnIds: the state hook's and links' name
  const char* (*headerOf)(int) = nullptr;  // what the header says, in the interface language now
  int index = 0;                            // the column's index for headerOf
  const char* headerText() const { return headerOf ? headerOf(index) : ""; }
};
// The columns of a tab's table: layout from the tab, ids and headers from core.
template <std::size_t N>
std::array<RecordColumn, N> withNames(std::array<RecordColumn, N> columns, const std::array<const char*, N>& ids,
                                      const char* (*header)(int)) {
  for (std::size_t c = 0; c < N; ++c) columns[c].id = ids[c], columns[c].headerOf = header, columns[c].index = static_cast<int>(c);
  return columns;
}

// What a tab tells the record table about its records.
struct RecordTable {
  const char* id;                                // ImGui id of the table
  std::span<const RecordColumn> columns;
  std::function<std::span<const std::uint32_t>()> rows;  // record indices in display order (read after the header: a click may re-sort)
  std::size_t recordCount;
  const void* records;                           // identity of the record array (caches follow it)
  TableRows* cache;
  std::function<float(std::uint32_t record, int column, float width)> cellHeight;  // pixels its content needs
  std::function<float(std::uint32_t record, int column)> fixedWidth;  // a Fixed cell's content width
  std::function<CellFit(std::uint32_t record, int column)> drawCell;  // every column but the first
  std::function<std::string(std::uint32_t record)> title;             // the first column: the row's name
  std::function<std::string(std::uint32_t record)> rowId;
  std::function<bool(std::uint32_t record)> selected;
  std::function<void(std::uint32_t record)> activate;                 // the row was clicked
};
// The sortable table (header clicks sort the query) with rows of varying height: only the rows in
// view are laid out, so 100,000 rows cost as much as 30. Which columns show by default follows the
// width; the "Columns" button (columnsButton) shows the rest.
void drawRecordTable(App& app, QueryEngine& q, const RecordTable& t);
// "Columns ▾": a menu to show or hide each column of the table.
void columnsButton(App& app, const RecordTable& t);

// "12 of 40 practices".
void matchCount(std::size_t shown, std::size_t total, const char* countKey);  // countKey: "count.calls"
// "Download CSV" / "Download JSON" of the Calls (`calls`) or Practices tab's view.
void exportButtons(App& app, bool calls);
// When nothing matches, why, with buttons that remove what is in the way
// ("No practices match 'lodz' in Portugal — clear the country filter?").
void emptyMessage(App& app, QueryEngine& q, std::span<const FacetUi> facets, bool calls);

}  // namespace alma::ui
