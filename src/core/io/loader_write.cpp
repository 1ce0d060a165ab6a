#include <cmath>

#include <nlohmann/json.hpp>

#include "core/model/dates.hpp"
#include "core/io/loader.hpp"

// Writing exports back: the inverse of the loader, used by the CSV converter and for round-trip
// tests. Keys come out in the contract's order (ordered_json), absent optionals are left out.
namespace alma {

namespace {
using ojson = nlohmann::ordered_json;

void put(ojson& o, const char* key, const std::optional<std::string>& v) {
  if (v) o[key] = *v;
}
void put(ojson& o, const char* key, const std::optional<Date>& v) {
  if (v) o[key] = isoDate(*v);
}
void put(ojson& o, const char* key, const std::vector<std::string>& v) {
  if (!v.empty()) o[key] = v;
}
// Whole euro amounts are written without ".0", as people write them.
void putNumber(ojson& o, const char* key, double v) {
  if (v == std::floor(v) && std::fabs(v) < 9.0e15)
    o[key] = static_cast<long long>(v);
  else
    o[key] = v;
}

ojson header(const ExportInfo& info, const char* format) {
  ojson doc = ojson::object();
  doc["format"] = format;
  if (!info.exported.empty()) doc["exported"] = info.exported;
  if (!info.source.empty()) doc["source"] = info.source;
  return doc;
}

// error_handler_t::replace: a hand-built record with broken UTF-8 must not abort the app.
std::string dump(const ojson& doc) {
  return doc.dump(2, ' ', false, nlohmann::detail::error_handler_t::replace) + "\n";
}
}  // namespace

std::string toJson(const CallsExport& e) {
  ojson doc = header(e.info, kCallsFormat);
  ojson calls = ojson::array();
  for (const Call& c : e.calls) {
    ojson o = ojson::object();
    o["id"] = c.id;
    o["title"] = c.title;
    put(o, "title_original", c.title_original);
    o["country"] = c.country;
    if (!c.level.empty()) o["level"] = c.level;
    if (c.region) {
      ojson r = ojson::object();
      put(r, "code", c.region->code);
      put(r, "name", c.region->name);
      if (c.region->lat) r["lat"] = *c.region->lat;
      if (c.region->lon) r["lon"] = *c.region->lon;
      o["region"] = std::move(r);
    }
    put(o, "programme", c.programme);
    put(o, "authority", c.authority);
    put(o, "status", c.status);
    put(o, "opens", c.opens);
    put(o, "closes", c.closes);
    if (c.budget_eur) putNumber(o, "budget_eur", *c.budget_eur);
    if (c.participants) o["participants"] = *c.participants;
    if (c.stay_months) o["stay_months"] = {{"min", c.stay_months->min}, {"max", c.stay_months->max}};
    put(o, "destinations", c.destinations);
    put(o, "funding_model", c.funding_model);
    put(o, "target_group", c.target_group);
    put(o, "url", c.url);
    put(o, "contact", c.contact);
    put(o, "updated", c.updated);
    put(o, "notes", c.notes);
    calls.push_back(std::move(o));
  }
  doc["calls"] = std::move(calls);
  return dump(doc);
}

std::string toJson(const PracticesExport& e) {
  ojson doc = header(e.info, kPracticesFormat);
  ojson practices = ojson::array();
  for (const Practice& p : e.practices) {
    ojson o = ojson::object();
    o["id"] = p.id;
    o["title"] = p.title;
    o["country"] = p.country;
    put(o, "partner_countries", p.partner_countries);
    put(o, "region", p.region);
    put(o, "organisation", p.organisation);
    put(o, "stages", p.stages);
    put(o, "themes", p.themes);
    put(o, "target_groups", p.target_groups);
    put(o, "funds", p.funds);
    put(o, "start", p.start);
    put(o, "end", p.end);
    put(o, "summary", p.summary);
    put(o, "url", p.url);
    put(o, "contact", p.contact);
    put(o, "updated", p.updated);
    practices.push_back(std::move(o));
  }
  doc["practices"] = std::move(practices);
  return dump(doc);
}

}  // namespace alma
