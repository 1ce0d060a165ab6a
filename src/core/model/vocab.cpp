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

std::string vocabMessageKey(VocabField f, std::string_view value) {
  return std::string("vocab.") + vocabFieldName(f) + "." + std::string(value);
}

namespace {
// The labels and tag forms of the interface language, per field and value, kept per language:
// tables ask for them on every row.
struct Words {
  std::vector<std::string_view> labels, tags;
};
const Words& wordsOf(VocabField f) {
  static Words words[7];
  static unsigned language = ~0u;
  if (language != i18n::messages().generation()) {
    language = i18n::messages().generation();
    for (int field = 0; field < 7; ++field) {
      Words& w = words[field];
      w.labels.clear(), w.tags.clear();
      const auto vf = static_cast<VocabField>(field);
      for (const auto& e : entries(vf)) {
        const std::string key = vocabMessageKey(vf, e.value);
        const std::string tagKey = "tag." + key.substr(std::string_view("vocab.").size());
        w.labels.push_back(i18n::tr(key));
        const std::string_view label = w.labels.back();
        // A stage's one word, a fund's own tag ("National") or the acronym in the label's last
        // brackets when only punctuation follows them (the pseudo-language's padding), else the label.
        std::string_view tag = label;
        if (i18n::englishCatalog().has(tagKey)) {
          tag = i18n::tr(tagKey);
        } else if (const std::size_t close = label.rfind(')'); close != std::string_view::npos) {
          const std::size_t open = label.rfind('(', close);
          if (open != std::string_view::npos &&
              label.substr(close + 1).find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == std::string_view::npos)
            tag = label.substr(open + 1, close - open - 1);
        }
        w.tags.push_back(tag);
      }
    }
  }
  return words[static_cast<int>(f)];
}

std::size_t indexOf(VocabField f, std::string_view value) {
  const auto e = entries(f);
  for (std::size_t i = 0; i < e.size(); ++i)
    if (e[i].value == value) return i;
  return e.size();
}
}  // namespace

std::string_view vocabLabel(VocabField f, std::string_view value) {
  const std::size_t i = indexOf(f, value);
  return i < entries(f).size() ? wordsOf(f).labels[i] : value;
}

std::string_view vocabShortLabel(VocabField field, std::string_view value) {
  const std::size_t i = indexOf(field, value);
  return i < entries(field).size() ? wordsOf(field).tags[i] : value;  // outside the vocabulary: as written
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
