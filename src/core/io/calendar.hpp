#pragma once
// Calls' deadlines as an iCalendar file (RFC 5545) that calendar apps import: one all-day event
// on the closing day per call, with a reminder a week before.
//
// Decisions:
// - A partial deadline ("2024-05", "2024") is put on its last day, as the atlas counts it
//   (derived.hpp), and the description says how it was given.
// - DTSTAMP is the `stampUtc` passed in (seconds since 1970-01-01 UTC: when the file is made), so
//   the same calls and stamp always give the same bytes.
// - UID is "<call id>@alma-atlas" with every byte of the id outside [A-Za-z0-9._~-] written as
//   %XX: stable per call, so importing a newer file updates the event instead of adding another.
// - URL only for http(s) links that isSafeLink accepts; the description names the country and
//   repeats the link. Data is only ever TEXT: escaped (§3.3.11), controls dropped, invalid UTF-8
//   replaced by U+FFFD, so a title cannot add lines or properties.
// - CRLF line ends, lines folded at 75 octets (§3.1) between UTF-8 characters.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/model/model.hpp"

namespace alma {

struct Calendar {
  std::string text;         // a whole VCALENDAR; empty when no call had a deadline
  std::size_t events = 0;   // calls included (those with `closes`)
};

// One VCALENDAR with one VEVENT per call that has a deadline, in the given order.
Calendar deadlinesCalendar(std::span<const Call> calls, std::int64_t stampUtc);
// The same for a table's view: records[rows[i]] in row order (rows out of range are skipped).
Calendar deadlinesCalendar(std::span<const Call> records, std::span<const std::uint32_t> rows,
                           std::int64_t stampUtc);
// One call's deadline; nothing when the call has none.
std::optional<std::string> deadlineCalendar(const Call& call, std::int64_t stampUtc);

// Download names: "alma-deadline-<id>.ics" (letters, digits and '_' of the id kept, every run of
// other bytes one '-', none at either end, at most 60 bytes; "alma-deadline.ics" when nothing is
// left) and "alma-deadlines.ics".
std::string deadlineFileName(std::string_view callId);
inline constexpr const char* kDeadlinesFileName = "alma-deadlines.ics";

// Building blocks, public for tests:
// TEXT value escaping (§3.3.11): \ ; , and newlines (CRLF, CR or LF → "\n"); other controls
// except TAB dropped; invalid UTF-8 bytes become U+FFFD.
std::string icsText(std::string_view value);
// One content line folded at 75 octets (CRLF + space before each continuation), never inside a
// UTF-8 character, ending with CRLF.
std::string icsFold(std::string_view line);

}  // namespace alma
