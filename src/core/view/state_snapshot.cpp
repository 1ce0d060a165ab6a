#include "core/view/state_snapshot.hpp"

#include <nlohmann/json.hpp>

namespace alma {

namespace {
nlohmann::json nullIfEmpty(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

nlohmann::json dataFileJson(const StateSnapshot::DataFile& f) {
  if (!f.present) return {{"loaded", 0}, {"rejected", f.rejected}, {"source", nullptr}, {"exported", nullptr}};
  return {{"loaded", f.loaded}, {"rejected", f.rejected}, {"source", f.source}, {"exported", nullIfEmpty(f.exported)},
          {"from", nullIfEmpty(f.from)}};
}

nlohmann::json queryTimingJson(const StateSnapshot::QueryTiming& t) {
  return {{"last", t.lastMs}, {"median", t.medianMs}, {"max", t.maxMs}, {"samples", t.samples},
          {"shown", t.shownRevision}, {"shownAt", t.shownAtMs}, {"shownFrame", t.shownFrame}};
}
}  // namespace

std::string toJson(const StateSnapshot& s) {
  using nlohmann::json;
  json sort = json::array();
  for (const auto& k : s.sort) sort.push_back({{"column", k.column}, {"descending", k.descending}});
  json filters = json::object();
  for (const auto& [name, values] : s.filters) filters[name] = values;
  json map;
  if (s.map)
    map = {{"center", {s.map->centerX, s.map->centerY}}, {"zoom", s.map->zoom}, {"level", s.map->level},
           {"flows", s.map->flows}};
  json targets = json::array();
  for (const auto& t : s.targets)
    targets.push_back({{"kind", t.kind}, {"id", t.id}, {"url", t.url}, {"rect", {t.x, t.y, t.w, t.h}}});
  json panels = json::array();
  for (const auto& t : s.panels) panels.push_back({{"id", t.id}, {"rect", {t.x, t.y, t.w, t.h}}});
  json cells = json::array();
  for (const auto& c : s.cells) cells.push_back({{"row", c.row}, {"column", c.column}, {"fit", c.fit}});
  json j = {
      {"frame", s.frame},
      {"idle", s.idle},
      {"ready", s.ready},
      {"view", s.view},
      {"data", {{"calls", dataFileJson(s.calls)}, {"practices", dataFileJson(s.practices)}, {"diagnostics", s.diagnostics}}},
      {"search", s.search},
      {"filters", filters},
      {"visible", {{"calls", s.visibleCalls}, {"practices", s.visiblePractices}}},
      {"sort", sort},
      {"selected", {{"kind", nullIfEmpty(s.selectedKind)}, {"id", nullIfEmpty(s.selectedId)}}},
      {"details", s.details},
      {"hover", nullIfEmpty(s.hover)},
      {"map", map},
      {"ui", {{"scale", s.uiScale}, {"theme", s.theme}, {"presenter", s.presenter}, {"typing", s.typing}}},
      {"fragment", s.fragment},
      {"panel", nullIfEmpty(s.panel)},
      {"display", {{"cssWidth", s.display.cssWidth}, {"cssHeight", s.display.cssHeight},
                   {"canvasWidth", s.display.canvasWidth}, {"canvasHeight", s.display.canvasHeight},
                   {"pixelRatio", s.display.pixelRatio}}},
      {"targets", targets},
      {"cells", cells},
      {"picture", {{"width", s.picture.width}, {"height", s.picture.height},
                   {"legend", {s.picture.legend[0], s.picture.legend[1], s.picture.legend[2], s.picture.legend[3]}}}},
      {"panels", panels},
      {"perf", {{"frameMs", s.frameMs}, {"buildMs", s.buildMs}, {"memoryBytes", s.memoryBytes}, {"preparing", s.preparing}, {"queryMs", {{"practices", queryTimingJson(s.practiceQuery)},
                                                     {"calls", queryTimingJson(s.callQuery)}}}}},
      {"font", {{"family", s.font.family}, {"sizePx", s.font.sizePx}, {"rasterPx", s.font.rasterPx},
                {"sample", s.font.sample}, {"missingGlyphs", s.font.missingGlyphs}}},
      {"language", {{"code", s.language.code}, {"chosen", s.language.chosen}, {"pending", s.language.pending},
                    {"missingGlyphs", s.language.missingGlyphs}, {"englishFallbacks", s.language.englishFallbacks}}},
  };
  // Hostile data may hold invalid UTF-8 in ids; replace rather than fail (dump would abort).
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace alma
