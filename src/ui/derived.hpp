#pragma once
// Derived state, derived in one place: each function checks what its cache was computed from
// (a query's result revision, the selected place, the loaded records) and recomputes when that
// changed. Views call these instead of keeping copies, so a change made earlier in a frame (the top
// bar's search, a legend click) is seen by every view drawn after it in the same frame.
#include <string>
#include <vector>

#include "ui/app.hpp"

namespace alma::ui {

// The query's result, timing its recomputation (search + facet counts + sort) for the state hook.
const QueryResult& timedResult(App& app, QueryEngine& q);
// Calls passing the call list's search and filters (indices into data.calls): what the map shows.
const std::vector<int>& visibleCalls(App& app);
// Best status of the visible calls for every region of the map (its shading), by region index.
const std::vector<std::optional<CallStatus>>& regionStatuses(App& app);
// The call list's rows: the query's rows, narrowed to the country or region selected on the map.
const std::vector<std::uint32_t>& listedCalls(App& app);
// The practice open in the Practices tab, or null.
const Practice* openPractice(App& app);
// Indices (into data.calls) of the calls the map's details panel lists for the selection.
std::vector<int> selectionCalls(App& app);
// What the selection is called: "Spain / España", "Andalucía (Spain)", "EU-level ALMA calls".
std::string selectionTitle(const App& app);
// The QR code of the view's link (app.screen.shareLink), encoded once per link; none when too long.
const std::optional<QrMatrix>& shareCode(App& app);
// "Spain / España — ALMA & migrant-integration atlas": the browser tab says what is shown.
std::string pageTitle(App& app);

}  // namespace alma::ui
