#pragma once
// The left filter panel of the tables: facet values with faceted counts, the year range, and the
// active filters as removable chips. Filtering and counting happen in core (QueryEngine); the
// panel renders them and turns clicks into the query's intents.
#include <span>
#include <string>

#include "ui/labels.hpp"
#include "core/query/query_engine.hpp"
#include "ui/app.hpp"

namespace alma::ui {

// One facet as the panel shows it; the facet's id (its name in core) names it in the state hook,
// links and click targets ("facet" target id = id + "=" + value). hideZero: hide values that would
// leave no rows (long lists such as countries); otherwise they are dimmed, so the whole vocabulary
// stays visible.
struct FacetUi {
  int facet;
  const char* title;  // message key of the section's title ("facet.country")
  bool hideZero = false;
};

// A "Filters" header with a collapse toggle, then one section per facet and, when `years`, the
// period range; collapsed (`open` false) it is a thin "»" strip.
void drawFilterPanel(App& app, QueryEngine& q, std::span<const FacetUi> facets, bool years, bool& open);

// The search and every active filter as chips, plus "Clear all" (filters and search), ending the
// line; nothing when there is nothing to clear. Call on the line where other chips (e.g. the map
// selection) may already be; true when "Clear all" was clicked (the caller clears its extras).
bool drawFilterChips(App& app, QueryEngine& q, std::span<const FacetUi> facets, bool extraChips);

}  // namespace alma::ui
