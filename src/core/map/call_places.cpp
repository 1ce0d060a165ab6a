#include "core/map/call_places.hpp"

#include "core/model/dates.hpp"
#include "core/model/derived.hpp"

namespace alma {

namespace {
bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// NUTS codes start with the country code (EL for Greece, as the loader writes it).
std::string_view countryOfPlace(std::string_view placeId) { return placeId.substr(0, 2); }
}  // namespace

std::optional<CallStatus> bestStatus(const PlaceSummary& s) {
  if (s.open) return CallStatus::Open;
  if (s.planned) return CallStatus::Planned;
  if (s.closed) return CallStatus::Closed;
  if (s.unknown) return CallStatus::Unknown;
  return std::nullopt;
}

bool callCoversPlace(const Call& call, std::string_view placeId) {
  if (call.country == "EU" || placeId.size() < 2 || countryOfPlace(placeId) != call.country) return false;
  const bool hasCode = call.region && call.region->code && !call.region->code->empty();
  if (!hasCode) return effectiveLevel(call) == CallLevel::National || placeId.size() == 2;
  const std::string_view code = *call.region->code;
  return startsWith(code, placeId) || startsWith(placeId, code);
}

PlaceSummary summarisePlace(const std::vector<Call>& calls, const std::vector<int>& visible, std::string_view placeId,
                            Date today) {
  PlaceSummary s;
  for (int i : visible) {
    const Call& c = calls[static_cast<std::size_t>(i)];
    if (!callCoversPlace(c, placeId)) continue;
    s.calls.push_back(i);
    switch (effectiveStatus(c, today)) {
      case CallStatus::Open:
        ++s.open;
        if (c.closes) {
          const Date deadline = lastDay(*c.closes);
          if (!s.nearestDeadline || daysFromCivil(deadline.year, deadline.month, deadline.day) <
                                        daysFromCivil(s.nearestDeadline->year, s.nearestDeadline->month,
                                                      s.nearestDeadline->day))
            s.nearestDeadline = deadline;
        }
        break;
      case CallStatus::Planned: ++s.planned; break;
      case CallStatus::Closed: ++s.closed; break;
      case CallStatus::Unknown: ++s.unknown; break;
    }
  }
  return s;
}

}  // namespace alma
