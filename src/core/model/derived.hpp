#pragma once
// Facts the UI derives from records: effective status, days left, labels for codes.
#include <optional>

#include "core/model/countries.hpp"  // countryNameEnglish / countryNameNative / countryLabel
#include "core/model/model.hpp"
#include "core/model/vocab.hpp"      // vocabLabel

namespace alma {

// A status the call gives ("planned"/"open"/"closed", any case) wins. Otherwise (absent or outside
// the vocabulary) it is derived from opens/closes: before opens → Planned, after closes → Closed,
// otherwise Open when at least one of them is known. A partial `opens` means its first day
// ("2024-05" → 2024-05-01), a partial `closes` its last day ("2024" → 2024-12-31), and the
// closing day itself still counts as open. No status and no dates → Unknown.
CallStatus effectiveStatus(const Call&, Date today);
const char* statusName(CallStatus);   // id: "planned" / "open" / "closed" / "unknown"
const char* statusLabel(CallStatus);  // what people read: "Open", "Planned", "Closed", "Status unknown"

// Calendar days from `from` to `to` (negative when `to` is earlier). Partial dates stand for their
// whole period: `from` its first day, `to` its last day (a deadline "2024-05" runs to 05-31).
// Nothing when either date is not a real date.
std::optional<int> daysUntil(Date from, Date to);

// "closes in N days": days from today to the call's closing date; nothing when no `closes`.
std::optional<int> daysUntilClose(const Call&, Date today);

// The level the call shows: its own when known, else the contract's default rule
// (regional if region given, eu if country is EU, else national).
CallLevel effectiveLevel(const Call&);

}  // namespace alma
