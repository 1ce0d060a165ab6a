#pragma once
// Second stage of loading: typed reading of one record's fields, with the contract's rules and
// editor-friendly diagnostics. Internal to the loader. Every accessor checks the JSON type before
// reading (the build has no exceptions: a wrong get<>() would abort the app).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/diagnostics.hpp"
#include "core/model/model.hpp"
#include "core/model/vocab.hpp"

namespace alma::detail {

// "'text'", "12", "true", "null", "an object", "an array": how a found value is quoted in messages.
std::string shown(const nlohmann::json&);

class RecordReader {
 public:
  RecordReader(const nlohmann::json& record, int position, const std::string& file,
               std::vector<Diagnostic>& out)
      : record_(record), position_(position), file_(file), out_(out) {}

  bool failed() const { return failed_; }          // an Error was reported: leave the record out
  void setId(const std::string& id);               // named in all later diagnostics
  void error(std::string field, std::string message);
  void warning(std::string field, std::string message);

  // The field's value, or nullptr when absent, null or an empty/space-only string: all three
  // mean "not given" for an optional field.
  const nlohmann::json* find(const char* key) const { return findIn(record_, key); }
  static const nlohmann::json* findIn(const nlohmann::json& object, const char* key);

  std::string requiredText(const char* key);  // trimmed; Error when missing, empty or not text
  std::string requiredCountry(const char* key);
  std::optional<std::string> text(const char* key);  // as written
  std::optional<std::string> vocab(const char* key, VocabField);
  std::optional<Date> date(const char* key);
  std::optional<std::string> link(const char* key);
  std::vector<std::string> countryList(const char* key);
  std::vector<std::string> vocabList(const char* key, VocabField);

  // Number checks on an already found value; `field` names it in diagnostics ("region.lat").
  std::optional<double> number(const nlohmann::json&, const std::string& field, double min,
                               double max, const char* expected);
  std::optional<long long> wholeNumber(const nlohmann::json&, const std::string& field,
                                       long long min, long long max, const char* expected);
  std::optional<std::string> textValue(const nlohmann::json&, const std::string& field);
  // Texts longer than kMaxTextBytes keep their first part (whole characters), with a warning.
  std::string keepText(std::string_view text, const std::string& field);

 private:
  // Shared walk over an array of texts; `each` returns the value to keep or nothing.
  template <typename Each>
  std::vector<std::string> list(const char* key, Each each);

  const nlohmann::json& record_;
  int position_;
  const std::string& file_;
  std::vector<Diagnostic>& out_;
  std::string id_;
  bool failed_ = false;
};

}  // namespace alma::detail
