#include "core/model/format.hpp"

#include "core/i18n/messages.hpp"
#include "core/model/dates.hpp"

namespace alma {

// Every answer comes from the interface language's formats (core/i18n/formats.hpp): the browser's
// Intl on the web, plain English natively.
using i18n::messages;

std::string exportDate(const ExportInfo& info) {
  const auto date = parseDate(info.exported);
  return date ? humanDate(*date) : info.exported.empty() ? i18n::tr("date.unknown") : info.exported;
}

std::string dataAsOf(const ExportInfo* calls, const ExportInfo* practices) {
  auto asOf = [](const char* key, const ExportInfo* info) {
    return i18n::trf(key, {{"date", info ? exportDate(*info) : i18n::tr("data.not_loaded")}});
  };
  return asOf("data.calls_as_of", calls) + "  ·  " + asOf("data.practices_as_of", practices);
}

std::string exportDateShort(const ExportInfo& info) {
  const auto date = parseDate(info.exported);
  return date ? messages().formats().shortDate(*date) : exportDate(info);
}

std::string humanDate(const Date& d) { return messages().formats().date(d); }
std::string withThousands(long long n) { return messages().formats().number(n); }
std::string euros(double amount) { return messages().formats().money(amount); }

std::string daysLeftPhrase(int days) {
  const std::string when = messages().formats().relativeDays(days);
  return i18n::trf(days >= 0 ? "status.closes_when" : "status.closed_when", {{"when", when}});
}

}  // namespace alma
