#pragma once
// The accessible mirror: what the screen shows, as a tree of plain semantic HTML elements built
// from the view state and the data (never from ImGui widgets), for screen readers, keyboards and
// magnifiers (docs/accessibility.md). The page renders the tree with createElement/textContent
// only — data never becomes markup — and turns the elements' actions back into view intents.
//
// Conventions the page relies on (web/index.html renders, platform/browser_web.cpp forwards):
//   data-act / data-arg  what activating the element does: "tab" map|calls|practices, "search"
//                        (the input's value), "facet" calls|practices:facetId=value, "place" code,
//                        "row" record id, "sort" columnId, "more", "close", "chip" …
//   data-target          the canvas counterpart "kind:id" (a click target of the state hook); the
//                        canvas draws the focus indicator there while the element has the focus
//   data-focus           this element takes the focus when it appears (a details heading)
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/map/map_asset.hpp"
#include "core/model/dataset.hpp"
#include "core/view/view_state.hpp"

namespace alma {

struct MirrorNode {
  std::string tag;   // one of the tags the page allows (div, section, button, table, …)
  std::string key;   // stable among its siblings, so re-rendering keeps the focus where it is
  std::vector<std::pair<std::string, std::string>> attrs;
  std::string text;  // text content (set as text, never parsed)
  std::vector<MirrorNode> children;

  MirrorNode& attr(std::string name, std::string value) {
    attrs.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  MirrorNode& add(MirrorNode child) {
    children.push_back(std::move(child));
    return children.back();
  }
};

struct Mirror {
  MirrorNode root;
  std::string status;       // what the polite live region says once changes settle
  std::string canvasLabel;  // the canvas's text alternative
};

struct MirrorOptions {
  bool dataPanel = false, help = false;  // the canvas dialogs that are open
  std::size_t rows = 50;                 // table rows published ("Show more" adds a page)
  bool presenter = false, dark = false;
  int textScalePercent = 100;
  std::string otherSiteWarning;  // data shown from another site by link: said at the top
};

inline constexpr std::size_t kMirrorPage = 50;

Mirror buildMirror(ViewState& view, const Dataset& data, const MapAsset* map, Date today, const MirrorOptions& options);
std::string toJson(const Mirror&);

}  // namespace alma
