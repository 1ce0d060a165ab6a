#include "core/model/record_facts.hpp"

#include "core/i18n/messages.hpp"
#include "core/model/countries.hpp"
#include "core/model/derived.hpp"
#include "core/model/format.hpp"
#include "core/model/links.hpp"
#include "core/model/vocab.hpp"

namespace alma {

using i18n::tr;
using i18n::trf;

namespace {
void add(std::vector<Fact>& out, const char* key, std::string value) {  // key: the label's message
  if (!value.empty()) out.push_back({tr(key).c_str(), std::move(value), std::nullopt});
}

void addContact(std::vector<Fact>& out, const std::optional<std::string>& contact) {
  if (contact && !contact->empty()) out.push_back({tr("fact.contact").c_str(), *contact, contactLink(*contact)});
}

void addUnsafeUrl(std::vector<Fact>& out, const std::optional<std::string>& url) {
  if (url && !isSafeLink(*url)) add(out, "fact.web_page", *url);  // shown as text, never opened
}
}  // namespace

namespace {
bool interfaceSpeaksCountry(const Call& c) {
  const std::string_view now = i18n::messages().language().code;
  for (std::string_view l : countryLanguages(c.country))
    if (l == now) return true;
  return false;
}
}  // namespace

const std::string& shownTitle(const Call& c) {
  return c.title_original && !c.title_original->empty() && interfaceSpeaksCountry(c) ? *c.title_original : c.title;
}

std::string titleLanguage(const Call& c) {
  if (&shownTitle(c) != &c.title) return std::string(i18n::messages().language().code);
  return "";  // the published title: often English, not always (the export does not say)
}

std::string callDates(const Call& c, Date today) {
  std::string s;
  if (c.opens) s += trf("dates.opens", {{"date", humanDate(*c.opens)}});
  if (c.closes) {
    if (!s.empty()) s += " · ";
    s += trf("dates.closes", {{"date", humanDate(*c.closes)}});
    if (const auto days = daysUntilClose(c, today)) s += " (" + daysLeftPhrase(*days) + ")";
  }
  return s;
}

std::string practicePeriod(const Practice& p) {
  if (p.start && p.end) return std::to_string(p.start->year) + " – " + std::to_string(p.end->year);
  if (p.start) return trf("period.since", {{"date", std::to_string(p.start->year)}});
  if (p.end) return trf("period.until", {{"date", std::to_string(p.end->year)}});
  return "";
}

std::string practicePeriodLong(const Practice& p) {
  if (p.start && p.end) return humanDate(*p.start) + " – " + humanDate(*p.end);
  if (p.start) return trf("period.since_ongoing", {{"date", humanDate(*p.start)}});
  if (p.end) return trf("period.until", {{"date", humanDate(*p.end)}});
  return "";
}

std::vector<Fact> callFacts(const Call& c, Date today) {
  std::vector<Fact> out;
  add(out, "fact.dates", callDates(c, today));
  add(out, "fact.authority", c.authority.value_or(""));
  add(out, "fact.programme", c.programme.value_or(""));
  if (c.region) add(out, "fact.region", c.region->name.value_or(c.region->code.value_or("")));
  add(out, "fact.level", std::string(vocabLabel(VocabField::Level, c.level)));
  if (c.budget_eur) add(out, "fact.budget", euros(*c.budget_eur));
  if (c.participants) add(out, "fact.participants", i18n::trn("count.young_people", *c.participants));
  if (c.stay_months)
    add(out, "fact.stay_abroad",
        c.stay_months->min == c.stay_months->max
            ? i18n::trn("count.months", c.stay_months->min)
            : trf("stay.months_range", {{"min", std::to_string(c.stay_months->min)}, {"max", std::to_string(c.stay_months->max)}}));
  add(out, "fact.destinations", countryNames(c.destinations));
  if (c.funding_model) add(out, "fact.funding", std::string(vocabLabel(VocabField::FundingModel, *c.funding_model)));
  add(out, "fact.target_group", c.target_group.value_or(""));
  addUnsafeUrl(out, c.url);
  addContact(out, c.contact);
  add(out, "fact.notes", c.notes.value_or(""));
  return out;
}

std::vector<Fact> practiceFacts(const Practice& p) {
  std::vector<Fact> out;
  add(out, "fact.country", countryLabel(p.country));
  add(out, "fact.partners", countryNames(p.partner_countries));
  add(out, "fact.region_city", p.region.value_or(""));
  add(out, "fact.organisation", p.organisation.value_or(""));
  add(out, "fact.period", practicePeriodLong(p));
  add(out, "fact.stages", vocabLabels(VocabField::Stage, p.stages));
  add(out, "fact.themes", vocabLabels(VocabField::Theme, p.themes));
  add(out, "fact.target_groups", vocabLabels(VocabField::TargetGroup, p.target_groups));
  add(out, "fact.funds", vocabLabels(VocabField::Fund, p.funds));
  addUnsafeUrl(out, p.url);
  addContact(out, p.contact);
  return out;
}

}  // namespace alma
