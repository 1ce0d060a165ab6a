#pragma once
// The view state: exactly what a link describes — the tab, the search, the filters and sort, the
// selection and the map's position. Every view reads this one state (the ImGui views, the state
// hook, the address bar), and user intents change it through the functions below, each written
// once. Filters and sort are kept by the two queries that apply them (they index the records).
#include <string>

#include "core/map/viewport.hpp"
#include "core/query/call_query.hpp"
#include "core/query/practice_query.hpp"
#include "core/view/link_state.hpp"

namespace alma {

enum class Tab { Map, Calls, Practices };
const char* tabId(Tab);  // "map", "calls", "practices"

enum class SelectionKind { None, Country, Region, Call, Practice };
const char* selectionKindId(SelectionKind);  // "country", "region", "call", "practice"; "" for None
struct Selection {
  SelectionKind kind = SelectionKind::None;
  std::string id;  // country code ("ES", "EU" for EU-level calls), NUTS code, call or practice id
  friend bool operator==(const Selection&, const Selection&) = default;
};

struct ViewState {
  Tab tab = Tab::Map;
  std::string search;        // one search box for both tables; setSearch keeps the queries in step
  Selection selection;       // on the map: a country, region or call (narrows the call list too)
  std::string focusedCall;   // the call whose flows are drawn and whose card is open in the list
  std::string openPractice;  // the practice open in the Practices tab's details
  MapView map;
  CallQuery calls;           // search, filters and sort of the call list (and of the map)
  PracticeQuery practices;   // search, filters and sort of the practice table
  std::string language;      // the interface language chosen (menu or link): "de"; empty = the visitor's own
};

// ---- intents (each written once; views call these rather than editing fields)
void setSearch(ViewState&, std::string text);  // the box's text and both queries' search
void clearSelection(ViewState&);               // nothing selected on the map, no focused call
void selectPlace(ViewState&, SelectionKind kind, std::string id);  // country or region; no focused call
void selectCall(ViewState&, const std::string& callId);  // the call on the map, with its flows
void focusCall(ViewState&, const std::string& callId);   // toggles the list's open call
void showCallOnMap(ViewState&, const Call&);              // Map tab, its region (or country), flows
void showPracticeOnMap(ViewState&, const Practice&);      // Map tab, its country outlined
void clearSearchAndFilters(ViewState&);                   // both queries: filters and search
void chooseLanguage(ViewState&, std::string code);        // the interface language (the view stays as it is)

// The map place narrowing the call list: a selected country ("EU" = EU-level calls) or region.
std::string mapPlace(const ViewState&);

// ---- links (core/view/link_state.hpp holds the fragment's syntax)
LinkState toLink(const ViewState&);
// Applies what it can: unknown facets, values or columns of an old or hand-edited link are
// skipped; old spellings of facet and column ids ("stages", "region---city") are understood.
void applyLink(ViewState&, const LinkState&);
// The part of a link whose change is a step worth going Back to (not map moves or typing).
std::string meaningfulPart(LinkState);

}  // namespace alma
