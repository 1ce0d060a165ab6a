#include "core/io/origins.hpp"

#include <nlohmann/json.hpp>

namespace alma {

namespace {
// "https://host" or "http://host:port", nothing after the authority: what a browser's URL.origin is.
bool isOrigin(std::string_view s) {
  const std::size_t scheme = s.find("://");
  if (scheme == std::string_view::npos || (s.substr(0, scheme) != "https" && s.substr(0, scheme) != "http")) return false;
  const std::string_view rest = s.substr(scheme + 3);
  if (rest.empty()) return false;
  for (char c : rest)
    if (c == '/' || c == '?' || c == '#' || c == '@' || c == ' ' || static_cast<unsigned char>(c) < 0x21) return false;
  return true;
}
}  // namespace

OriginPolicy parseOriginPolicy(std::string_view text, std::string_view fileName, std::vector<Diagnostic>& problems) {
  OriginPolicy policy;
  auto problem = [&](std::string field, std::string message) {
    problems.push_back({Severity::Warning, std::string(fileName), 0, "", std::move(field), std::move(message)});
  };
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    problem("", "is not a JSON object: only this site's own exports can be opened by link");
    return policy;
  }
  if (const auto hosted = j.find("hostedAt"); hosted != j.end()) {
    const std::string url = hosted->is_string() ? hosted->get<std::string>() : "";
    if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) policy.hostedAt = url.substr(0, url.find('#'));
    else problem("hostedAt", "must be the http(s) address where the atlas is published, e.g. \"https://example.org/atlas/\"; left out");
  }
  const auto it = j.find("exportsFrom");
  if (it == j.end()) return policy;
  if (!it->is_array()) {
    problem("exportsFrom", "must be a list of origins such as \"https://data.example.org\"");
    return policy;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const nlohmann::json& v = (*it)[i];
    if (v.is_string() && isOrigin(v.get_ref<const std::string&>())) policy.exportsFrom.push_back(v.get<std::string>());
    else problem("exportsFrom[" + std::to_string(i) + "]", "must be an origin such as \"https://data.example.org\" (scheme and host, no path); left out");
  }
  return policy;
}

bool allowsOrigin(const OriginPolicy& policy, std::string_view pageOrigin, std::string_view urlOrigin) {
  if (urlOrigin.empty() || urlOrigin == "null") return false;  // file:, data:, blob: by link: never
  if (urlOrigin == pageOrigin) return true;
  for (const std::string& o : policy.exportsFrom)
    if (o == urlOrigin) return true;
  return false;
}

std::string shareLink(std::string_view pageUrl, std::string_view hostedAt, std::string_view fragment) {
  if (pageUrl.rfind("https://", 0) == 0 || pageUrl.rfind("http://", 0) == 0) return std::string(pageUrl);
  if (hostedAt.empty()) return "";
  return std::string(hostedAt) + std::string(fragment);
}

std::string originHost(std::string_view origin) {
  const std::size_t scheme = origin.find("://");
  return std::string(scheme == std::string_view::npos ? origin : origin.substr(scheme + 3));
}

}  // namespace alma
