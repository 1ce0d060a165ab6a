#include "core/io/loader_fields.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/io/loader.hpp"
#include "core/model/countries.hpp"
#include "core/model/dates.hpp"
#include "core/model/links.hpp"
#include "core/io/loader_input.hpp"

namespace alma::detail {

using nlohmann::json;

namespace {
std::string oneOf(VocabField f) {
  std::string out;
  for (auto v : vocabValues(f)) {
    if (!out.empty()) out += ", ";
    out += v;
  }
  return out;
}

bool isBlankString(const json& v) { return v.is_string() && trimSpaces(v.get_ref<const std::string&>()).empty(); }
}  // namespace

std::string shown(const json& v) {
  switch (v.type()) {
    case json::value_t::string: return "'" + shorten(v.get_ref<const std::string&>()) + "'";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "a list";
    case json::value_t::null: return "null";
    case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return v.dump();  // dump never throws for numbers
    default: return "an unreadable value";
  }
}

void RecordReader::setId(const std::string& id) { id_ = shorten(id, 80); }

void RecordReader::error(std::string field, std::string message) {
  failed_ = true;
  out_.push_back({Severity::Error, file_, position_, id_, std::move(field), std::move(message)});
}

void RecordReader::warning(std::string field, std::string message) {
  out_.push_back({Severity::Warning, file_, position_, id_, std::move(field), std::move(message)});
}

const json* RecordReader::findIn(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null() || isBlankString(*it)) return nullptr;
  return &*it;
}

std::string RecordReader::keepText(std::string_view t, const std::string& field) {
  if (t.size() <= kMaxTextBytes) return std::string(t);
  std::size_t cut = kMaxTextBytes;
  while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // a whole UTF-8 character
  warning(field, "is " + std::to_string(t.size()) + " bytes long; only the first " + std::to_string(cut) +
                     " are kept (texts are limited to " + std::to_string(kMaxTextBytes) + " bytes)");
  return std::string(t.substr(0, cut));
}

std::optional<std::string> RecordReader::textValue(const json& v, const std::string& field) {
  if (!v.is_string()) {
    error(field, "must be text, got " + shown(v));
    return std::nullopt;
  }
  return keepText(v.get_ref<const std::string&>(), field);
}

std::string RecordReader::requiredText(const char* key) {
  const auto it = record_.find(key);
  if (it == record_.end() || it->is_null()) {
    error(key, "is required (non-empty text), but is missing");
    return {};
  }
  if (!it->is_string()) {
    error(key, "must be text, got " + shown(*it));
    return {};
  }
  const std::string_view t = trimSpaces(it->get_ref<const std::string&>());
  if (t.empty()) {
    error(key, "is required (non-empty text), got " + shown(*it));
    return {};
  }
  return keepText(t, key);
}

std::string RecordReader::requiredCountry(const char* key) {
  const auto it = record_.find(key);
  if (it != record_.end() && it->is_string() && !isBlankString(*it)) {
    if (auto code = normalizeCountry(it->get_ref<const std::string&>())) return *code;
    error(key, "must be a country code such as CZ, EL or EU, got " + shown(*it));
    return {};
  }
  return requiredText(key);  // reports missing / empty / wrong type
}

std::optional<std::string> RecordReader::text(const char* key) {
  const json* v = find(key);
  return v ? textValue(*v, key) : std::nullopt;
}

std::optional<std::string> RecordReader::vocab(const char* key, VocabField f) {
  const auto raw = text(key);
  if (!raw) return std::nullopt;
  if (auto canon = canonicalVocab(f, *raw)) return std::string(*canon);
  warning(key, "should be one of " + oneOf(f) + ", got '" + shorten(*raw) + "' (kept as written)");
  return std::string(trimSpaces(*raw));
}

std::optional<Date> RecordReader::date(const char* key) {
  const json* v = find(key);
  if (!v) return std::nullopt;
  if (v->is_string())
    if (auto d = parseDate(trimSpaces(v->get_ref<const std::string&>()))) return d;
  error(key, "must be a date YYYY-MM-DD, got " + shown(*v));
  return std::nullopt;
}

std::optional<std::string> RecordReader::link(const char* key) {
  auto raw = text(key);
  if (raw && !isSafeLink(trimSpaces(*raw)))
    warning(key, "should be an http(s) address, got '" + shorten(*raw) +
                     "' (shown as plain text, never opened)");
  else if (raw)
    raw = std::string(trimSpaces(*raw));
  return raw;
}

template <typename Each>
std::vector<std::string> RecordReader::list(const char* key, Each each) {
  std::vector<std::string> out;
  const json* v = find(key);
  if (!v) return out;
  if (!v->is_array()) {
    error(key, "must be a list [...] of texts, got " + shown(*v));
    return out;
  }
  int n = 0;
  for (const auto& item : *v) {
    const std::string field = std::string(key) + "[" + std::to_string(++n) + "]";
    if (!item.is_string()) {
      error(field, "must be text, got " + shown(item));
      continue;
    }
    if (auto value = each(field, item.get_ref<const std::string&>()))
      if (std::find(out.begin(), out.end(), *value) == out.end()) out.push_back(std::move(*value));
  }
  return out;
}

std::vector<std::string> RecordReader::countryList(const char* key) {
  return list(key, [&](const std::string& field, const std::string& raw) {
    auto code = normalizeCountry(raw);
    if (!code)
      warning(field, "should be a country code such as ES or IT, got '" + shorten(raw) +
                         "' (left out of the list)");
    return code;
  });
}

std::vector<std::string> RecordReader::vocabList(const char* key, VocabField f) {
  return list(key, [&](const std::string& field, const std::string& raw) -> std::optional<std::string> {
    if (auto canon = canonicalVocab(f, raw)) return std::string(*canon);
    const std::string_view t = trimSpaces(raw);
    if (t.empty()) {
      warning(field, "is empty (left out of the list)");
      return std::nullopt;
    }
    warning(field, "should be one of " + oneOf(f) + ", got '" + shorten(t) + "' (kept as written)");
    return std::string(t);
  });
}

std::optional<double> RecordReader::number(const json& v, const std::string& field, double min,
                                           double max, const char* expected) {
  if (!v.is_number()) {
    error(field, std::string("must be ") + expected + ", got " + shown(v));
    return std::nullopt;
  }
  const double d = v.get<double>();
  if (!std::isfinite(d) || d < min || d > max) {
    error(field, std::string("must be ") + expected + ", got " + shown(v));
    return std::nullopt;
  }
  return d == 0 ? 0.0 : d;  // -0 reads as 0
}

std::optional<long long> RecordReader::wholeNumber(const json& v, const std::string& field,
                                                   long long min, long long max,
                                                   const char* expected) {
  const std::string msg = std::string("must be ") + expected + ", got " + shown(v);
  if (v.is_number_unsigned()) {
    const auto u = v.get<std::uint64_t>();
    if (u <= static_cast<std::uint64_t>(max) && static_cast<long long>(u) >= min)
      return static_cast<long long>(u);
  } else if (v.is_number_integer()) {
    const auto i = v.get<std::int64_t>();
    if (i >= min && i <= max) return i;
  } else if (v.is_number_float()) {
    // 3.0 is a whole number; 2.5, 1e300 and -0.5 are not usable here.
    const double d = v.get<double>();
    if (std::isfinite(d) && d == std::floor(d) && d >= static_cast<double>(min) &&
        d <= static_cast<double>(max) && std::fabs(d) < 9.0e18)  // cast stays defined
      return static_cast<long long>(d);
  }
  error(field, msg);
  return std::nullopt;
}

}  // namespace alma::detail
