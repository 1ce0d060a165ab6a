#pragma once
// Words on the canvas come from the catalogs (core/i18n). ImGui identifies a widget by its label,
// so a label that changed with the language would be a new widget: open panels, focus and table
// settings would be lost on a switch, and two labels that translate alike would collide. label()
// gives "Karte###tab.map": the text in the interface language, the ID from the stable key.
#include <string_view>

#include "core/i18n/messages.hpp"

namespace alma::ui {

using i18n::tr;
using i18n::trf;
using i18n::trn;

// "text###key" for an ImGui label; valid until the language changes (cached per language).
const char* label(std::string_view key);
// The same with the ID taken from `id` and the text given (a formatted message).
std::string label(const std::string& text, std::string_view id);

}  // namespace alma::ui
