// The export loaders (both formats: the "format" field picks one). Properties: an accepted file
// written back by toJson() loads again with the same records, and nothing is ever both rejected
// and filled.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/io/loader.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const alma::LoadOutcome first = alma::loadExport(bytes, "fuzz.json");
  if (first.rejected) {
    FUZZ_CHECK(first.calls.calls.empty() && first.practices.practices.empty());
    FUZZ_CHECK(!first.diagnostics.empty());
    return 0;
  }
  if (first.kind == alma::ExportKind::Calls) {
    const alma::LoadOutcome again = alma::loadExport(alma::toJson(first.calls), "again.json");
    FUZZ_CHECK(!again.rejected && again.calls.calls.size() == first.calls.calls.size());
  } else if (first.kind == alma::ExportKind::Practices) {
    const alma::LoadOutcome again = alma::loadExport(alma::toJson(first.practices), "again.json");
    FUZZ_CHECK(!again.rejected && again.practices.practices.size() == first.practices.practices.size());
  }
  return 0;
}
