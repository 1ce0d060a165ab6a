#pragma once
// First stage of loading: bytes → SAX events, or one Fatal diagnostic saying why not. Internal to
// the loader (not used by the UI).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/io/loader.hpp"
#include "core/model/diagnostics.hpp"

namespace alma::detail {

// A SAX handler whose syntax errors parseJsonInput explains; the subclass handles the values, and
// calls enter() / leave() as arrays and objects open and close (enter() false: stop, too deep).
struct JsonEvents : nlohmann::json_sax<nlohmann::json> {
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    errorAt = position;
    error = e.what();
    return false;
  }
  bool enter() { return ++depth_ <= kMaxJsonDepth; }
  void leave() { --depth_; }
  std::size_t errorAt = 0;
  std::string error;
  // While parsing: the bytes read so far, and all there are (to size what is read ahead of time).
  std::function<std::size_t()> bytesRead = [] { return std::size_t{0}; };
  std::size_t bytesTotal = 0;

 private:
  int depth_ = 0;
};

// Strips a UTF-8 BOM, then feeds the bytes, a window at a time, to `events` through nlohmann's SAX
// parser (no exceptions), which also checks they are well-formed UTF-8 (inside strings; anywhere
// else a non-ASCII byte is a syntax error). Only when that fails are the bytes scanned again to say why in an editor's terms:
// not UTF-8 (which byte, where), nested too deep (where), or the syntax error. On failure appends a
// Fatal diagnostic and returns false.
bool parseJsonInput(ByteSource& bytes, const std::string& file, JsonEvents& events,
                    std::vector<Diagnostic>& diagnostics);

// Offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view);

// Cuts `s` to at most `maxBytes` on a character boundary (adding "…") and replaces control
// characters with '?', so a hostile value cannot flood or garble a message.
std::string shorten(std::string_view s, std::size_t maxBytes = 60);

}  // namespace alma::detail
