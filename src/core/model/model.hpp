#pragma once
// Typed records of the two export formats (shared/docs/export-format.md, contract version 1).
// Member names follow the JSON field names so that converters (CSV tools) map them one to one.
// Vocabulary fields are strings holding the canonical value (e.g. "ESF+"), or the value as written
// (trimmed) when it is outside the vocabulary: vocabularies grow, so unknown values are shown.
#include <optional>
#include <string>
#include <vector>

namespace alma {

enum class DatePrecision { Year, Month, Day };

// A calendar date as written in an export: "YYYY", "YYYY-MM" or "YYYY-MM-DD". Unused parts are 1.
struct Date {
  int year = 1970, month = 1, day = 1;
  DatePrecision precision = DatePrecision::Day;
  friend bool operator==(const Date&, const Date&) = default;
};

// Where the map puts a call's marker. Every part may be missing.
struct Region {
  std::optional<std::string> code;  // NUTS code, e.g. "DE1", "ES61"
  std::optional<std::string> name;
  std::optional<double> lat, lon;   // WGS84 degrees
  friend bool operator==(const Region&, const Region&) = default;
};

struct StayMonths {
  int min = 1, max = 1;  // 1 <= min <= max <= 12
  friend bool operator==(const StayMonths&, const StayMonths&) = default;
};

enum class CallStatus { Planned, Open, Closed, Unknown };
enum class CallLevel { National, Regional, Eu };

struct Call {
  std::string id;                      // required, unique within the file
  std::string title;                   // required
  std::optional<std::string> title_original;
  std::string country;                 // required; canonical code ("EL" for Greece, "EU")
  std::string level;                   // "national" / "regional" / "eu", or as written. The loader
                                       // always fills it (default rule of the contract); empty in a
                                       // hand-built Call means "not given" and toJson omits it.
  std::optional<Region> region;
  std::optional<std::string> programme, authority;
  std::optional<std::string> status;   // "planned" / "open" / "closed", or as written
  std::optional<Date> opens, closes;
  std::optional<double> budget_eur;    // >= 0
  std::optional<long long> participants;  // integer >= 0
  std::optional<StayMonths> stay_months;
  std::vector<std::string> destinations;  // canonical country codes (unknown ones dropped)
  std::optional<std::string> funding_model;  // "delegated-act" / "sco" / "real-costs" / "mixed"
  std::optional<std::string> target_group;
  std::optional<std::string> url;      // kept even when not a safe link: see links.hpp
  std::optional<std::string> contact;
  std::optional<Date> updated;
  std::optional<std::string> notes;
  friend bool operator==(const Call&, const Call&) = default;
};

struct Practice {
  std::string id, title, country;      // required (country may be "EU")
  std::vector<std::string> partner_countries;
  std::optional<std::string> region;   // free text: a region or a city
  std::optional<std::string> organisation;
  std::vector<std::string> stages, themes, target_groups, funds;
  std::optional<Date> start, end;
  std::optional<std::string> summary;
  std::optional<std::string> url, contact;
  std::optional<Date> updated;
  friend bool operator==(const Practice&, const Practice&) = default;
};

struct ExportInfo {
  std::string file;      // file name as given to the loader
  std::string format;    // "alma-calls/1" / "mi-practices/1"
  std::string exported;  // as written (normally a date), empty when absent
  std::string source;    // free text, empty when absent
  std::string from;      // the other site's host it was loaded from by link; empty: this site or the user's own file
  friend bool operator==(const ExportInfo&, const ExportInfo&) = default;
};

struct CallsExport {
  ExportInfo info;
  std::vector<Call> calls;
};

struct PracticesExport {
  ExportInfo info;
  std::vector<Practice> practices;
};

inline constexpr const char* kCallsFormat = "alma-calls/1";
inline constexpr const char* kPracticesFormat = "mi-practices/1";

}  // namespace alma
