#pragma once
// The app's view ⇄ the link's LinkState (core/link_state.hpp): which tab, search, filters, sort,
// selection and map position. The platform keeps the URL fragment in step (main.cpp).
#include <string>

#include "core/link_state.hpp"
#include "ui/app.hpp"

namespace alma::ui {

LinkState captureLink(App& app);
// Applies what it can: unknown facets, values or columns in an old or hand-edited link are skipped.
void applyLink(App& app, const LinkState& link);
// The part of a link whose change is a step worth going Back to (not map moves or typing).
std::string meaningfulPart(LinkState link);
// "Spain / España — ALMA & migrant-integration atlas": the browser tab says what is shown.
std::string pageTitle(const App& app);

}  // namespace alma::ui
