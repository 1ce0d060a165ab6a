#include "core/model/links.hpp"

#include <cstdint>

#include "core/model/vocab.hpp"

namespace alma {

namespace {
bool startsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// Invisible or layout-changing code points that could hide what a link really is:
// C1 controls, no-break and other Unicode spaces, zero-width characters, bidi controls, BOM.
bool isHiddenCodePoint(std::uint32_t cp) {
  return (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD || cp == 0x1680 || cp == 0x180E ||
         (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
         (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF;
}

// True when `s` is well-formed UTF-8 without ASCII controls, spaces or hidden code points.
bool cleanText(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b <= 0x20 || b == 0x7F) return false;
      ++i;
      continue;
    }
    int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
    if (b > 0xF4 || len == 0 || i + len > s.size()) return false;
    std::uint32_t cp = b & (0x3F >> (len - 1));
    for (int k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;  // overlong forms and surrogates
    if (isHiddenCodePoint(cp)) return false;
    i += len;
  }
  return true;
}
}  // namespace

bool isSafeLink(std::string_view s) {
  if (!cleanText(s)) return false;
  for (std::string_view scheme : {"http://", "https://"})
    if (startsWithIgnoreCase(s, scheme)) return s.size() > scheme.size() && s[scheme.size()] != '/';
  if (startsWithIgnoreCase(s, "mailto:")) return s.size() > 7;
  return false;
}

std::optional<std::string> contactLink(std::string_view contact) {
  const std::string_view c = trimSpaces(contact);
  if (isSafeLink(c)) return std::string(c);
  // A bare address: one '@' with text on both sides, a dot in the domain, nothing URL-like.
  const auto at = c.find('@');
  if (at == std::string_view::npos || at == 0 || c.find('@', at + 1) != std::string_view::npos)
    return std::nullopt;
  const std::string_view domain = c.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 >= domain.size()) return std::nullopt;
  if (c.find_first_of(":/\\?#<>\"'") != std::string_view::npos) return std::nullopt;
  std::string link = "mailto:" + std::string(c);
  if (!isSafeLink(link)) return std::nullopt;
  return link;
}

}  // namespace alma
