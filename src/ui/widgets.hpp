#pragma once
// Small widgets every view uses, drawn the same way everywhere: click targets for the state hook,
// coloured tags, the status chip, "label  value" facts, removable chips, the side panel's frame.
#include <string>
#include <string_view>

#include <imgui.h>

#include "core/model/model.hpp"
#include "core/model/record_facts.hpp"
#include "ui/app.hpp"

namespace alma::ui {

// Records the last item's rectangle as a clickable target for the read-only state hook; nothing
// when the item is scrolled out of its panel (not clickable now).
void publishTarget(App& app, const char* kind, const std::string& id, const std::string& url = "");

// Records the current window's rectangle as a panel for the state hook (tests check that no two
// panels overlap).
void publishPanel(App& app, const char* id);

void cellText(std::string_view s);     // a table cell's text (nothing for empty)
void rightAligned(std::string_view s);  // a number, right-aligned in its cell

// A tag's look: a soft colour (picked by `colour`) behind dark text, `width` wide ("…" if narrower
// than the text); kTagPadX each side of the text.
inline constexpr float kTagPadX = 4.0f;
void paintTag(ImDrawList* dl, ImVec2 at, std::string_view text, int colour, float width);
// The colour of a vocabulary value's tag: its place in the vocabulary.
int vocabColour(VocabField field, const std::string& value);
// Continues on the same line when an item `width` wide still fits there, else on the next one:
// rows of buttons wrap on narrow screens and in longer languages instead of running off the edge.
void sameLineIfRoom(float width, float spacing = -1.0f);
float buttonWidth(const char* label);
// A status chip: colour plus its word (never colour alone).
void statusTag(CallStatus s);
// "Label   value" in the details panels (nothing when the value is empty).
void fact(const char* label, std::string_view value);
// A record's fact (core/model/record_facts.hpp); a contact that can be opened is a button.
void fact(App& app, const Fact& f);
// A removable chip "label ×"; true when clicked (the caller removes what it stands for).
bool chip(App& app, const std::string& label, const std::string& id);

// The right-hand panel frame: a child window with a title and a close button; false when the close
// button was clicked. Always pair with endSidePanel().
bool beginSidePanel(App& app, const char* id, const std::string& title, float width);
void endSidePanel();

}  // namespace alma::ui
