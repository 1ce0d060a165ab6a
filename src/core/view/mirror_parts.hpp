#pragma once
// The building blocks of the accessible mirror (mirror.hpp): elements, buttons, facet fieldsets,
// filter chips, record tables, fact lists, call articles, the details panel. Internal to
// core/view (mirror.cpp assembles the views from them).
#include <algorithm>
#include <cctype>
#include <span>
#include <string>
#include <vector>

#include "core/i18n/messages.hpp"
#include "core/map/call_places.hpp"
#include "core/model/format.hpp"
#include "core/model/record_facts.hpp"
#include "core/query/practice_query.hpp"
#include "core/view/mirror.hpp"

namespace alma::mirror {

MirrorNode el(std::string tag, std::string text = "", std::string key = "");
MirrorNode button(std::string text, std::string act, std::string arg = "", std::string target = "");
std::string count(const char* key, std::size_t n);  // a counted message: count("count.calls", 3)
std::string statusCounts(const PlaceSummary& s);
std::string placeName(const std::string& label, const PlaceSummary& s, Date today);
MirrorNode checkbox(const std::string& label, bool checked, std::string arg, std::string target);
// `targetKind`: what the canvas counterpart of a value is ("facet" in the filter panel, "legend" on
// the map, where the target id is the value alone).
MirrorNode facetFieldset(QueryEngine& q, const char* table, int facet, const std::string& legend, bool hideZero,
                         const char* targetKind = "facet");
MirrorNode periodFieldset(PracticeQuery& q);
void chips(MirrorNode& parent, QueryEngine& q, const char* table, bool anyExtra);
MirrorNode factList(const std::vector<Fact>& facts);
MirrorNode officialLink(const std::string& url, const std::string& text, const std::string& target);
MirrorNode callArticle(const Call& c, Date today, bool onMap, bool focused);
MirrorNode detailsPanel(const std::string& title, const std::string& key);

// A table of the first `rows` rows: caption, th scope=col with aria-sort, rows that open details.
template <class Query, class Text>
MirrorNode recordTable(Query& q, const std::vector<std::uint32_t>& rows, std::size_t shown, const char* noun,
                       std::span<const char* const> ids, const char* (*header)(int), const std::string& open, Text text) {
  MirrorNode section = el("section", "", "results");
  const std::string which(noun);  // "calls" or "practices": the messages of its table
  section.attr("id", "a11y-results").attr("tabindex", "-1").attr("aria-label", i18n::tr("mirror.table." + which));
  MirrorNode& table = section.add(el("table"));
  std::string caption = i18n::trf("mirror.caption." + which, {{"shown", withThousands(static_cast<long long>(rows.size()))},
                                                             {"all", withThousands(static_cast<long long>(q.recordCount()))}});
  if (!q.sort().empty()) {
    const SortKey& k = q.sort().front();
    caption += i18n::trf(k.descending ? "mirror.sorted_descending" : "mirror.sorted_ascending", {{"column", header(k.column)}});
  }
  if (shown < rows.size()) caption += i18n::trn("mirror.first_listed", static_cast<long long>(shown));
  table.add(el("caption", caption));
  MirrorNode& head = table.add(el("thead")).add(el("tr"));
  for (std::size_t c = 0; c < ids.size(); ++c) {
    MirrorNode& th = head.add(el("th", "", ids[c]));
    th.attr("scope", "col");
    for (std::size_t k = 0; k < q.sort().size(); ++k)
      if (q.sort()[k].column == static_cast<int>(c) && k == 0) th.attr("aria-sort", q.sort()[k].descending ? "descending" : "ascending");
    th.add(button(header(static_cast<int>(c)), "sort", ids[c], std::string("column:") + ids[c]));
  }
  MirrorNode& body = table.add(el("tbody"));
  for (std::size_t i = 0; i < std::min(shown, rows.size()); ++i) {
    const std::uint32_t index = rows[i];
    const std::string id = q.record(index).id;
    MirrorNode& tr = body.add(el("tr", "", id));
    for (std::size_t c = 0; c < ids.size(); ++c) {
      MirrorNode& td = tr.add(el(c == 0 ? "th" : "td"));
      if (c == 0) {
        td.attr("scope", "row");
        MirrorNode& b = td.add(button(text(index, 0), "row", id, "row:" + id));
        b.attr("aria-expanded", open == id ? "true" : "false");
      } else {
        td.text = text(index, static_cast<int>(c));
      }
    }
  }
  if (shown < rows.size())
    section.add(button(i18n::trn("mirror.more." + which, static_cast<long long>(std::min(kMirrorPage, rows.size() - shown))), "more"));
  return section;
}

}  // namespace alma::mirror
