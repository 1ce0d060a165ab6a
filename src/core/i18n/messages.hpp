#pragma once
// The interface's language now: its catalog over the built-in English one (the fallback for any
// missing key), and its formats. One instance (messages()), set by the platform when the visitor's
// language is known or chosen; every view — canvas and accessible mirror — reads its words here.
#include <memory>
#include <string>
#include <string_view>

#include "core/i18n/catalog.hpp"
#include "core/i18n/formats.hpp"
#include "core/i18n/languages.hpp"

namespace alma::i18n {

// English, built in from assets/i18n/en.json (src/core/CMakeLists.txt): the app always has words.
const Catalog& englishCatalog();

class Messages {
 public:
  Messages();
  // Switches language. `catalog` is the language's file read (empty for English).
  void setLanguage(const Language& language, Catalog catalog);
  // Replaces the formats (the web build installs Intl's once at start; natively plain English).
  void setFormats(std::unique_ptr<Formats> formats);

  const std::string& text(std::string_view key) const;  // the key itself when no catalog has it
  std::string format(std::string_view key, std::initializer_list<Arg> args) const;
  // A counted message: the plural form for n, with {n} the number as the language writes it.
  std::string count(std::string_view key, long long n, std::initializer_list<Arg> more = {}) const;
  Formats& formats() const { return *formats_; }
  const Language& language() const { return *language_; }
  // Changes with every switch of language: caches of translated text compare it.
  unsigned generation() const { return generation_; }
  // Keys the current language lacks, answered in English (the state hook reports them).
  bool hasOwn(std::string_view key) const { return catalog_.has(key); }
  const Catalog& catalog() const { return catalog_; }

 private:
  const Language* language_;
  Catalog catalog_;
  std::unique_ptr<Formats> formats_;
  unsigned generation_ = 0;
};

Messages& messages();

// Shorthands for views: tr("tab.map"), trf("data.calls_as_of", {{"date", d}}), trn("count.calls", 3).
inline const std::string& tr(std::string_view key) { return messages().text(key); }
inline std::string trf(std::string_view key, std::initializer_list<Arg> args) { return messages().format(key, args); }
inline std::string trn(std::string_view key, long long n, std::initializer_list<Arg> more = {}) {
  return messages().count(key, n, more);
}

}  // namespace alma::i18n
