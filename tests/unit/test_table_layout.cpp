#include <doctest/doctest.h>

#include <array>

#include "core/view/table_layout.hpp"

using namespace alma;

TEST_CASE("table layout: columns give way by priority on narrow screens, the title never") {
  const std::array<ColumnNeed, 4> cols{{{200, 3, false, 0}, {120, 1, true, 1}, {150, 1, false, 3}, {90, 1, false, 2}}};
  CHECK(defaultColumns(cols, 2000, 10) == std::vector<bool>{true, true, true, true});
  // 200+10, 120+10, then priority 2 (90+10) fits in 440, priority 3 (150+10) does not.
  CHECK(defaultColumns(cols, 440, 10) == std::vector<bool>{true, true, false, true});
  CHECK(defaultColumns(cols, 50, 10) == std::vector<bool>{true, false, false, false});
}

TEST_CASE("table layout: every column gets its minimum, stretching ones share the rest by weight") {
  const std::array<ColumnNeed, 3> cols{{{200, 3, false, 0}, {120, 1, true, 1}, {150, 1, false, 2}}};
  const std::vector<bool> all{true, true, true};
  // Minimums 470 + 3 gaps of 10 = 500; 100 spare: 75 to the title, 25 to the third, none to the fixed one.
  const ColumnWidths w = columnWidths(cols, all, 600, 10);
  CHECK(w.content == std::vector<float>{275, 120, 175});
  CHECK(w.total == doctest::Approx(600));
  // Hidden columns take nothing; the title alone takes all that is left.
  const ColumnWidths two = columnWidths(cols, {true, true, false}, 600, 10);
  CHECK(two.content == std::vector<float>{460, 120, 0});
  // Too narrow for what was asked: minimums, and a total wider than the window (it scrolls sideways).
  const ColumnWidths tight = columnWidths(cols, all, 300, 10);
  CHECK(tight.content == std::vector<float>{200, 120, 150});
  CHECK(tight.total == doctest::Approx(500));
}

TEST_CASE("table layout: rows of varying height — tops, total, and the rows a window shows") {
  RowLayout rows;
  rows.clear();
  for (float h : {20.0f, 40.0f, 20.0f, 60.0f, 20.0f}) rows.add(h);
  CHECK(rows.size() == 5);
  CHECK(rows.top(3) == 80);
  CHECK(rows.height(3) == 60);
  CHECK(rows.total() == 160);
  CHECK(rows.visible(0, 30) == std::pair<std::size_t, std::size_t>{0, 2});     // rows 0 and 1
  CHECK(rows.visible(20, 60) == std::pair<std::size_t, std::size_t>{1, 2});    // row 1 only
  CHECK(rows.visible(59, 81) == std::pair<std::size_t, std::size_t>{1, 4});    // rows 1..3
  CHECK(rows.visible(150, 400) == std::pair<std::size_t, std::size_t>{4, 5});  // the last row
  CHECK(rows.visible(400, 500).first == rows.visible(400, 500).second);        // nothing
  RowLayout empty;
  CHECK(empty.visible(0, 100) == std::pair<std::size_t, std::size_t>{0, 0});
}
