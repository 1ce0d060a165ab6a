#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace alma {

// What a person currently sees, as published to browser tests by window.almaState()
// (shared/docs/state-hook.md). Filled by the UI from its state each time it is asked; it is a copy,
// so reading it can never change the app.
struct StateSnapshot {
  struct DataFile {
    bool present = false;  // false until an export of this kind was accepted
    int loaded = 0, rejected = 0;
    std::string source, exported;
    std::string from;  // another site's host it came from by link (the banner says so); empty: this site's
  };
  struct SortKey {
    std::string column;
    bool descending = false;
  };
  struct MapState {
    double centerX = 0, centerY = 0, zoom = 1;
    int level = 0;
    std::vector<std::string> flows;  // drawn sending → receiving arrows, "ES61>PT"
  };
  // A clickable item drawn this frame: what it is and where it is on screen (CSS px), so a test
  // can click it like a person would.
  struct Target {
    // "button" (top bar, panels), "call" (a card's title: selects it, draws its flows), "link"
    // (opens url), "row", "column" (a header), "facet", "chip", "legend" (status/level toggles)
    std::string kind;
    std::string id, url;
    float x = 0, y = 0, w = 0, h = 0;
  };
  // A table cell drawn this frame: its row ("header" for the header row), its column, and how its
  // text was shown: "whole", "wrapped" (onto more lines) or "ellipsised" (ends with "…").
  struct Cell {
    std::string row, column, fit;
  };
  // The last "Save map as image": its size in pixels and where its legend is (picture pixels).
  struct Picture {
    int width = 0, height = 0;
    float legend[4] = {0, 0, 0, 0};
  };
  struct Display {
    int cssWidth = 0, cssHeight = 0, canvasWidth = 0, canvasHeight = 0;
    float pixelRatio = 1;
  };
  struct Font {
    std::string family;
    float sizePx = 0;        // CSS pixels at the current UI scale
    float rasterPx = 0;      // pixels the atlas was rasterised at (size × devicePixelRatio)
    std::string sample;      // the multilingual line shown on screen
    int missingGlyphs = 0;   // code points of `sample` the loaded font cannot draw
  };
  struct Language {
    std::string code = "en";    // the interface language now (<html lang>)
    std::string chosen;         // chosen by menu or link ("" = the visitor's own)
    std::string pending;        // a catalog being fetched
    int missingGlyphs = 0;      // code points of the language's catalog the font cannot draw
    int englishFallbacks = 0;   // keys the language's catalog lacks, shown in English
  };

  Language language;
  std::uint64_t frame = 0;
  bool idle = false;  // nothing left to draw: the screen is settled until the next event
  bool ready = false;
  std::string view = "map";
  DataFile calls, practices;
  int diagnostics = 0;
  std::string search;
  std::map<std::string, std::vector<std::string>> filters;
  int visibleCalls = 0, visiblePractices = 0;
  std::vector<SortKey> sort;
  std::string selectedKind, selectedId;  // empty = nothing selected (null in JSON)
  std::vector<std::string> details;
  std::string hover;
  std::optional<MapState> map;           // absent while no map is on screen
  float uiScale = 1;
  std::string theme = "light";
  bool presenter = false;
  bool typing = false;  // a text field has the caret (keys go to it)
  std::string fragment;
  std::string panel;  // an open dialog ("data" = sources and problems); empty = none
  Display display;
  Font font;
  std::vector<Target> targets;
  std::vector<Cell> cells;
  Picture picture;
  std::vector<Target> panels;  // the screen's windows and boxes (kind "panel"): none may overlap another
  double frameMs = 0;  // CPU time of the last frame (build + submit), for benchmarks
  double buildMs = 0;  // the part of frameMs spent building the ImGui frame (the rest: GL submission)
  double memoryBytes = 0;  // wasm linear memory + JS heap in use (benchmarks: memory at 100k records)
  bool preparing = false;  // search indexes or sort keys are still being made when the page is idle
  // Recomputing a table query's result (search + facet counts + sort) after a change, over the
  // most recent recomputations (e.g. one per keystroke).
  struct QueryTiming {
    double lastMs = 0, medianMs = 0, maxMs = 0;
    int samples = 0;
    bool shownRevision = false;  // the latest result has been painted, at shownAtMs (performance.now())
    double shownAtMs = 0;
    unsigned long long shownFrame = 0;  // by that frame (its number, as "frame" counts)
  };
  QueryTiming practiceQuery, callQuery;
};

std::string toJson(const StateSnapshot&);

}  // namespace alma
