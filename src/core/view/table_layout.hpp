#pragma once
// The arithmetic of the record tables, apart from fonts and widgets: which columns fit the width by
// default, how wide the table must be so that no column is narrower than its header, and where each
// row of varying height lies (rows wrap their text, so ImGui's fixed-height clipper cannot be used).
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace alma {

// What a column needs, in pixels at the current text size.
struct ColumnNeed {
  float min = 0;      // never narrower: its header, or the width below which its text is unreadable
  float weight = 1;   // share of the width left over after every minimum (stretching columns)
  bool fixed = false; // dates, money, numbers: exactly `min` wide (their widest value), never cut
  int priority = 0;   // 0 = always shown; higher numbers give way first on narrow screens
};

// The columns shown by default at this width: by priority, as many as fit with their minimum
// widths (`gap` = what ImGui adds per column: padding and border). Priority 0 is always shown.
std::vector<bool> defaultColumns(std::span<const ColumnNeed> columns, float width, float gap);

// The content width of each shown column (0 for hidden ones) in a table `width` wide: every column
// gets its minimum, and the stretching ones share what is left in proportion to their weights.
// `total` (gaps included) is wider than `width` only when the shown columns' minimums do not fit:
// then the table scrolls sideways (a person asked for more columns than fit).
struct ColumnWidths {
  std::vector<float> content;
  float total = 0;
};
ColumnWidths columnWidths(std::span<const ColumnNeed> columns, const std::vector<bool>& shown, float width, float gap);

// Rows of varying height in display order: top of each, total height, and which rows a scrolled
// window shows, found by binary search (100,000 rows cost as much as 30).
class RowLayout {
 public:
  void clear() { tops_.assign(1, 0.0f); }
  void add(float height) { tops_.push_back(tops_.back() + height); }
  std::size_t size() const { return tops_.size() - 1; }
  float top(std::size_t row) const { return tops_[row]; }
  float height(std::size_t row) const { return tops_[row + 1] - tops_[row]; }
  float total() const { return tops_.back(); }
  // The rows overlapping [from, to) (offsets from the first row's top): [first, last).
  std::pair<std::size_t, std::size_t> visible(float from, float to) const;

 private:
  std::vector<float> tops_{0.0f};
};

}  // namespace alma
