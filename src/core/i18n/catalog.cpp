#include "core/i18n/catalog.hpp"

#include <nlohmann/json.hpp>

namespace alma::i18n {

namespace {
// The form for numbers in general: "other", or "many" where whole numbers have no "other" (Polish).
const std::string& general(const std::map<Plural, std::string>& forms) {
  for (Plural p : {Plural::Other, Plural::Many})
    if (const auto it = forms.find(p); it != forms.end()) return it->second;
  return forms.begin()->second;
}
}  // namespace

Catalog Catalog::parse(std::string_view json, std::vector<std::string>& problems) {
  Catalog out;
  const auto doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object()) {
    problems.push_back(doc.is_discarded() ? "not valid JSON" : "expected a JSON object of key → text");
    return out;
  }
  for (const auto& [key, value] : doc.items()) {
    if (key.empty() || key[0] == '@') continue;
    Entry e;
    if (value.is_string()) {
      e.text = value.get<std::string>();
    } else if (value.is_object()) {
      for (const auto& [category, form] : value.items()) {
        const Plural p = pluralFromName(category);
        if (!form.is_string() || (p == Plural::Other && category != "other")) {
          problems.push_back(key + "." + category + ": expected a plural category (zero, one, two, few, many, other) with text");
          continue;
        }
        e.forms[p] = form.get<std::string>();
      }
      if (e.forms.empty()) {
        problems.push_back(key + ": expected plural forms (zero, one, two, few, many, other) with text");
        continue;
      }
    } else {
      problems.push_back(key + ": expected text or plural forms");
      continue;
    }
    out.entries_.emplace(key, std::move(e));
  }
  return out;
}

const std::string* Catalog::text(std::string_view key) const {
  const auto it = entries_.find(key);
  if (it == entries_.end()) return nullptr;
  if (it->second.forms.empty()) return &it->second.text;
  return &general(it->second.forms);  // a counted message asked for as text
}

const std::string* Catalog::plural(std::string_view key, Plural category) const {
  const auto it = entries_.find(key);
  if (it == entries_.end() || it->second.forms.empty()) return nullptr;
  const auto form = it->second.forms.find(category);
  return form != it->second.forms.end() ? &form->second : &general(it->second.forms);
}

std::vector<std::string> Catalog::keys() const {
  std::vector<std::string> out;
  for (const auto& [key, entry] : entries_) out.push_back(key);
  return out;
}

std::vector<std::string_view> Catalog::allTexts() const {
  std::vector<std::string_view> out;
  for (const auto& [key, entry] : entries_) {
    if (entry.forms.empty()) out.push_back(entry.text);
    for (const auto& [category, form] : entry.forms) out.push_back(form);
  }
  return out;
}

std::string fill(std::string_view pattern, std::initializer_list<Arg> args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern[i] == '{') {
      const std::size_t close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view name = pattern.substr(i + 1, close - i - 1);
        const Arg* found = nullptr;
        for (const Arg& a : args)
          if (a.name == name) found = &a;
        if (found) {
          out += found->value;
          i = close + 1;
          continue;
        }
      }
    }
    out += pattern[i++];
  }
  return out;
}

}  // namespace alma::i18n
