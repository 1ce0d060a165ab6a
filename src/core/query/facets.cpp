#include "core/i18n/messages.hpp"
#include "core/model/countries.hpp"
#include "core/query/facets.hpp"

#include <algorithm>
#include <numeric>

#include "core/model/text_fold.hpp"

namespace alma {

std::optional<std::uint32_t> Facet::find(std::string_view value) const {
  const std::string key = foldForSearch(trimSpaces(value));
  for (std::size_t i = 0; i < values.size(); ++i)
    if (foldForSearch(values[i].value) == key) return static_cast<std::uint32_t>(i);
  return std::nullopt;
}

FacetBuilder::FacetBuilder(std::string name, std::vector<FacetValue> fixedValues, bool extraValuesKnown)
    : name_(std::move(name)),
      values_(std::move(fixedValues)),
      fixedCount_(values_.size()),
      extraKnown_(extraValuesKnown) {
  for (std::size_t i = 0; i < values_.size(); ++i) {
    keys_.push_back(foldForSearch(values_[i].value));
    byKey_.emplace(keys_.back(), static_cast<std::uint32_t>(i));
  }
}

void FacetBuilder::add(std::uint32_t record, std::string_view value, std::string_view label) {
  value = trimSpaces(value);
  if (value.empty()) return;
  std::string key = foldForSearch(value);
  auto it = byKey_.find(key);
  if (it == byKey_.end()) {
    const auto id = static_cast<std::uint32_t>(values_.size());
    label = trimSpaces(label);
    values_.push_back({std::string(value), std::string(label.empty() ? value : label), extraKnown_, "", false});
    keys_.push_back(key);
    it = byKey_.emplace(std::move(key), id).first;
  }
  pairs_.emplace_back(record, it->second);
}

Facet FacetBuilder::finish(std::size_t recordCount) && {
  // Final order: fixed values as given, then the others by folded text.
  std::vector<std::uint32_t> order(values_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin() + static_cast<std::ptrdiff_t>(fixedCount_), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return keys_[a] < keys_[b]; });
  std::vector<std::uint32_t> newId(values_.size());
  Facet f;
  f.name = std::move(name_);
  for (std::size_t i = 0; i < order.size(); ++i) {
    newId[order[i]] = static_cast<std::uint32_t>(i);
    f.values.push_back(std::move(values_[order[i]]));
  }
  f.stride = std::max<std::uint32_t>(1, static_cast<std::uint32_t>((f.values.size() + 63) / 64));
  f.bits.assign(recordCount * f.stride, 0);
  const auto none = static_cast<std::uint32_t>(f.values.size());
  f.single.assign(recordCount, none);
  bool single = true;
  for (const auto& [record, value] : pairs_) {
    const std::uint32_t v = newId[value];
    f.bits[record * f.stride + (v >> 6)] |= std::uint64_t{1} << (v & 63);
    if (f.single[record] != none && f.single[record] != v) single = false;
    f.single[record] = v;
  }
  if (!single) f.single = {};
  return f;
}

std::string FacetValue::shown() const {
  if (!labelKey.empty()) return i18n::tr(labelKey);
  return country ? countryName(value) : label;
}

const std::vector<std::uint32_t>& Facet::listOrder() const {
  if (listedIn == i18n::messages().generation() && listed.size() == values.size()) return listed;
  listedIn = i18n::messages().generation();
  listed.resize(values.size());
  for (std::uint32_t v = 0; v < listed.size(); ++v) listed[v] = v;
  if (values.empty() || !values.front().country) return listed;
  std::vector<std::string> keys;  // folded names: "Österreich" sorts with O, as people look for it
  for (const FacetValue& value : values)
    keys.push_back((value.country && value.value != "EU" ? "0" : "1") + foldForSearch(value.shown()));
  std::stable_sort(listed.begin(), listed.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
  return listed;
}

FacetBuilder vocabFacetBuilder(std::string name, VocabField field) {
  std::vector<FacetValue> fixed;
  for (std::string_view v : vocabValues(field))
    fixed.push_back({std::string(v), std::string(v), true, vocabMessageKey(field, v)});
  return FacetBuilder(std::move(name), std::move(fixed));
}

}  // namespace alma
