#pragma once
// A whole file as bytes (tests read fixtures, catalogs and schemas from the source tree).
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace alma::testing {
inline std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace alma::testing
