#include "ui/labels.hpp"

#include <string>
#include <unordered_map>

namespace alma::ui {

const char* label(std::string_view key) {
  static std::unordered_map<std::string, std::string> cache;
  static unsigned generation = ~0u;
  if (generation != i18n::messages().generation()) {  // a new language: build the labels again
    cache.clear();
    generation = i18n::messages().generation();
  }
  auto it = cache.find(std::string(key));
  if (it == cache.end()) it = cache.emplace(std::string(key), tr(key) + "###" + std::string(key)).first;
  return it->second.c_str();
}

std::string label(const std::string& text, std::string_view id) { return text + "###" + std::string(id); }

}  // namespace alma::ui
