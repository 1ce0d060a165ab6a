#pragma once
#include <string>

#include <optional>
#include <vector>

#include "core/call_query.hpp"
#include "core/dataset.hpp"
#include "core/map_asset.hpp"
#include "core/map_view.hpp"
#include "core/model.hpp"
#include "core/practice_query.hpp"
#include "core/state_snapshot.hpp"
#include "ui/theme.hpp"

namespace alma::ui {

// Place names in every script the data uses; shown on the start screen, and the font must draw
// every one of them (checked through the state hook).
inline constexpr const char* kScriptSample =
    "Baden-Württemberg, Łódź, Île-de-France, Ελλάδα, България, Hrvatska, Česko, Região Autónoma dos Açores";

enum class View { Map, Calls, Practices };

enum class SelectionKind { None, Country, Region, Call, Practice };
struct Selection {
  SelectionKind kind = SelectionKind::None;
  std::string id;  // country code ("ES", "EU" for EU-level calls), NUTS code, call or practice id
};

inline constexpr float kPresenterScale = 2.0f;  // fonts twice as large: readable from the back of a room

// Everything the screen shows, as explicit state. Views read it and change it only in response
// to the user's input; loading and other I/O happen outside (main.cpp).
struct App {
  Dataset data;
  // Search, facets and sort over the loaded exports; rebuilt when an export is replaced
  // (rebuildQueries). The call query also decides which calls the map shows.
  CallQuery callQuery;
  PracticeQuery practiceQuery;
  View view = View::Map;
  std::string search;           // the top bar's search box, applied to calls and practices
  bool focusSearch = false;     // intent: put the keyboard focus in the search box
  ScreenRect searchRect;        // where the search box is (the touch keyboard needs it)
  std::size_t visiblePractices = 0;
  Date today;                 // for statuses and countdowns; set by the platform clock at start
  int filesPending = 0;       // bundled exports and the map still downloading
  std::optional<MapAsset> map;
  std::string mapError;       // why the map could not be shown
  MapView mapView;
  ScreenRect mapArea;         // where the map was last drawn (CSS px)
  float detailsWidth = 0;     // width of the details panel lying over the map's right side
  std::string hover;          // place under the pointer (NUTS or country code)
  std::optional<bool> legendOpen;  // the user's choice; unset = by screen width
  std::string keyboardPlace;  // country in keyboard focus (Tab), opened with Enter
  Selection selection;
  std::string focusedCall;    // call whose flows to its destinations are drawn
  std::vector<int> visibleCalls;  // indices into data.calls after search and filters, in view order
  std::uint64_t visibleRevision = ~0ULL;
  std::uint64_t visibleCallsVersion = 0;  // bumped whenever visibleCalls changes
  // Best status of the visible calls per map region (all levels), derived from visibleCalls and
  // kept until they change: the map needs it every frame, computing it is regions × calls.
  std::vector<std::optional<CallStatus>> regionStatus;
  std::uint64_t regionStatusVersion = ~0ULL;
  double pinchFactor = 1.0;   // input: two-finger zoom since the last frame, around pinchCentre
  ScreenPoint pinchCentre;
  std::vector<StateSnapshot::Target> targets;  // clickable details items drawn this frame (state hook)
  std::vector<std::string> flows;                       // drawn this frame, "ES61>PT"
  bool wantsFilePicker = false;
  bool wantsCopyLink = false;     // intent: copy the link to this view  // intent: let the user choose export files
  std::string pendingLink;    // intent: open this link in a new tab (main.cpp asks the platform)
  // Intent: the browser downloads this file after the frame (main.cpp asks the platform).
  struct Download {
    std::string name, mime, bytes;
  };
  std::optional<Download> pendingDownload;
  std::string selectedPractice;  // the practice open in the Practices tab's details panel
  std::optional<bool> practiceFiltersOpen, callFiltersOpen;  // unset: decided by screen width
  // Time to recompute a query's result (search + facet counts + sort), per recomputation.
  struct QueryTiming {
    std::uint64_t revision = ~0ULL;
    std::vector<double> samples;  // the most recent ones, milliseconds
  };
  QueryTiming practiceTiming, callTiming;
  bool showDataPanel = false; // sources and diagnostics
  bool showHelp = false;
  Theme theme = Theme::Light;
  bool presenter = false;     // projector view: larger, high contrast, full screen
  float uiScale = 1.0f;       // follows presenter (kPresenterScale) — set by main.cpp
  bool displayChanged = false;  // intent: theme or presenter toggled; main.cpp applies and saves it
  bool ready = false;         // first frame drawn once the bundled data arrived (or failed)
};

void drawApp(App& app);
// Re-indexes the queries after data.calls / data.practices changed (search, filters, sort kept).
void rebuildQueries(App& app);
// Fills the parts of the state-hook snapshot that the UI owns.
void describe(const App& app, StateSnapshot& out);

}  // namespace alma::ui
