#include "core/model/record_facts.hpp"

#include "core/model/countries.hpp"
#include "core/model/derived.hpp"
#include "core/model/format.hpp"
#include "core/model/links.hpp"
#include "core/model/vocab.hpp"

namespace alma {

namespace {
void add(std::vector<Fact>& out, const char* label, std::string value) {
  if (!value.empty()) out.push_back({label, std::move(value), std::nullopt});
}

void addContact(std::vector<Fact>& out, const std::optional<std::string>& contact) {
  if (contact && !contact->empty()) out.push_back({"Contact", *contact, contactLink(*contact)});
}

void addUnsafeUrl(std::vector<Fact>& out, const std::optional<std::string>& url) {
  if (url && !isSafeLink(*url)) add(out, "Web page", *url);  // shown as text, never opened
}
}  // namespace

std::string callDates(const Call& c, Date today) {
  std::string s;
  if (c.opens) s += "opens " + humanDate(*c.opens);
  if (c.closes) {
    if (!s.empty()) s += " · ";
    s += "closes " + humanDate(*c.closes);
    if (const auto days = daysUntilClose(c, today)) s += " (" + daysLeftPhrase(*days) + ")";
  }
  return s;
}

std::string practicePeriod(const Practice& p) {
  if (p.start && p.end) return std::to_string(p.start->year) + " – " + std::to_string(p.end->year);
  if (p.start) return "since " + std::to_string(p.start->year);
  if (p.end) return "until " + std::to_string(p.end->year);
  return "";
}

std::string practicePeriodLong(const Practice& p) {
  if (p.start && p.end) return humanDate(*p.start) + " – " + humanDate(*p.end);
  if (p.start) return "since " + humanDate(*p.start) + " (ongoing)";
  if (p.end) return "until " + humanDate(*p.end);
  return "";
}

std::vector<Fact> callFacts(const Call& c, Date today) {
  std::vector<Fact> out;
  add(out, "Dates", callDates(c, today));
  add(out, "Authority", c.authority.value_or(""));
  add(out, "Programme", c.programme.value_or(""));
  if (c.region) add(out, "Region", c.region->name.value_or(c.region->code.value_or("")));
  add(out, "Level", std::string(vocabLabel(VocabField::Level, c.level)));
  if (c.budget_eur) add(out, "Budget", euros(*c.budget_eur));
  if (c.participants) add(out, "Participants", withThousands(*c.participants) + " young people");
  if (c.stay_months)
    add(out, "Stay abroad", std::to_string(c.stay_months->min) +
                                (c.stay_months->min == c.stay_months->max ? "" : "–" + std::to_string(c.stay_months->max)) + " months");
  add(out, "Destinations", countryNames(c.destinations));
  if (c.funding_model) add(out, "Funding", std::string(vocabLabel(VocabField::FundingModel, *c.funding_model)));
  add(out, "Target group", c.target_group.value_or(""));
  addUnsafeUrl(out, c.url);
  addContact(out, c.contact);
  add(out, "Notes", c.notes.value_or(""));
  return out;
}

std::vector<Fact> practiceFacts(const Practice& p) {
  std::vector<Fact> out;
  add(out, "Country", countryLabel(p.country));
  add(out, "Partners", countryNames(p.partner_countries));
  add(out, "Region / city", p.region.value_or(""));
  add(out, "Organisation", p.organisation.value_or(""));
  add(out, "Period", practicePeriodLong(p));
  add(out, "Stages", vocabLabels(VocabField::Stage, p.stages));
  add(out, "Themes", vocabLabels(VocabField::Theme, p.themes));
  add(out, "Target groups", vocabLabels(VocabField::TargetGroup, p.target_groups));
  add(out, "Funds", vocabLabels(VocabField::Fund, p.funds));
  addUnsafeUrl(out, p.url);
  addContact(out, p.contact);
  return out;
}

}  // namespace alma
