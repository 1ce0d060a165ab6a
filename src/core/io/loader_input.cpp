#include "core/io/loader_input.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iterator>

#include "core/io/loader.hpp"

namespace alma::detail {

namespace {
using nlohmann::json;

Diagnostic fatal(const std::string& file, std::string message) {
  return Diagnostic{Severity::Fatal, file, 0, "", "", std::move(message)};
}

// "line L, column C" for a byte offset; columns count characters, not bytes.
std::string lineColumn(std::string_view s, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
    if (s[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Offset where nesting first exceeds kMaxJsonDepth, or npos: where the parse stopped (JsonEvents
// stops it there, so that nothing after it, neither building values nor our own walk, sees absurd
// depth), in an editor's terms.
std::size_t tooDeepAt(std::string_view s) {
  int depth = 0;
  bool inString = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (inString) {
      if (c == '\\') ++i;
      else if (c == '"') inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string_view::npos;
}

// A window of the source's bytes, refilled as the parser reads on.
class Window {
 public:
  Window(ByteSource& s, std::size_t start) : source_(s), buffer_(kSize), offset_(start) { fill(); }
  bool atEnd() { return pos_ == len_ && !fill(); }
  std::size_t position() const { return offset_ + pos_; }
  char get() const { return buffer_[pos_]; }
  void next() { ++pos_; }

 private:
  static constexpr std::size_t kSize = 1 << 20;
  bool fill() {
    offset_ += len_;
    pos_ = 0;
    len_ = source_.read(offset_, buffer_.data(), buffer_.size());
    return len_ > 0;
  }
  ByteSource& source_;
  std::vector<char> buffer_;
  std::size_t offset_ = 0, pos_ = 0, len_ = 0;
};

// What nlohmann reads the window through: an input iterator whose end is the null one.
struct WindowIterator {
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = char;
  Window* w;
  char operator*() const { return w->get(); }
  WindowIterator& operator++() { w->next(); return *this; }
  bool operator==(const WindowIterator& o) const { return done() == o.done(); }
  bool operator!=(const WindowIterator& o) const { return !(*this == o); }
  bool done() const { return !w || w->atEnd(); }
};

std::string explainSyntaxError(std::string_view s, const JsonEvents& events) {
  std::string what = events.error;
  // Drop the "[json.exception.parse_error.101] " tag: it means nothing to a data editor.
  if (!what.empty() && what[0] == '[') {
    const auto end = what.find("] ");
    if (end != std::string::npos) what.erase(0, end + 2);
  }
  if (what.find("line ") == std::string::npos) {
    // e.g. "number overflow parsing '1e400'" carries no position: add ours.
    const std::size_t at = events.errorAt > 0 ? events.errorAt - 1 : 0;
    what += " at " + lineColumn(s, at);
  }
  if (what.empty()) what = "parse error";
  return shorten(what, 300);
}
}  // namespace

std::size_t firstInvalidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      // Eight ASCII bytes at a time: most of any export is.
      for (std::uint64_t w; i + 8 <= s.size() && (std::memcpy(&w, s.data() + i, 8), (w & 0x8080808080808080ull) == 0);) i += 8;
      continue;
    }
    const int len = b >= 0xF5 ? 0 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
    if (len == 0 || i + len > s.size()) return i;
    unsigned cp = b & (0x3F >> (len - 1));
    for (int k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (c & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return i;  // overlong form or surrogate
    i += len;
  }
  return std::string_view::npos;
}

std::string shorten(std::string_view s, std::size_t maxBytes) {
  bool cut = false;
  if (s.size() > maxBytes) {
    std::size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    s = s.substr(0, end);
    cut = true;
  }
  std::string out;
  out.reserve(s.size() + 3);
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    out += (b < 0x20 || b == 0x7F) ? '?' : c;
  }
  if (cut) out += "…";
  return out;
}

bool parseJsonInput(ByteSource& source, const std::string& file, JsonEvents& events,
                    std::vector<Diagnostic>& diagnostics) {
  char first[3] = {};  // a source may hand over fewer bytes than asked: read until there are three
  std::size_t got = 0;
  for (std::size_t n = 1; got < sizeof first && n > 0; got += n) n = source.read(got, first + got, sizeof first - got);
  const std::string_view head(first, got);
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
    diagnostics.push_back(fatal(file, "is UTF-16 text; save it as UTF-8"));
    return false;
  }
  Window window(source, head.starts_with("\xEF\xBB\xBF") ? 3 : 0);  // a UTF-8 BOM is allowed
  events.bytesRead = [&window] { return window.position(); };
  events.bytesTotal = source.size();
  if (json::sax_parse(WindowIterator{&window}, WindowIterator{nullptr}, &events)) return true;
  // Why not, in an editor's terms, from the whole text (a failure is rare; its cost does not matter).
  std::string_view bytes = source.whole();
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    diagnostics.push_back(fatal(file, "is empty: expected a JSON export"));
    return false;
  }
  if (const auto bad = firstInvalidUtf8(bytes); bad != std::string_view::npos) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[bad]));
    diagnostics.push_back(fatal(file, std::string("is not valid UTF-8 text: byte ") + hex + " at " +
                                          lineColumn(bytes, bad) + "; save the file as UTF-8"));
  } else if (const auto deep = tooDeepAt(bytes); deep != std::string_view::npos) {
    diagnostics.push_back(fatal(file, "is not a usable export: arrays/objects nested deeper than " +
                                          std::to_string(kMaxJsonDepth) + " levels at " +
                                          lineColumn(bytes, deep)));
  } else {
    diagnostics.push_back(fatal(file, "is not valid JSON: " + explainSyntaxError(bytes, events)));
  }
  return false;
}

}  // namespace alma::detail

namespace alma {
std::size_t MemorySource::read(std::size_t offset, char* into, std::size_t max) {
  if (offset >= bytes_.size()) return 0;
  const std::size_t n = std::min(max, bytes_.size() - offset);
  std::memcpy(into, bytes_.data() + offset, n);
  return n;
}
}  // namespace alma
