#pragma once
// Facet values and which records hold them, for faceted filtering and counting.
//
// Each record's values of a facet are a row of 64-bit words (bit v = value v): the per-keystroke
// pass then tests "does the record hold any selected value" and counts its values with a few word
// operations, whatever the number of values (unknown vocabulary values kept by the loader simply
// add values, and words when there are more than 64).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/model/vocab.hpp"

namespace alma {

struct FacetValue {
  std::string value;  // what filters, chips and URLs use: the canonical value or, when outside
                      // the vocabulary, the value as written
  std::string label;  // as written in the records (values outside a vocabulary, region codes)
  bool known = true;  // false: outside the vocabulary (the UI may mark it)
  std::string labelKey;  // the label's message ("vocab.stages.reception", "status.unknown"), if any
  bool country = false;  // a country code: labelled with its name in the interface language
  // What people read, in the interface language ("Reception and early integration", "Spanien").
  std::string shown() const;
};

struct Facet {
  std::string name;               // the facet's id (kPracticeFacetIds / kCallFacetIds): "country", "stage", ...
  std::vector<FacetValue> values; // display order
  std::uint32_t stride = 1;       // words per record
  std::vector<std::uint64_t> bits;  // record r's values: bits[r * stride .. (r + 1) * stride)
  // When no record holds two values (country, status, level): record r's value, or
  // values.size() for none. Counting then is one increment per record. Empty otherwise.
  std::vector<std::uint32_t> single;
  mutable std::vector<std::uint32_t> listed;  // listOrder's answer, for the language listedIn
  mutable unsigned listedIn = ~0u;

  const std::uint64_t* row(std::size_t record) const { return bits.data() + record * stride; }
  bool has(std::size_t record, std::uint32_t value) const {
    return (row(record)[value >> 6] >> (value & 63)) & 1;
  }
  // The values in the order to list them: as built (vocabulary order, then alphabetical), except
  // countries, listed by their names in the interface language ("EU" and unknown codes last).
  // Worked out once per language (the filter panel asks every frame).
  const std::vector<std::uint32_t>& listOrder() const;
  // The value whose folded form equals `value`'s ("amif" finds "AMIF"), if any.
  std::optional<std::uint32_t> find(std::string_view value) const;
};

// Collects record values, then orders them: the fixed values first, in the order given (a
// vocabulary in contract order, or all country codes), then every other value met in the records,
// alphabetically. Values equal after folding are one value ("Interreg" and "INTERREG"), labelled
// as first written.
class FacetBuilder {
 public:
  // extraValuesKnown: values met outside the fixed list are ordinary values (e.g. region codes),
  // not vocabulary outliers.
  FacetBuilder(std::string name, std::vector<FacetValue> fixedValues, bool extraValuesKnown = false);
  void add(std::uint32_t record, std::string_view value) { add(record, value, value); }
  // `label` is used when the value is new (not fixed, not met before). Empty values are ignored.
  void add(std::uint32_t record, std::string_view value, std::string_view label);
  Facet finish(std::size_t recordCount) &&;

 private:
  std::string name_;
  std::vector<FacetValue> values_;
  std::vector<std::string> keys_;  // folded value, per value
  std::unordered_map<std::string, std::uint32_t> byKey_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs_;  // (record, value)
  std::size_t fixedCount_ = 0;
  bool extraKnown_ = false;
};

// A facet over a vocabulary: its values in contract order, labelled as vocabLabel does.
FacetBuilder vocabFacetBuilder(std::string name, VocabField field);

}  // namespace alma
