#pragma once
// First stage of loading: bytes → SAX events (or a JSON document), or one Fatal diagnostic saying
// why not. Internal to the loader (not used by the UI).
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/diagnostics.hpp"

namespace alma::detail {

// A SAX handler whose syntax errors parseJsonInput explains; the subclass handles the values.
struct JsonEvents : nlohmann::json_sax<nlohmann::json> {
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    errorAt = position;
    error = e.what();
    return false;
  }
  std::size_t errorAt = 0;
  std::string error;
};

// Strips a UTF-8 BOM, checks the bytes are UTF-8, guards nesting depth, then feeds them to `events`
// (nlohmann's SAX parser, no exceptions). On failure appends a Fatal diagnostic and returns false.
bool parseJsonInput(std::string_view bytes, const std::string& file, JsonEvents& events,
                    std::vector<Diagnostic>& diagnostics);

// Offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view);

// Cuts `s` to at most `maxBytes` on a character boundary (adding "…") and replaces control
// characters with '?', so a hostile value cannot flood or garble a message.
std::string shorten(std::string_view s, std::size_t maxBytes = 60);

}  // namespace alma::detail
