#include "core/view/table_layout.hpp"

#include <algorithm>
#include <numeric>

namespace alma {

std::vector<bool> defaultColumns(std::span<const ColumnNeed> columns, float width, float gap) {
  std::vector<std::size_t> order(columns.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return columns[a].priority < columns[b].priority; });
  std::vector<bool> shown(columns.size(), false);
  float used = 0;
  for (std::size_t c : order) {
    const float need = columns[c].min + gap;
    if (columns[c].priority > 0 && used + need > width) continue;  // a narrower one later may still fit
    shown[c] = true;
    used += need;
  }
  return shown;
}

ColumnWidths columnWidths(std::span<const ColumnNeed> columns, const std::vector<bool>& shown, float width, float gap) {
  ColumnWidths out;
  out.content.assign(columns.size(), 0.0f);
  float minimum = 0, weights = 0;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (!shown[c]) continue;
    minimum += columns[c].min + gap;
    if (!columns[c].fixed) weights += columns[c].weight;
  }
  const float spare = std::max(0.0f, width - minimum);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (!shown[c]) continue;
    const bool stretches = !columns[c].fixed && weights > 0;
    out.content[c] = columns[c].min + (stretches ? spare * columns[c].weight / weights : 0.0f);
    out.total += out.content[c] + gap;
  }
  return out;
}

std::pair<std::size_t, std::size_t> RowLayout::visible(float from, float to) const {
  // First row whose bottom is below `from`; last row whose top is above `to`.
  const auto first = std::upper_bound(tops_.begin() + 1, tops_.end(), from) - (tops_.begin() + 1);
  const auto last = std::lower_bound(tops_.begin(), tops_.end() - 1, to) - tops_.begin();
  return {static_cast<std::size_t>(first), std::max(static_cast<std::size_t>(first), static_cast<std::size_t>(last))};
}

}  // namespace alma
