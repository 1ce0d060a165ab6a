#pragma once
// One language's messages, read from its catalog file (assets/i18n/<lang>.json, docs/translations.md):
// a JSON object of stable keys → text, or → plural forms by CLDR category for counted messages:
//   "tab.map": "Karte",
//   "count.calls": { "one": "{n} Aufruf", "other": "{n} Aufrufe" }
// Keys starting with "@" are notes for translators and reviewers (status, who reviewed), not text.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/plural.hpp"

namespace alma::i18n {

class Catalog {
 public:
  // Reads a catalog file. What cannot be used (not JSON, a value that is neither text nor plural
  // forms, an unknown plural category) is reported in `problems` by key and skipped; the rest is kept.
  static Catalog parse(std::string_view json, std::vector<std::string>& problems);

  const std::string* text(std::string_view key) const;
  // The form for `category`, else the general one ("other", or Polish "many"); nullptr when the key
  // has no plural forms.
  const std::string* plural(std::string_view key, Plural category) const;
  bool has(std::string_view key) const { return entries_.find(key) != entries_.end(); }
  std::vector<std::string> keys() const;
  // Every text of the catalog (each plural form too): what the glyph check reads.
  std::vector<std::string_view> allTexts() const;
  bool empty() const { return entries_.empty(); }

 private:
  struct Entry {
    std::string text;                         // a plain message
    std::map<Plural, std::string> forms;      // or plural forms (then text is empty)
  };
  std::map<std::string, Entry, std::less<>> entries_;
};

// "{name}" in `pattern` replaced by the value of the argument of that name; other braces kept.
struct Arg {
  std::string_view name;
  std::string_view value;
};
std::string fill(std::string_view pattern, std::initializer_list<Arg> args);

}  // namespace alma::i18n
