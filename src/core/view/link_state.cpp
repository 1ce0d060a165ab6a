#include "core/view/link_state.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace alma {

namespace {
bool unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t end = s.find(sep, start);
    parts.push_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

// strtod, not from_chars: emcc 3.1.6's libc++ has no floating-point from_chars. The app never
// calls setlocale, so the decimal point is '.'.
std::optional<double> number(std::string_view s) {
  if (s.empty() || s.size() > 40) return std::nullopt;
  const std::string text(s);
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<int> integer(std::string_view s) {
  int v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// Map centre in whole metres, zoom to 4 significant digits: short, and far finer than a pixel.
std::string metres(double v) { return std::to_string(std::llround(v)); }
std::string zoomText(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

std::string filtersText(const LinkState::Filters& f) {
  std::string s;
  for (const auto& [facet, value] : f) s += (s.empty() ? "" : ",") + percentEncode(facet) + ":" + percentEncode(value);
  return s;
}
LinkState::Filters parseFilters(std::string_view s) {
  LinkState::Filters f;
  for (std::string_view item : split(s, ',')) {
    const std::size_t colon = item.find(':');
    if (colon == std::string_view::npos) continue;
    auto facet = percentDecode(item.substr(0, colon)), value = percentDecode(item.substr(colon + 1));
    if (facet && value && !facet->empty() && !value->empty()) f.emplace_back(*facet, *value);
  }
  return f;
}

std::string sortText(const LinkState::Sort& sort) {
  std::string s;
  for (const auto& [column, descending] : sort) s += (s.empty() ? "" : ",") + percentEncode(column) + (descending ? "-" : "+");
  return s;
}
LinkState::Sort parseSort(std::string_view s) {
  LinkState::Sort sort;
  for (std::string_view item : split(s, ',')) {
    if (item.size() < 2 || (item.back() != '+' && item.back() != '-')) continue;
    if (auto column = percentDecode(item.substr(0, item.size() - 1)); column && !column->empty())
      sort.emplace_back(*column, item.back() == '-');
  }
  return sort;
}
}  // namespace

std::string percentEncode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (unreserved(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::optional<std::string> percentDecode(std::string_view s) {
  auto hexValue = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%') {
      if (i + 2 >= s.size()) return std::nullopt;  // a '%' needs two hex digits after it
      const int hi = hexValue(s[i + 1]), lo = hexValue(s[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += s[i] == '+' ? ' ' : s[i];
    }
  }
  return out;
}

std::string encodeFragment(const LinkState& l) {
  std::vector<std::string> parts;
  auto add = [&](const char* key, const std::string& value) {
    if (!value.empty()) parts.push_back(std::string(key) + "=" + value);
  };
  add("v", percentEncode(l.view));
  add("q", percentEncode(l.search));
  if (!l.selectionKind.empty() && !l.selectionId.empty())
    add("sel", percentEncode(l.selectionKind) + ":" + percentEncode(l.selectionId));
  add("call", percentEncode(l.focusedCall));
  if (l.mapX && l.mapY && l.mapZoom) add("m", metres(*l.mapX) + "," + metres(*l.mapY) + "," + zoomText(*l.mapZoom));
  add("cf", filtersText(l.callFilters));
  add("pf", filtersText(l.practiceFilters));
  if (l.yearFrom || l.yearTo)
    add("py", (l.yearFrom ? std::to_string(*l.yearFrom) : "") + "-" + (l.yearTo ? std::to_string(*l.yearTo) : ""));
  add("cs", sortText(l.callSort));
  add("ps", sortText(l.practiceSort));
  add("lang", percentEncode(l.language));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "#" : "&") + p;
  return out;
}

LinkState decodeFragment(std::string_view text) {
  LinkState l;
  if (!text.empty() && text.front() == '#') text.remove_prefix(1);
  for (std::string_view pair : split(text, '&')) {
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view key = pair.substr(0, eq), raw = pair.substr(eq + 1);
    if (key == "v" || key == "q" || key == "call" || key == "lang") {
      const auto value = percentDecode(raw);
      if (!value) continue;
      (key == "v" ? l.view : key == "q" ? l.search : key == "call" ? l.focusedCall : l.language) = *value;
    } else if (key == "sel") {
      const std::size_t colon = raw.find(':');
      if (colon == std::string_view::npos) continue;
      auto kind = percentDecode(raw.substr(0, colon)), id = percentDecode(raw.substr(colon + 1));
      if (kind && id && !kind->empty() && !id->empty()) l.selectionKind = *kind, l.selectionId = *id;
    } else if (key == "m") {
      const auto v = split(raw, ',');
      if (v.size() != 3) continue;
      auto x = number(v[0]), y = number(v[1]), z = number(v[2]);
      if (x && y && z && *z > 0) l.mapX = x, l.mapY = y, l.mapZoom = z;
    } else if (key == "cf" || key == "pf") {
      (key == "cf" ? l.callFilters : l.practiceFilters) = parseFilters(raw);
    } else if (key == "py") {
      const std::size_t dash = raw.find('-');  // "2020-2024", "2020-" or "-2024": years are positive
      if (dash == std::string_view::npos) continue;
      l.yearFrom = integer(raw.substr(0, dash));
      l.yearTo = integer(raw.substr(dash + 1));
    } else if (key == "cs" || key == "ps") {
      (key == "cs" ? l.callSort : l.practiceSort) = parseSort(raw);
    }
  }
  return l;
}

}  // namespace alma
