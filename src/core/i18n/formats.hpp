#pragma once
// What depends on the language besides words: numbers, money, dates, "in 12 days", plural
// categories, country names. The web build answers through the browser's Intl (platform/, one
// formatter per language, results cached); PlainFormats is the English answer for native tests,
// the command-line tools and browsers without Intl. No ICU in the wasm.
#include <string>
#include <string_view>

#include "core/i18n/plural.hpp"
#include "core/model/model.hpp"

namespace alma::i18n {

class Formats {
 public:
  virtual ~Formats() = default;
  // The language the answers are in (an Intl locale: "de", "pt-PT"); set before any question.
  virtual void setLocale(std::string_view language, std::string_view locale) = 0;
  virtual std::string number(long long n) = 0;       // 12500 → "12,500" / "12.500"
  virtual std::string money(double euros) = 0;       // 6.3e6 → "€6.3 million" / "6,3 Mio. €"
  virtual std::string date(const Date& d) = 0;       // by precision: "3 May 2023", "May 2023", "2023"
  virtual std::string shortDate(const Date& d) = 0;  // a day, where room is short: "3 May 2023" / "03.05.2023"
  virtual std::string relativeDays(int days) = 0;    // 12 → "in 12 days", 1 → "tomorrow", -3 → "3 days ago"
  virtual Plural plural(long long n) = 0;
  // A country's name in the language ("ES" → "Spanien"; EU codes: "EL", "UK"); "" when unknown.
  virtual std::string countryName(std::string_view euCode) = 0;
};

class PlainFormats final : public Formats {
 public:
  void setLocale(std::string_view language, std::string_view locale) override;
  std::string number(long long n) override;
  std::string money(double euros) override;
  std::string date(const Date& d) override;
  std::string shortDate(const Date& d) override;
  std::string relativeDays(int days) override;
  Plural plural(long long n) override;
  std::string countryName(std::string_view euCode) override;

 private:
  std::string language_ = "en";
};

}  // namespace alma::i18n
