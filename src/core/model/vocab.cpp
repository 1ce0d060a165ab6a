#include "core/model/vocab.hpp"

#include <array>

namespace alma {

namespace {
struct Entry {
  std::string_view value, label;
};

// Values in the contract's order; labels use the wording of the source work programmes
// (ALMA 2024 and the ESF+ CoP on migrant integration).
constexpr Entry kLevel[] = {
    {"national", "National"}, {"regional", "Regional"}, {"eu", "EU level"}};
constexpr Entry kStatus[] = {{"planned", "Planned"}, {"open", "Open"}, {"closed", "Closed"}};
constexpr Entry kFundingModel[] = {{"delegated-act", "EU Delegated Act unit costs"},
                                   {"sco", "Simplified cost options"},
                                   {"real-costs", "Real costs"},
                                   {"mixed", "Mix of funding models"}};
constexpr Entry kStage[] = {{"pre-arrival", "Pre-arrival"},
                            {"reception", "Reception and early integration"},
                            {"long-term", "Long-term integration"},
                            {"cohesive-societies", "Inclusive and cohesive societies"}};
constexpr Entry kTheme[] = {{"education", "Education and training"},
                            {"employment", "Employment"},
                            {"skills-recognition", "Skills recognition"},
                            {"language", "Language learning"},
                            {"health", "Health"},
                            {"mental-health", "Mental health"},
                            {"housing", "Housing"},
                            {"childcare", "Childcare"},
                            {"participation", "Active participation"},
                            {"anti-discrimination", "Anti-discrimination"},
                            {"family-reunification", "Family reunification"},
                            {"social-inclusion", "Social inclusion"}};
constexpr Entry kTargetGroup[] = {
    {"third-country-nationals", "Third-country nationals"},
    {"ukraine-temporary-protection", "People fleeing Ukraine (temporary protection)"},
    {"refugees-asylum-seekers", "Refugees and asylum seekers"},
    {"women", "Women"},
    {"children-youth", "Children and youth"},
    {"lgbtiq", "LGBTIQ people"},
    {"disability", "People with disabilities"},
    {"roma", "Roma"},
    {"host-community", "Host communities"}};
constexpr Entry kFund[] = {{"ESF+", "European Social Fund Plus (ESF+)"},
                           {"AMIF", "Asylum, Migration and Integration Fund (AMIF)"},
                           {"CARE", "Cohesion's Action for Refugees in Europe (CARE)"},
                           {"FAST-CARE", "Flexible Assistance to Territories (FAST-CARE)"},
                           {"ERDF", "European Regional Development Fund (ERDF)"},
                           {"national", "National funding"},
                           {"other", "Other funding"}};

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
    if (e.value == value) return e.label;
  return value;
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
