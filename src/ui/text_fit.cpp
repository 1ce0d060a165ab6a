#include "ui/text_fit.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // RenderTextEllipsis: the "…" ImGui's own headers use

#include <algorithm>

#include "ui/widgets.hpp"

namespace alma::ui {

namespace {
constexpr float kTagGap = 3.0f;      // between tags on a line
constexpr float kTagLineGap = 2.0f;  // between lines of tags

// Where the line starting at `p` ends when wrapped at `width`, and where the next one starts
// (after the blanks ImGui's own wrapping skips). Always moves forward, even when one word is wider
// than the line: that word then gets the line to itself.
std::pair<const char*, const char*> nextLine(const char* p, const char* end, float width) {
  ImFont* font = ImGui::GetFont();
  const char* brk = font->CalcWordWrapPositionA(ImGui::GetFontSize() / font->FontSize, p, end, std::max(width, 1.0f));
  if (brk == p) {  // not even one character fits: take one whole UTF-8 sequence
    unsigned int c = 0;
    brk = p + std::max(1, ImTextCharFromUtf8(&c, p, end));
  }
  const char* next = brk;
  while (next < end && (*next == ' ' || *next == '\t')) ++next;
  if (next < end && *next == '\n') ++next;
  return {brk, next};
}

// RenderTextEllipsis draws in the style's text colour.
void ellipsisLine(ImDrawList* dl, ImVec2 pos, float width, const char* p, const char* end) {
  const float h = ImGui::GetTextLineHeight();
  ImGui::RenderTextEllipsis(dl, pos, ImVec2(pos.x + width, pos.y + h), pos.x + width,
                            pos.x + width, p, end, nullptr);
}
}  // namespace

const char* cellFitName(CellFit f) {
  switch (f) {
    case CellFit::Whole: return "whole";
    case CellFit::Wrapped: return "wrapped";
    case CellFit::Ellipsised: return "ellipsised";
  }
  return "";
}

int wrappedLines(std::string_view text, float width, int maxLines) {
  const char* p = text.data();
  const char* end = p + text.size();
  int lines = 0;
  while (p < end && lines < maxLines) {
    p = nextLine(p, end, width).second;
    ++lines;
  }
  return std::max(lines, 1);
}

Painted paintWrapped(ImDrawList* dl, ImVec2 at, float width, std::string_view text, int maxLines, ImU32 colour) {
  const float lineH = ImGui::GetTextLineHeight();
  const char* p = text.data();
  const char* end = p + text.size();
  Painted out;
  while (p < end) {
    const ImVec2 pos(at.x, at.y + static_cast<float>(out.lines) * lineH);
    const auto [brk, next] = nextLine(p, end, width);
    const bool last = out.lines + 1 == maxLines && next < end;
    if (last || ImGui::CalcTextSize(p, brk).x > width) {  // more than the row holds, or one over-long word
      ImGui::PushStyleColor(ImGuiCol_Text, colour);
      ellipsisLine(dl, pos, width, p, last ? end : brk);
      ImGui::PopStyleColor();
      out.fit = CellFit::Ellipsised;
    } else {
      dl->AddText(pos, colour, p, brk);
      if (out.fit == CellFit::Whole && out.lines > 0) out.fit = CellFit::Wrapped;
    }
    ++out.lines;
    p = next;
    if (last) break;
  }
  out.lines = std::max(out.lines, 1);
  return out;
}

CellFit drawWrapped(std::string_view text, int maxLines) {
  const float width = ImGui::GetContentRegionAvail().x;
  const Painted p = paintWrapped(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), width, text, maxLines,
                                 ImGui::GetColorU32(ImGuiCol_Text));
  ImGui::Dummy(ImVec2(width, static_cast<float>(p.lines) * ImGui::GetTextLineHeight()));
  return p.fit;
}

CellFit drawOneLine(std::string_view text, bool rightAligned) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float w = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  if (w > width) {
    ellipsisLine(ImGui::GetWindowDrawList(), pos, width, text.data(), text.data() + text.size());
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
    return CellFit::Ellipsised;
  }
  if (rightAligned) pos.x += width - w;
  ImGui::GetWindowDrawList()->AddText(pos, ImGui::GetColorU32(ImGuiCol_Text), text.data(), text.data() + text.size());
  ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
  return CellFit::Whole;
}

float tagWidth(std::string_view text) {
  return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x + 2 * kTagPadX;
}

float tagLineHeight() { return ImGui::GetTextLineHeight() + kTagLineGap; }

int tagLines(std::span<const std::string_view> tags, float width, int maxLines) {
  int lines = tags.empty() ? 0 : 1;
  float x = 0;
  for (std::string_view t : tags) {
    const float w = tagWidth(t);
    if (x > 0 && x + w > width) {
      if (lines == maxLines) break;  // the rest is summed up as "+N" on the last line
      ++lines;
      x = 0;
    }
    x += w + kTagGap;
  }
  return std::max(lines, 1);
}

CellFit drawTags(std::span<const std::string_view> tags, std::span<const int> colours, int maxLines) {
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  CellFit fit = CellFit::Whole;
  int line = 0;
  float x = 0;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    float w = tagWidth(tags[i]);
    if (x > 0 && x + w > width) {
      if (line + 1 == maxLines) {  // no room for the rest: say how many more
        const std::string more = "+" + std::to_string(tags.size() - i);
        dl->AddText(ImVec2(origin.x + std::min(x, width - ImGui::CalcTextSize(more.c_str()).x), origin.y + line * tagLineHeight()),
                    ImGui::GetColorU32(ImGuiCol_Text), more.c_str());
        fit = CellFit::Ellipsised;
        break;
      }
      ++line;
      x = 0;
      fit = CellFit::Wrapped;
    }
    w = std::min(w, width);
    paintTag(dl, ImVec2(origin.x + x, origin.y + line * tagLineHeight()), tags[i], colours[i], w);
    if (w < tagWidth(tags[i])) fit = CellFit::Ellipsised;
    x += w + kTagGap;
  }
  ImGui::Dummy(ImVec2(width, static_cast<float>(line + 1) * tagLineHeight() - kTagLineGap));
  return fit;
}

}  // namespace alma::ui
