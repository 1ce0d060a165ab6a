#include "core/model/vocab.hpp"

#include <array>

#include "core/i18n/messages.hpp"

namespace alma {

namespace {
struct Entry {
  std::string_view value;
};

// Values in the contract's order. Their labels are messages "vocab.<field>.<value>" of the
// catalogs (assets/i18n/), worded as the source work programmes (ALMA 2024, the ESF+ CoP on
// migrant integration) and, for the integration stages, the EU Action Plan on Integration and
// Inclusion 2021-2027 in each language.
constexpr Entry kLevel[] = {
    {"national"}, {"regional"}, {"eu"}};
constexpr Entry kStatus[] = {{"planned"}, {"open"}, {"closed"}};
constexpr Entry kFundingModel[] = {{"delegated-act"},
                                   {"sco"},
                                   {"real-costs"},
                                   {"mixed"}};
constexpr Entry kStage[] = {{"pre-arrival"},
                            {"reception"},
                            {"long-term"},
                            {"cohesive-societies"}};
constexpr Entry kTheme[] = {{"education"},
                            {"employment"},
                            {"skills-recognition"},
                            {"language"},
                            {"health"},
                            {"mental-health"},
                            {"housing"},
                            {"childcare"},
                            {"participation"},
                            {"anti-discrimination"},
                            {"family-reunification"},
                            {"social-inclusion"}};
constexpr Entry kTargetGroup[] = {
    {"third-country-nationals"},
    {"ukraine-temporary-protection"},
    {"refugees-asylum-seekers"},
    {"women"},
    {"children-youth"},
    {"lgbtiq"},
    {"disability"},
    {"roma"},
    {"host-community"}};
constexpr Entry kFund[] = {{"ESF+"},
                           {"AMIF"},
                           {"CARE"},
                           {"FAST-CARE"},
                           {"ERDF"},
                           {"national"},
                           {"other"}};

std::span<const Entry> entries(VocabField f) {
  switch (f) {
    case VocabField::Level: return kLevel;
    case VocabField::Status: return kStatus;
    case VocabField::FundingModel: return kFundingModel;
    case VocabField::Stage: return kStage;
    case VocabField::Theme: return kTheme;
    case VocabField::TargetGroup: return kTargetGroup;
    case VocabField::Fund: return kFund;
  }
  return {};
}

template <std::size_t N>
constexpr auto valuesOf(const Entry (&e)[N]) {
  std::array<std::string_view, N> v{};
  for (std::size_t i = 0; i < N; ++i) v[i] = e[i].value;
  return v;
}
constexpr auto kLevelValues = valuesOf(kLevel);
constexpr auto kStatusValues = valuesOf(kStatus);
constexpr auto kFundingModelValues = valuesOf(kFundingModel);
constexpr auto kStageValues = valuesOf(kStage);
constexpr auto kThemeValues = valuesOf(kTheme);
constexpr auto kTargetGroupValues = valuesOf(kTargetGroup);
constexpr auto kFundValues = valuesOf(kFund);

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}
}  // namespace

std::string_view trimSpaces(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

const char* vocabFieldName(VocabField f) {
  switch (f) {
    case VocabField::Level: return "level";
    case VocabField::Status: return "status";
    case VocabField::FundingModel: return "funding_model";
    case VocabField::Stage: return "stages";
    case VocabField::Theme: return "themes";
    case VocabField::TargetGroup: return "target_groups";
    case VocabField::Fund: return "funds";
  }
  return "";
}

std::span<const std::string_view> vocabValues(VocabField f) {
  switch (f) {
    case VocabField::Level: return kLevelValues;
    case VocabField::Status: return kStatusValues;
    case VocabField::FundingModel: return kFundingModelValues;
    case VocabField::Stage: return kStageValues;
    case VocabField::Theme: return kThemeValues;
    case VocabField::TargetGroup: return kTargetGroupValues;
    case VocabField::Fund: return kFundValues;
  }
  return {};
}

std::optional<std::string_view> canonicalVocab(VocabField f, std::string_view raw) {
  const std::string_view t = trimSpaces(raw);
  for (const auto& e : entries(f))
    if (equalsIgnoreCase(e.value, t)) return e.value;
  return std::nullopt;
}

std::string_view vocabLabel(VocabField f, std::string_view value) {
  for (const auto& e : entries(f))
    if (e.value == value) return i18n::tr(std::string("vocab.") + vocabFieldName(f) + "." + std::string(e.value));
  return value;
}

std::string vocabShortLabel(VocabField field, std::string_view value) {
  const std::string_view label = vocabLabel(field, value);
  if (label == value) return std::string(value);  // outside the vocabulary: as written
  if (field == VocabField::Stage) return i18n::tr("tag.stages." + std::string(value));
  if (field == VocabField::Fund && (value == "national" || value == "other")) return i18n::tr("tag.funds." + std::string(value));
  // "Europäischer Sozialfonds Plus (ESF+)" → "ESF+": the acronym in the last brackets, when only
  // punctuation follows them (the pseudo-language's padding).
  const std::size_t close = label.rfind(')');
  const std::size_t open = close == std::string_view::npos ? close : label.rfind('(', close);
  if (open != std::string_view::npos) {
    const std::string_view after = label.substr(close + 1);
    if (after.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == std::string_view::npos)
      return std::string(label.substr(open + 1, close - open - 1));
  }
  return std::string(label);
}

std::string vocabLabels(VocabField field, std::span<const std::string> values) {
  std::string out;
  for (const std::string& v : values) {
    if (!out.empty()) out += ", ";
    out += vocabLabel(field, v);
  }
  return out;
}

}  // namespace alma
