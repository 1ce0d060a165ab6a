#pragma once
// The facts a record's card lists, in order, with human labels and values: one list for the
// ImGui cards and the accessible mirror, so both always say the same.
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace alma {

struct Fact {
  const char* label;
  std::string value;
  std::optional<std::string> link;  // a contact that can be opened (mailto:, http:, https:)
};

// Dates, Authority, Programme, Region, Level, Budget, Participants, Stay abroad, Destinations,
// Funding, Target group, Web page (a link that is not safe to open, shown as text), Contact, Notes.
// Empty values are left out.
std::vector<Fact> callFacts(const Call& c, Date today);
// Country, Partners, Region / city, Organisation, Period, Stages, Themes, Target groups, Funds,
// Web page (when not safe to open), Contact.
std::vector<Fact> practiceFacts(const Practice& p);

// "opens 3 May 2026 · closes 12 June 2026 (closes in 12 days)".
std::string callDates(const Call& c, Date today);
// A call's title as shown: its own-language title (title_original) when the interface speaks a
// language of the call's country, else the published title. titleLanguage: the shown title's
// language where known ("cs"; "" when not known), for lang attributes of the accessible page.
const std::string& shownTitle(const Call& c);
std::string titleLanguage(const Call& c);
// "2018 – 2021", "since 2019", "until 2028", or "" when undated (table cell).
std::string practicePeriod(const Practice& p);
// "1 April 2018 – 31 March 2021", "since 2019 (ongoing)".
std::string practicePeriodLong(const Practice& p);

}  // namespace alma
