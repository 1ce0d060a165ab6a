#pragma once
// Controlled vocabularies of the export formats. Matching ignores case and surrounding spaces;
// values are stored in their canonical spelling ("esf+" → "ESF+").
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace alma {

enum class VocabField { Level, Status, FundingModel, Stage, Theme, TargetGroup, Fund };

const char* vocabFieldName(VocabField);  // JSON field name: "level", "stages", "funds", ...
std::span<const std::string_view> vocabValues(VocabField);  // canonical values, contract order

// The canonical value, or nothing when `raw` is not in the vocabulary.
std::optional<std::string_view> canonicalVocab(VocabField, std::string_view raw);

// The catalog key of a value's label: "vocab.stages.reception" (core/i18n; the tag form is
// "tag." + the same rest).
std::string vocabMessageKey(VocabField, std::string_view value);
// Label in the interface language: stage "reception" → "Reception and early integration". Unknown values label as
// written (the returned view is then `value` itself).
std::string_view vocabLabel(VocabField, std::string_view value);
// The short form for a tag in a narrow column: a stage's one word ("Reception"), a fund's
// acronym in the interface language ("ESF+", "FSE+"), else the label.
std::string_view vocabShortLabel(VocabField field, std::string_view value);
// Labels of values, joined with ", " ("Reception and early integration, Long-term integration").
std::string vocabLabels(VocabField field, std::span<const std::string> values);

// Trims ASCII spaces, tabs and line breaks at both ends.
std::string_view trimSpaces(std::string_view);

}  // namespace alma
