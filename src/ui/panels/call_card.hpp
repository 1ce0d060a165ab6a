#pragma once
// One call's card: everything the record holds, with its status, dates ("closes in 12 days"), the
// official page (opened only when core says the link is safe: http, https, mailto) and a contact.
// The map's details panel lists cards; the Calls tab opens one beside the list.
#include "ui/app.hpp"

namespace alma::ui {

enum class CallCardIn {
  PlaceList,  // one of several under a place: the title selects the call and draws its flows
  CallList,   // the call opened from the list: a plain title and "Show on map"
};

void drawCallCard(App& app, const Call& c, CallCardIn where);

}  // namespace alma::ui
