#pragma once
// Which ALMA calls belong to a place on the map, and what the map says about that place:
// calls per status, the best status (for shading), the nearest open deadline.
//
// A place is a country ("ES") or a NUTS region ("ES61", "DE1"). A call covers a place when
//  - it is a national call of that country (it covers every region of it), or
//  - its region code and the place id are on one NUTS branch (a DE1 call covers DE11…DE14, and
//    the country DE; an ES61 call covers ES6 and ES).
// EU-level calls (country "EU") belong to no place: the map shows them apart.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.hpp"

namespace alma {

struct PlaceSummary {
  int open = 0, planned = 0, closed = 0, unknown = 0;
  std::optional<Date> nearestDeadline;  // earliest `closes` among open calls
  std::vector<int> calls;               // indices into the calls vector, in input order
  int total() const { return open + planned + closed + unknown; }
};

// The shading rule: open beats planned beats closed beats unknown; no calls → nullopt.
std::optional<CallStatus> bestStatus(const PlaceSummary&);

// Whether `call` covers the place `placeId` (country code or NUTS code).
bool callCoversPlace(const Call& call, std::string_view placeId);

// Summary of the `visible` calls (indices into `calls`) that cover `placeId`.
PlaceSummary summarisePlace(const std::vector<Call>& calls, const std::vector<int>& visible,
                            std::string_view placeId, Date today);

}  // namespace alma
