#include "ui/labels.hpp"
#include "ui/tables/filter_panel.hpp"

#include <algorithm>

#include "core/model/format.hpp"
#include "ui/derived.hpp"
#include "ui/palette.hpp"
#include "ui/text_fit.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

namespace {

// One facet value as a full-width clickable line: box, label (wrapped onto up to three lines, then
// "…" with the full text on hover), count right-aligned. A Selectable rather than a Checkbox so the
// whole line is the click target.
void facetLine(App& app, QueryEngine& q, const FacetUi& fu, std::uint32_t v, std::uint32_t count) {
  constexpr int kMaxLines = 3;
  const FacetValue& value = q.facet(fu.facet).values[v];
  const bool selected = q.isSelected(fu.facet, v);
  const float width = ImGui::GetContentRegionAvail().x;
  const float h = ImGui::GetTextLineHeight(), box = h * 0.7f, pad = (h - box) * 0.5f;
  std::string name = value.shown();
  if (!value.known) name = trf("filter.other_value", {{"value", name}});  // outside the vocabulary, kept as written
  const std::string n = withThousands(count);
  const float nw = ImGui::CalcTextSize(n.c_str()).x;
  const float room = width - (box + 8) - (nw + 8);
  const int lines = wrappedLines(name, room, kMaxLines);
  ImGui::PushID(static_cast<int>(v));
  if (ImGui::Selectable("##v", selected, 0, ImVec2(width, h * static_cast<float>(lines)))) q.toggleFacetValue(fu.facet, v);
  publishTarget(app, "facet", q.facet(fu.facet).name + "=" + value.value);
  const ImVec2 p0 = ImGui::GetItemRectMin(), p1 = ImGui::GetItemRectMax();
  const bool visible = ImGui::IsItemVisible();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool dim = count == 0 && !selected;
  const ImU32 text = ImGui::GetColorU32(dim ? ImGuiCol_TextDisabled : ImGuiCol_Text);
  const ImVec2 b0(p0.x + 2, p0.y + pad), b1(b0.x + box, b0.y + box);
  if (selected) dl->AddRectFilled(b0, b1, ImGui::GetColorU32(ImGuiCol_CheckMark), 2);
  else dl->AddRect(b0, b1, text, 2);
  const Painted shown = paintWrapped(dl, ImVec2(b1.x + 6, p0.y), room, name, kMaxLines, text);
  dl->AddText(ImVec2(p1.x - nw - 2, p0.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), n.c_str());
  if (ImGui::IsItemHovered() && (shown.fit == CellFit::Ellipsised || !value.known))
    ImGui::SetTooltip("%s%s%s", value.shown().c_str(), value.known ? "" : "\n", value.known ? "" : tr("filter.other_value_tip").c_str());
  if (visible) app.frame.cells.push_back({q.facet(fu.facet).name + "=" + value.value, "facet", cellFitName(shown.fit)});
  ImGui::PopID();
}

void yearRange(QueryEngine& q, const QueryResult& r) {
  if (!r.years.minYear || !r.years.maxYear) return;
  ImGui::SetNextItemOpen(true, ImGuiCond_Once);
  if (!ImGui::CollapsingHeader(label("filter.period"))) return;
  const int lo = *r.years.minYear, hi = std::max(*r.years.maxYear, lo);
  YearFilter y = q.years();
  int from = std::clamp(y.from.value_or(lo), lo, hi), to = std::clamp(y.to.value_or(hi), lo, hi);
  bool changed = false;
  ImGui::SetNextItemWidth(-1);
  changed |= ImGui::SliderInt("##from", &from, lo, hi, trf("filter.from", {{"year", "%d"}}).c_str());
  ImGui::SetNextItemWidth(-1);
  changed |= ImGui::SliderInt("##to", &to, lo, hi, trf("filter.to", {{"year", "%d"}}).c_str());
  if (changed) {
    if (from > to) std::swap(from, to);
    // The full span means "no range": undated records stay visible.
    y.from = from == lo ? std::nullopt : std::optional<int>(from);
    y.to = to == hi ? std::nullopt : std::optional<int>(to);
    q.setYears(y);
  }
  if (y.active() && r.years.undated > 0) {
    bool keep = y.keepUndated;
    if (ImGui::Checkbox(label(trn("filter.include_undated", static_cast<long long>(r.years.undated)), "undated").c_str(), &keep)) {
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
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("filter.show").c_str());
    return;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("filter.title").c_str());
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::GetFrameHeight());
  if (ImGui::Button("«##filters", ImVec2(ImGui::GetFrameHeight(), 0))) open = false;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("filter.hide").c_str());
  for (const FacetUi& fu : facets) {
    ImGui::PushID(fu.facet);
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    if (ImGui::CollapsingHeader(label(fu.title))) {
      const auto& counts = r.facetCounts[static_cast<std::size_t>(fu.facet)];
      for (std::uint32_t v : q.facet(fu.facet).listOrder()) {
        if (v >= counts.size()) continue;
        if (fu.hideZero && counts[v] == 0 && !q.isSelected(fu.facet, v)) continue;
        facetLine(app, q, fu, v, counts[v]);
      }
    }
    ImGui::PopID();
  }
  if (years) yearRange(q, r);
}

bool drawFilterChips(App& app, QueryEngine& q, std::span<const FacetUi> facets, bool extraChips) {
  bool any = extraChips;
  if (!q.searchText().empty()) {
    any = true;
    if (chip(app, trf("filter.search_chip", {{"search", q.searchText()}}), "search")) setSearch(app.view, "");
  }
  for (const ActiveFilter& f : q.activeFilters()) {
    // Only facets the panel shows get chips (a region chosen elsewhere has its own chip).
    const auto shown = std::find_if(facets.begin(), facets.end(), [&](const FacetUi& fu) { return fu.facet == f.facet; });
    if (f.facet >= 0 && shown == facets.end()) continue;
    any = true;
    const std::string id = f.facet < 0 ? std::string("years") : q.facet(f.facet).name + "=" + q.facet(f.facet).values[f.value].value;
    if (chip(app, f.label, id)) q.removeFilter(f);
  }
  if (!any) return false;
  const bool clear = ImGui::SmallButton(label("filter.clear_all"));
  publishTarget(app, "button", "clear-all");
  if (clear) {
    q.clearFilters();
    setSearch(app.view, "");
  }
  return clear;
}

}  // namespace alma::ui
