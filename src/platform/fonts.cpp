#include "platform/fonts.hpp"

#include <cstddef>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include "font_ranges.hpp"

extern const unsigned char font_text[];
extern const std::size_t font_text_size;
extern const unsigned char font_symbols[];
extern const std::size_t font_symbols_size;

namespace alma::fonts {

void buildAtlas(float uiScale, float pixelRatio) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const float px = kBodyPx * kLineHeightPerEm * uiScale * pixelRatio;
  ImFontConfig text;
  text.FontDataOwnedByAtlas = false;  // the bytes are static, embedded in the binary
  text.OversampleH = 2;
  text.OversampleV = 1;
  io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font_text), static_cast<int>(font_text_size), px, &text,
                                 kTextRanges);
  ImFontConfig symbols = text;
  symbols.MergeMode = true;  // arrows, shapes and check marks that Noto Sans lacks, from DejaVu Sans
  io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font_symbols), static_cast<int>(font_symbols_size), px,
                                 &symbols, kSymbolRanges);
  io.Fonts->Build();
  io.FontGlobalScale = 1.0f / pixelRatio;
}

int missingGlyphs(std::string_view utf8) {
  const ImFont* font = ImGui::GetIO().Fonts->Fonts.empty() ? nullptr : ImGui::GetIO().Fonts->Fonts[0];
  if (!font) return static_cast<int>(utf8.size());
  int missing = 0;
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    unsigned int c = 0;
    p += ImTextCharFromUtf8(&c, p, end);
    if (c >= 0x20 && !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) ++missing;
  }
  return missing;
}

}  // namespace alma::fonts
