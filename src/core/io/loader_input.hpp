#pragma once
// First stage of loading: bytes → JSON document, or one Fatal diagnostic saying why not.
// Internal to the loader (not used by the UI).
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/diagnostics.hpp"

namespace alma::detail {

// Strips a UTF-8 BOM, checks the bytes are UTF-8, guards nesting depth, parses without exceptions.
// On failure appends a Fatal diagnostic and returns false.
bool parseJsonInput(std::string_view bytes, const std::string& file, nlohmann::json& out,
                    std::vector<Diagnostic>& diagnostics);

// Offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view);

// Cuts `s` to at most `maxBytes` on a character boundary (adding "…") and replaces control
// characters with '?', so a hostile value cannot flood or garble a message.
std::string shorten(std::string_view s, std::size_t maxBytes = 60);

}  // namespace alma::detail
