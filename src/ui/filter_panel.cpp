#include "ui/filter_panel.hpp"

#include <algorithm>
#include <chrono>

#include "core/format.hpp"
#include "ui/map_style.hpp"

namespace alma::ui {

const QueryResult& timedResult(App& app, QueryEngine& q) {
  // steady_clock is performance.now() under Emscripten: the in-browser figure the issue asks for.
  const auto t0 = std::chrono::steady_clock::now();
  const QueryResult& r = q.result();
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  App::QueryTiming& t = &q == &app.practiceQuery ? app.practiceTiming : app.callTiming;
  if (r.revision != t.revision) {  // recomputed this call (otherwise it was a cached read)
    t.revision = r.revision;
    if (t.samples.size() >= 256) t.samples.erase(t.samples.begin());
    t.samples.push_back(ms);
  }
  return r;
}

void publishTarget(App& app, const char* kind, const std::string& id, const std::string& url) {
  if (!ImGui::IsItemVisible()) return;  // scrolled out of its panel: not clickable now
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  app.targets.push_back({kind, id, url, a.x, a.y, b.x - a.x, b.y - a.y});
}

namespace {

// One facet value as a full-width clickable line: box, label (clipped, full text on hover), count
// right-aligned. A Selectable rather than a Checkbox so the whole line is the click target.
void facetLine(App& app, QueryEngine& q, const FacetUi& fu, std::uint32_t v, std::uint32_t count) {
  const FacetValue& value = q.facet(fu.facet).values[v];
  const bool selected = q.isSelected(fu.facet, v);
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::PushID(static_cast<int>(v));
  if (ImGui::Selectable("##v", selected, 0, ImVec2(width, 0))) q.toggleFacetValue(fu.facet, v);
  publishTarget(app, "facet", std::string(fu.key) + "=" + value.value);
  const ImVec2 p0 = ImGui::GetItemRectMin(), p1 = ImGui::GetItemRectMax();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool dim = count == 0 && !selected;
  const ImU32 text = ImGui::GetColorU32(dim ? ImGuiCol_TextDisabled : ImGuiCol_Text);
  const float h = ImGui::GetTextLineHeight(), box = h * 0.7f, pad = (h - box) * 0.5f;
  const ImVec2 b0(p0.x + 2, p0.y + pad), b1(b0.x + box, b0.y + box);
  if (selected) dl->AddRectFilled(b0, b1, map_style::kSelected, 2);
  else dl->AddRect(b0, b1, text, 2);
  const std::string n = withThousands(count);
  const float nw = ImGui::CalcTextSize(n.c_str()).x;
  std::string label = value.label;
  if (!value.known) label += " (other)";  // outside the vocabulary, kept as written by the loader
  const float lx = b1.x + 6, room = p1.x - nw - 8 - lx;
  const ImVec4 clip(lx, p0.y, lx + room, p1.y);
  dl->AddText(nullptr, 0, ImVec2(lx, p0.y), text, label.c_str(), nullptr, 0, &clip);
  dl->AddText(ImVec2(p1.x - nw - 2, p0.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), n.c_str());
  if (ImGui::IsItemHovered() && (ImGui::CalcTextSize(label.c_str()).x > room || !value.known))
    ImGui::SetTooltip("%s%s", value.label.c_str(), value.known ? "" : "\nNot in the export format's vocabulary: shown as written");
  ImGui::PopID();
}

void yearRange(QueryEngine& q, const QueryResult& r) {
  if (!r.years.minYear || !r.years.maxYear) return;
  ImGui::SetNextItemOpen(true, ImGuiCond_Once);
  if (!ImGui::CollapsingHeader("Period")) return;
  const int lo = *r.years.minYear, hi = std::max(*r.years.maxYear, lo);
  YearFilter y = q.years();
  int from = std::clamp(y.from.value_or(lo), lo, hi), to = std::clamp(y.to.value_or(hi), lo, hi);
  bool changed = false;
  ImGui::SetNextItemWidth(-1);
  changed |= ImGui::SliderInt("##from", &from, lo, hi, "from %d");
  ImGui::SetNextItemWidth(-1);
  changed |= ImGui::SliderInt("##to", &to, lo, hi, "to %d");
  if (changed) {
    if (from > to) std::swap(from, to);
    // The full span means "no range": undated records stay visible.
    y.from = from == lo ? std::nullopt : std::optional<int>(from);
    y.to = to == hi ? std::nullopt : std::optional<int>(to);
    q.setYears(y);
  }
  if (y.active() && r.years.undated > 0) {
    bool keep = y.keepUndated;
    const std::string label = "Include " + std::to_string(r.years.undated) + " without dates";
    if (ImGui::Checkbox(label.c_str(), &keep)) {
      y.keepUndated = keep;
      q.setYears(y);
    }
  }
}

}  // namespace

void drawFilterPanel(App& app, QueryEngine& q, std::span<const FacetUi> facets, bool years, bool& open) {
  const QueryResult& r = timedResult(app, q);
  if (!open) {
    if (ImGui::Button("»##filters", ImVec2(0, -1))) open = true;
    publishTarget(app, "button", "filters-open");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show filters");
    return;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Filters");
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::GetFrameHeight());
  if (ImGui::Button("«##filters", ImVec2(ImGui::GetFrameHeight(), 0))) open = false;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Hide filters");
  for (const FacetUi& fu : facets) {
    ImGui::PushID(fu.key);
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    if (ImGui::CollapsingHeader(fu.title)) {
      const auto& counts = r.facetCounts[static_cast<std::size_t>(fu.facet)];
      for (std::uint32_t v = 0; v < counts.size(); ++v) {
        if (fu.hideZero && counts[v] == 0 && !q.isSelected(fu.facet, v)) continue;
        facetLine(app, q, fu, v, counts[v]);
      }
    }
    ImGui::PopID();
  }
  if (years) yearRange(q, r);
}

bool chip(App& app, const std::string& label, const std::string& id) {
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFontSize());
  const bool clicked = ImGui::SmallButton((label + "  ×##" + id).c_str());
  ImGui::PopStyleVar();
  publishTarget(app, "chip", id);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this filter");
  ImGui::SameLine();
  return clicked;
}

void clearSearch(App& app) {
  app.search.clear();
  app.callQuery.setSearch("");
  app.practiceQuery.setSearch("");
}

bool drawFilterChips(App& app, QueryEngine& q, std::span<const FacetUi> facets, bool extraChips) {
  bool any = extraChips;
  if (!q.searchText().empty()) {
    any = true;
    if (chip(app, "Search: \"" + q.searchText() + "\"", "search")) clearSearch(app);
  }
  for (const ActiveFilter& f : q.activeFilters()) {
    // Only facets the panel shows get chips (a region chosen elsewhere has its own chip).
    const auto shown = std::find_if(facets.begin(), facets.end(), [&](const FacetUi& fu) { return fu.facet == f.facet; });
    if (f.facet >= 0 && shown == facets.end()) continue;
    any = true;
    const std::string id = f.facet < 0 ? std::string("years") : std::string(shown->key) + "=" + q.facet(f.facet).values[f.value].value;
    if (chip(app, f.label, id)) q.removeFilter(f);
  }
  if (!any) return false;
  const bool clear = ImGui::SmallButton("Clear all");
  publishTarget(app, "button", "clear-all");
  if (clear) {
    q.clearFilters();
    clearSearch(app);
  }
  return clear;
}

void syncSort(QueryEngine& q) {
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (!specs || !specs->SpecsDirty) return;
  // ImGui already applied click / shift-click (SortMulti) to its specs: pass them on as they are.
  SortSpec spec;
  for (int i = 0; i < specs->SpecsCount; ++i)
    spec.push_back({static_cast<int>(specs->Specs[i].ColumnUserID),
                    specs->Specs[i].SortDirection == ImGuiSortDirection_Descending});
  q.setSort(std::move(spec));
  specs->SpecsDirty = false;
}

void matchCount(std::size_t shown, std::size_t total, const char* noun) {
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%s of %s %s", withThousands(static_cast<long long>(shown)).c_str(),
              withThousands(static_cast<long long>(total)).c_str(), noun);
}

void emptyMessage(App& app, QueryEngine& q, std::span<const FacetUi> facets, const char* noun, int countryFacet) {
  const QueryResult& r = q.result();
  std::string what = std::string("No ") + noun;
  if (!q.searchText().empty()) what += " match '" + q.searchText() + "'";
  std::string in, with;
  for (const ActiveFilter& f : q.activeFilters()) {
    if (f.facet == countryFacet) in += (in.empty() ? " in " : " or ") + f.label;
    else with += (with.empty() ? " with " : ", ") + f.label;
  }
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted((what + in + with + ".").c_str());
  if (!q.searchText().empty() && r.searchMatches == 0) {
    ImGui::TextDisabled("Nothing matches the search on its own: check the spelling, or");
    if (ImGui::Button("Clear the search")) clearSearch(app);
    publishTarget(app, "button", "clear-search");
  } else if (q.anyFilter()) {
    if (!q.searchText().empty())
      ImGui::TextDisabled("%s match the search without filters.", withThousands(r.searchMatches).c_str());
    for (const FacetUi& fu : facets) {
      if (!q.hasSelection(fu.facet)) continue;
      std::string title = fu.title;
      if (!title.empty()) title[0] = static_cast<char>(title[0] - 'A' + 'a');  // "Clear the country filter?"
      const std::string label = "Clear the " + title + " filter?";
      if (ImGui::Button(label.c_str())) q.clearFacet(fu.facet);
      publishTarget(app, "button", std::string("clear-") + fu.key);
      ImGui::SameLine();
    }
    if (q.years().active() && ImGui::Button("Clear the period?")) q.setYears({});
    ImGui::NewLine();
  }
  ImGui::PopTextWrapPos();
}

void tableHeaders(App& app, std::span<const char* const> keys) {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < ImGui::TableGetColumnCount(); ++c) {
    if (!ImGui::TableSetColumnIndex(c)) continue;  // hidden
    ImGui::PushID(c);
    ImGui::TableHeader(ImGui::TableGetColumnName(c));
    publishTarget(app, "column", keys[static_cast<std::size_t>(c)]);
    ImGui::PopID();
  }
}

void tag(std::string_view text, int index) {
  // Soft background colours, dark text: readable on a projector in both themes.
  static constexpr ImU32 kTags[] = {IM_COL32(214, 234, 248, 255), IM_COL32(213, 245, 227, 255),
                                    IM_COL32(252, 243, 207, 255), IM_COL32(250, 219, 216, 255),
                                    IM_COL32(232, 218, 239, 255), IM_COL32(229, 232, 232, 255)};
  const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size());
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float padX = 4;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + size.x + 2 * padX, p.y + size.y), kTags[static_cast<std::size_t>(index) % 6], 3);
  dl->AddText(ImVec2(p.x + padX, p.y), IM_COL32(30, 30, 30, 255), text.data(), text.data() + text.size());
  ImGui::Dummy(ImVec2(size.x + 2 * padX, size.y));
  ImGui::SameLine(0, 3);
}

void statusTag(CallStatus s) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + h * 0.6f, p.y + h), map_style::statusColour(s), 2);
  ImGui::Dummy(ImVec2(h * 0.6f, h));
  ImGui::SameLine(0, 4);
  ImGui::TextUnformatted(map_style::statusLabel(s));
}

void fact(const char* label, std::string_view value) {
  if (value.empty()) return;
  ImGui::TextDisabled("%s", label);
  ImGui::SameLine(ImGui::GetFontSize() * 8.0f);
  ImGui::TextWrapped("%.*s", static_cast<int>(value.size()), value.data());
}

std::string vocabList(VocabField field, const std::vector<std::string>& values) {
  std::string s;
  for (const auto& v : values) s += (s.empty() ? "" : ", ") + std::string(vocabLabel(field, v));
  return s;
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
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close (Esc)");
  ImGui::Separator();
  return !closed;
}

void endSidePanel() { ImGui::EndChild(); }

}  // namespace alma::ui
