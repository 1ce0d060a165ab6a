#pragma once
// What alma-data says about one file: the one-line summary and the exit code it contributes.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/diagnostics.hpp"
#include "core/io/loader.hpp"

namespace alma::cli {

// Exit codes, highest wins across files: 0 all used (warnings allowed), 1 some record left out,
// 2 some file rejected (or unreadable), 3 bad command line.
enum Exit { kOk = 0, kLeftOut = 1, kRejected = 2, kUsage = 3 };

struct Summary {
  std::string line;  // "calls.json: alma-calls/1, 23 records loaded, 1 left out, 2 warnings"
  int exit = kOk;
};

// `extra` are diagnostics found before loading (the CSV conversion's); they count too.
Summary summarize(std::string_view name, const LoadOutcome&, const std::vector<Diagnostic>& extra = {});

}  // namespace alma::cli
