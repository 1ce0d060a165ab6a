// A spreadsheet saved as CSV, as the app and `alma-data from-csv` read it: the CSV reader, the
// CSV → export converter and the loader behind it. Property: every diagnostic names its file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/io/user_file.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The first byte picks the kind the converter is asked for (a file name says it in the app).
  const alma::LoadOutcome out = alma::loadUserFile(bytes.substr(size > 0 ? 1 : 0),
                                                   size > 0 && (data[0] & 1) ? "practices.csv" : "calls.csv", "2026-11-29");
  for (const alma::Diagnostic& d : out.diagnostics) FUZZ_CHECK(!d.file.empty());
  return 0;
}
