#include "ui/labels.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // RenderTextEllipsis

#include <algorithm>

#include "core/model/derived.hpp"
#include "ui/palette.hpp"

namespace alma::ui {

void publishTarget(App& app, const char* kind, const std::string& id, const std::string& url) {
  if (!ImGui::IsItemVisible()) return;
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  app.frame.targets.push_back({kind, id, url, a.x, a.y, b.x - a.x, b.y - a.y});
}

void publishPanel(App& app, const char* id) {
  const ImVec2 a = ImGui::GetWindowPos(), b = ImGui::GetWindowSize();
  app.frame.panels.push_back({"panel", id, "", a.x, a.y, b.x, b.y});
}

void cellText(std::string_view s) { ImGui::TextUnformatted(s.data(), s.data() + s.size()); }

void rightAligned(std::string_view s) {
  const float w = ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
  cellText(s);
}

void paintTag(ImDrawList* dl, ImVec2 at, std::string_view text, int colour, float width) {
  // Soft background colours, dark text: readable on a projector in both themes.
  static constexpr ImU32 kTagText = IM_COL32(26, 26, 26, 255);  // 12:1 or more on every tag colour
  static constexpr ImU32 kTags[] = {IM_COL32(214, 234, 248, 255), IM_COL32(213, 245, 227, 255),
                                    IM_COL32(252, 243, 207, 255), IM_COL32(250, 219, 216, 255),
                                    IM_COL32(232, 218, 239, 255), IM_COL32(229, 232, 232, 255)};
  const float h = ImGui::GetTextLineHeight();
  dl->AddRectFilled(at, ImVec2(at.x + width, at.y + h), kTags[static_cast<std::size_t>(colour) % 6], 3);
  const ImVec2 textAt(at.x + kTagPadX, at.y);
  // The theme's text colour is light in the dark theme: on these light tags the text is always dark.
  ImGui::PushStyleColor(ImGuiCol_Text, kTagText);
  ImGui::RenderTextEllipsis(dl, textAt, ImVec2(at.x + width - kTagPadX, at.y + h), at.x + width - kTagPadX,
                            at.x + width - kTagPadX, text.data(), text.data() + text.size(), nullptr);
  ImGui::PopStyleColor();
}

int vocabColour(VocabField field, const std::string& value) {
  // Same value, same colour everywhere; values outside the vocabulary share the neutral one.
  const auto vocabulary = vocabValues(field);
  const auto it = std::find(vocabulary.begin(), vocabulary.end(), value);
  return it == vocabulary.end() ? 5 : static_cast<int>(it - vocabulary.begin());
}

void sameLineIfRoom(float width, float spacing) {
  ImGui::SameLine(0, spacing);
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

void statusTag(CallStatus s) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + h * 0.6f, p.y + h), palette::statusColour(s), 2);
  ImGui::Dummy(ImVec2(h * 0.6f, h));
  ImGui::SameLine(0, 4);
  ImGui::TextUnformatted(statusLabel(s));
}

void fact(const char* label, std::string_view value) {
  if (value.empty()) return;
  ImGui::TextDisabled("%s", label);
  // The value beside its label when there is room for a readable column, else below it.
  const float column = ImGui::GetFontSize() * 8.0f;
  if (ImGui::GetContentRegionMax().x - column >= ImGui::GetFontSize() * 10.0f) ImGui::SameLine(column);
  ImGui::TextWrapped("%.*s", static_cast<int>(value.size()), value.data());
}

void fact(App& app, const Fact& f) {
  if (!f.link) return fact(f.label, f.value);
  if (ImGui::SmallButton(label(std::string(f.label) + ": " + f.value, "contact").c_str())) app.requests.openLink = *f.link;
}

bool chip(App& app, const std::string& label, const std::string& id) {
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFontSize());
  const bool clicked = ImGui::SmallButton((label + "  ×##" + id).c_str());
  ImGui::PopStyleVar();
  publishTarget(app, "chip", id);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("filter.remove_tip").c_str());
  ImGui::SameLine();
  return clicked;
}

bool beginSidePanel(App& app, const char* id, const std::string& title, float width) {
  ImGui::BeginChild(id, ImVec2(width, 0), ImGuiChildFlags_Border);
  const float close = ImGui::GetFrameHeight();
  ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - close - 4);
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - close);
  const bool closed = ImGui::Button("×##close", ImVec2(close, close));
  publishTarget(app, "button", "details-close");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("panel.close_esc").c_str());
  ImGui::Separator();
  return !closed;
}

void endSidePanel() { ImGui::EndChild(); }

}  // namespace alma::ui
