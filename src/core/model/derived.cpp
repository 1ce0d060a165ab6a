#include "core/model/derived.hpp"

#include "core/i18n/messages.hpp"
#include "core/model/dates.hpp"

namespace alma {

const char* statusName(CallStatus s) {
  switch (s) {
    case CallStatus::Planned: return "planned";
    case CallStatus::Open: return "open";
    case CallStatus::Closed: return "closed";
    case CallStatus::Unknown: return "unknown";
  }
  return "unknown";
}

const char* statusLabel(CallStatus s) {
  switch (s) {
    case CallStatus::Planned:
    case CallStatus::Open:
    case CallStatus::Closed: return vocabLabel(VocabField::Status, statusName(s)).data();  // a catalog string: NUL-ended
    case CallStatus::Unknown: break;
  }
  return i18n::tr("status.unknown").c_str();
}

CallStatus effectiveStatus(const Call& call, Date today) {
  if (call.status) {
    if (auto s = canonicalVocab(VocabField::Status, *call.status)) {
      if (*s == "planned") return CallStatus::Planned;
      if (*s == "open") return CallStatus::Open;
      return CallStatus::Closed;
    }
  }
  if (!call.opens && !call.closes) return CallStatus::Unknown;
  const Date t = firstDay(today);
  const long long now = daysFromCivil(t.year, t.month, t.day);
  if (call.opens) {
    const Date o = firstDay(*call.opens);
    if (now < daysFromCivil(o.year, o.month, o.day)) return CallStatus::Planned;
  }
  if (call.closes) {
    const Date c = lastDay(*call.closes);
    if (now > daysFromCivil(c.year, c.month, c.day)) return CallStatus::Closed;
  }
  return CallStatus::Open;
}

std::optional<int> daysUntil(Date from, Date to) {
  const Date f = firstDay(from), t = lastDay(to);
  if (!isValid(f) || !isValid(t)) return std::nullopt;
  return static_cast<int>(daysFromCivil(t.year, t.month, t.day) -
                          daysFromCivil(f.year, f.month, f.day));
}

std::optional<int> daysUntilClose(const Call& call, Date today) {
  if (!call.closes) return std::nullopt;
  return daysUntil(today, *call.closes);
}

CallLevel effectiveLevel(const Call& call) {
  if (auto l = canonicalVocab(VocabField::Level, call.level)) {
    if (*l == "regional") return CallLevel::Regional;
    if (*l == "eu") return CallLevel::Eu;
    return CallLevel::National;
  }
  if (call.region) return CallLevel::Regional;
  if (call.country == "EU") return CallLevel::Eu;
  return CallLevel::National;
}

}  // namespace alma
