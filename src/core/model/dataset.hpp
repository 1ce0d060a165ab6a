#pragma once
// What the app currently shows: at most one calls export and one practices export.
#include <optional>
#include <vector>

#include "core/model/diagnostics.hpp"
#include "core/io/loader.hpp"
#include "core/model/model.hpp"

namespace alma {

struct Dataset {
  std::optional<CallsExport> calls;
  std::optional<PracticesExport> practices;
  std::vector<Diagnostic> diagnostics;  // of the exports shown, plus rejections since
};

// Replaces only the part matching the outcome's kind, and only when the file was not rejected:
// a rejected file never blanks data already shown, it only adds its diagnostics.
// When a part is replaced, the diagnostics of the export it replaces are dropped.
void apply(Dataset&, LoadOutcome&&);

}  // namespace alma
