#pragma once
// Text in table cells that is never cut without a mark: long text wraps at word boundaries onto as
// many lines as the row allows and ends with "…" only beyond that (the tooltip and the details
// panel show it whole); short values stay on one line. The same functions count the lines a cell
// needs (for row heights) and draw it, so the two can never disagree.
#include <span>
#include <string>
#include <string_view>

#include <imgui.h>

namespace alma::ui {

// How a cell's text was shown: the state hook reports it for every visible cell.
enum class CellFit { Whole, Wrapped, Ellipsised };
const char* cellFitName(CellFit);

// Lines `text` takes at `width` (pixels) when wrapped and drawn with at most `maxLines` lines.
int wrappedLines(std::string_view text, float width, int maxLines);
// Paints `text` wrapped at `width` from `at`, at most `maxLines` lines (no layout): how many lines
// it took and how it fit.
struct Painted {
  int lines = 0;
  CellFit fit = CellFit::Whole;
};
Painted paintWrapped(ImDrawList* dl, ImVec2 at, float width, std::string_view text, int maxLines, ImU32 colour);
// Draws `text` wrapped in the current cell, at most `maxLines` lines, the last one ending with "…"
// when more would follow.
CellFit drawWrapped(std::string_view text, int maxLines);
// One line; ends with "…" if the cell is too narrow (fixed columns are sized never to need it).
CellFit drawOneLine(std::string_view text, bool rightAligned);

// Tags ("AMIF", "reception") flowing onto lines like words.
float tagWidth(std::string_view text);
// Lines the tags take at `width`, at most `maxLines` (beyond: "+N" on the last one).
int tagLines(std::span<const std::string_view> tags, float width, int maxLines);
CellFit drawTags(std::span<const std::string_view> tags, std::span<const int> colours, int maxLines);
float tagLineHeight();  // one line of tags, with the gap below it

}  // namespace alma::ui
