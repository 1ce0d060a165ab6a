#pragma once
// Everything the screen shows, as a few plain structs with one owner each (docs/architecture.md):
//   data     — what was loaded (exports, map, problems); written only by main.cpp's loading code
//   view     — what a link describes (core/view/view_state.hpp); changed by the views' intents
//   screen   — panels, theme and presenter mode: how the screen is arranged, not what it shows
//   derived  — caches computed from data + view (ui/derived.hpp), recomputed whenever read stale
//   requests — what the views ask the platform to do after the frame (open a link, download…)
//   frame    — what this frame drew (click targets, flows, rectangles); cleared every frame
// Views read App and change it only in answer to input; I/O happens outside (main.cpp).
#include <optional>
#include <string>
#include <vector>

#include "core/map/map_asset.hpp"
#include "core/view/qr_code.hpp"
#include "core/model/dataset.hpp"
#include "core/view/state_snapshot.hpp"
#include "core/view/table_layout.hpp"
#include "core/view/view_state.hpp"
#include "ui/theme.hpp"

namespace alma::ui {

// Place names in every script the data uses; shown in the help, and the font must draw every one
// of them (checked through the state hook).
inline constexpr const char* kScriptSample =
    "Baden-Württemberg, Łódź, Île-de-France, Ελλάδα, България, Hrvatska, Česko, Região Autónoma dos Açores";

inline constexpr float kPresenterScale = 2.0f;  // fonts twice as large: readable from the back of a room

// Below this width (CSS px) panels stack instead of standing side by side.
inline constexpr float kNarrowWidth = 760.0f;

struct Data : Dataset {  // the exports shown and every problem found (core/model/dataset.hpp)
  std::optional<MapAsset> map;
  std::string mapError;  // why the map could not be shown
  int filesPending = 0;  // bundled exports and the map still downloading
  std::uint64_t revision = 0;  // bumped whenever an export or the map arrives
  Date today;            // for statuses and countdowns; the platform clock at start
};

struct Screen {
  Theme theme = Theme::Light;
  bool presenter = false;  // projector view: larger, high contrast, full screen
  float uiScale = 1.0f;    // the text size, at least kPresenterScale in presenter mode
  bool dataPanel = false;  // sources and problems
  bool help = false;
  bool share = false;          // the QR code of the view's link
  std::string shareLink;       // what it encodes (core/io/origins.hpp shareLink); "" = nothing to share
  bool shareFromFile = false;  // the page runs from a file: the link is the hosted address
  StateSnapshot::Picture lastPicture;  // the last map picture saved (state hook)
  std::optional<bool> legendOpen;  // the user's choice; unset = by screen width
  std::optional<bool> callFiltersOpen, practiceFiltersOpen;  // unset = by screen width
  std::string keyboardPlace;  // the place whose button in the accessible mirror has the focus (outlined)
  std::string mirrorFocus;    // the canvas counterpart ("kind:id") of the mirror's focused element
  std::size_t mirrorRows = 50;  // table rows the mirror lists ("Show more" adds a page)
  int textScalePercent = 100;   // the text-size setting: 100, 125, 150 or 200
  bool ready = false;         // the first frame with the bundled data (or why it is missing) is drawn
};

// Time to recompute a query's result (search + facet counts + sort), per recomputation.
struct QueryTiming {
  std::uint64_t revision = ~0ULL;
  std::vector<double> samples;  // the most recent ones, milliseconds
  // When the latest result was on screen: the page's clock (performance.now(), ms) once the frame
  // that first drew it had been painted (benchmarks: from a key press to what a visitor sees).
  std::uint64_t paintAsked = ~0ULL, shownRevision = ~0ULL;
  double shownAtMs = 0;
  unsigned long long shownFrame = 0;  // the number of the frame that drew it (state hook "frame")
};

// A record table's row heights (ui/tables/table_shell.cpp): rows wrap their text, so each record's
// height depends on the column widths and the text size; recomputed only when those change.
struct TableRows {
  std::vector<float> heights;      // per record (index into the query's records)
  std::vector<float> heightsFor;   // the content widths of the columns (0 = hidden), text size, record count
  const void* heightsRecords = nullptr;
  std::uint64_t heightsVersion = 0;
  RowLayout layout;                // the shown rows, in display order
  std::vector<std::uint32_t> layoutRows;
  std::uint64_t layoutVersion = ~0ULL;
  std::vector<float> fixedWidths;  // per column: the widest value of a fixed column (0: stretching)
  std::vector<float> fixedFor;     // text size, record count
  const void* fixedRecords = nullptr;
  std::vector<bool> defaultsShown;  // the columns last shown by default (reapplied when the width changes it)
  std::vector<bool> shownLast;      // the columns shown in the last frame
  std::vector<int> toggle;          // columns the "Columns" menu asked to show or hide
};

struct Derived {
  // Calls passing the call list's search and filters (indices into data.calls): what the map shows.
  std::vector<int> visibleCalls;
  std::uint64_t visibleFor = ~0ULL;  // the call query's result revision they were taken from
  std::uint64_t visibleVersion = 0;  // bumped whenever visibleCalls changes
  // Best status of the visible calls per map region: regions × calls to compute, needed every frame.
  std::vector<std::optional<CallStatus>> regionStatus;
  std::uint64_t regionStatusFor = ~0ULL;
  const MapAsset* regionStatusMap = nullptr;
  // The call list's rows: the query's rows narrowed to the place selected on the map.
  std::vector<std::uint32_t> listedCalls;
  std::uint64_t listedFor = ~0ULL;
  std::string listedPlace;
  const Call* listedBase = nullptr;
  // The practice open in the Practices tab, looked up once per change of id or data.
  const Practice* openPractice = nullptr;
  std::string openPracticeId;
  const Practice* openPracticeBase = nullptr;
  QueryTiming callTiming, practiceTiming;
  TableRows callRows, practiceRows;
  std::optional<QrMatrix> shareCode;  // of shareCodeFor
  std::string shareCodeFor;
};

struct Requests {  // set by a view during a frame, carried out by main.cpp after it
  bool focusSearch = false;     // put the caret in the search box (handled by the top bar)
  bool openFilePicker = false;  // let the user choose export files
  bool copyLink = false;        // copy the link to this view
  bool displayChanged = false;  // theme or presenter mode toggled: apply and remember it
  bool redraw = false;          // what was drawn changes what the next frame draws (the map's free area)
  bool saveMapImage = false;    // "Save map as image": a PNG of the map at 2×
  std::string openLink;         // open this link in a new tab
  struct Download {
    std::string name, mime, bytes;
  };
  std::optional<Download> download;  // hand this file to the browser
};

struct FrameOutput {
  std::vector<StateSnapshot::Target> targets;  // clickable items drawn this frame (state hook)
  std::vector<StateSnapshot::Cell> cells;      // table cells drawn this frame and how their text fit
  std::vector<StateSnapshot::Target> panels;   // windows and boxes drawn this frame ("legend", "zoom", …): none may overlap
  std::vector<std::string> flows;              // arrows drawn this frame, "ES61>PT"
  std::string hover;         // what the pointer is over on the map: a place code, or a call id (marker)
  ScreenRect searchRect;     // where the search box is (the touch keyboard needs it)
  ScreenRect mapArea;        // where the map was drawn (CSS px)
  float detailsWidth = 0;    // width of the details panel lying over the map's right side
  ScreenRect legendRect, euButtonRect;  // where the legend and the EU-level calls button were drawn (empty: not drawn)
  double pinchFactor = 1.0;  // input: two-finger zoom since the last frame, around pinchCentre
  ScreenPoint pinchCentre;
};

// The text-size setting's next step (100 → 125 → 150 → 200 → 100 %), WCAG 1.4.4.
inline int nextTextScale(int percent) { return percent < 125 ? 125 : percent < 150 ? 150 : percent < 200 ? 200 : 100; }

struct App {
  Data data;
  ViewState view;
  Screen screen;
  Derived derived;
  Requests requests;
  FrameOutput frame;
};

void drawApp(App& app);
// "The calls shown come from data.example.org, not from this site: …" when an export on screen was
// loaded by link from another site; "" otherwise. The canvas banner and the mirror both say it.
std::string otherSiteWarning(const Data& data);
// Re-indexes the queries after data.calls / data.practices changed (search, filters, sort kept).
void rebuildQueries(App& app);
// Fills the parts of the state-hook snapshot that the UI owns.
void describe(App& app, StateSnapshot& out);

}  // namespace alma::ui
