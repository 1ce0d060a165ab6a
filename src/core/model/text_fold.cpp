#include "core/model/text_fold.hpp"

#include <cstdint>

namespace alma {
namespace {

// U+00C0–U+024F, one character per code point (rows of 16):
//   a letter → folds to that ASCII letter; '*' → several letters (kMulti); '.' → kept unchanged.
constexpr std::string_view kLatin =
    "aaaaaa*ceeeeiiii"  // 00C0 À..Ï
    "dnooooo.ouuuuy**"  // 00D0 Ð..ß   (× kept)
    "aaaaaa*ceeeeiiii"  // 00E0 à..ï
    "dnooooo.ouuuuy*y"  // 00F0 ð..ÿ   (÷ kept)
    "aaaaaaccccccccdd"  // 0100 Ā..ď
    "ddeeeeeeeeeegggg"  // 0110 Đ..ğ
    "gggghhhhiiiiiiii"  // 0120 Ġ..į
    "ii**jjkkklllllll"  // 0130 İ..Ŀ
    "lllnnnnnnnnnoooo"  // 0140 ŀ..ŏ
    "oo**rrrrrrssssss"  // 0150 Ő..ş
    "ssttttttuuuuuuuu"  // 0160 Š..ů
    "uuuuwwyyyzzzzzzs"  // 0170 Ű..ſ
    "bbbb..occdddd.ee"  // 0180 ƀ..Ə
    "effg.*iikkl.mnno"  // 0190 Ɛ..Ɵ
    "oo..ppr....ttttu"  // 01A0 Ơ..Ư
    "u.vyyzz........."  // 01B0 ư..ƿ
    "....*********aai"  // 01C0 ǀ..Ǐ
    "ioouuuuuuuuuueaa"  // 01D0 ǐ..ǟ
    "aa**ggggkkoooo.."  // 01E0 Ǡ..ǯ
    "j***gg*.nnaa**oo"  // 01F0 ǰ..ǿ
    "aaaaeeeeiiiioooo"  // 0200 Ȁ..ȏ
    "rrrruuuusstt..hh"  // 0210 Ȑ..ȟ   (Ș ș Ț ț at 0218..021B)
    "nd..zzaaeeoooooo"  // 0220 Ƞ..ȯ
    "ooyylntj**acclts"  // 0230 Ȱ..ȿ
    "z..buveejjqqrryy"; // 0240 ɀ..ɏ
static_assert(kLatin.size() == 0x250 - 0xC0);

struct Multi {
  char32_t cp;
  const char* folded;
};
constexpr Multi kMulti[] = {
    {0x00C6, "ae"}, {0x00DE, "th"}, {0x00DF, "ss"}, {0x00E6, "ae"}, {0x00FE, "th"},
    {0x0132, "ij"}, {0x0133, "ij"}, {0x0152, "oe"}, {0x0153, "oe"}, {0x0195, "hv"},
    {0x01C4, "dz"}, {0x01C5, "dz"}, {0x01C6, "dz"}, {0x01C7, "lj"}, {0x01C8, "lj"},
    {0x01C9, "lj"}, {0x01CA, "nj"}, {0x01CB, "nj"}, {0x01CC, "nj"}, {0x01E2, "ae"},
    {0x01E3, "ae"}, {0x01F1, "dz"}, {0x01F2, "dz"}, {0x01F3, "dz"}, {0x01F6, "hv"},
    {0x01FC, "ae"}, {0x01FD, "ae"}, {0x0238, "db"}, {0x0239, "qp"}, {0x1E9E, "ss"},
};

const char* multiFor(char32_t cp) {
  for (const auto& m : kMulti)
    if (m.cp == cp) return m.folded;
  return nullptr;
}

// Greek U+0386–U+03CE with tonos/dialytika and final sigma → base lower-case letter; 0 = none.
char32_t foldGreek(char32_t cp) {
  switch (cp) {
    case 0x0386: case 0x03AC: return 0x03B1;  // ά
    case 0x0388: case 0x03AD: case 0x03F5: return 0x03B5;  // έ ϵ
    case 0x0389: case 0x03AE: return 0x03B7;  // ή
    case 0x038A: case 0x03AF: case 0x0390: case 0x03AA: case 0x03CA: return 0x03B9;  // ί ΐ ϊ
    case 0x038C: case 0x03CC: return 0x03BF;  // ό
    case 0x038E: case 0x03CD: case 0x03B0: case 0x03AB: case 0x03CB: case 0x03D2:
      return 0x03C5;  // ύ ΰ ϋ ϒ
    case 0x038F: case 0x03CE: return 0x03C9;  // ώ
    case 0x03C2: case 0x03F2: case 0x03F9: return 0x03C3;  // ς ϲ Ϲ
    case 0x03D0: return 0x03B2;                          // ϐ
    case 0x03D1: case 0x03F4: return 0x03B8;             // ϑ ϴ
    case 0x03D5: return 0x03C6;                          // ϕ
    case 0x03D6: return 0x03C0;                          // ϖ
    case 0x03F0: return 0x03BA;                          // ϰ
    case 0x03F1: return 0x03C1;                          // ϱ
    default: break;
  }
  if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2) return cp + 0x20;  // Α..Ω → α..ω
  return 0;
}

// Cyrillic U+0400–U+04FF → lower case, then letters with a diacritic → base letter.
char32_t foldCyrillic(char32_t cp) {
  if (cp >= 0x0400 && cp <= 0x040F) cp += 0x50;        // Ѐ..Џ → ѐ..џ
  else if (cp >= 0x0410 && cp <= 0x042F) cp += 0x20;   // А..Я → а..я
  else if ((cp >= 0x0460 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x04BF) ||
           (cp >= 0x04D0 && cp <= 0x04FF))
    cp |= 1;                                           // pairs: even upper, odd lower
  else if (cp >= 0x04C1 && cp <= 0x04CE && (cp & 1)) cp += 1;  // pairs: odd upper, even lower
  else if (cp == 0x04C0) cp = 0x04CF;                  // palochka
  switch (cp) {
    case 0x0450: case 0x0451: return 0x0435;  // ѐ ё → е
    case 0x0439: case 0x045D: return 0x0438;  // й ѝ → и
    case 0x0453: return 0x0433;               // ѓ → г
    case 0x0457: return 0x0456;               // ї → і
    case 0x045C: return 0x043A;               // ќ → к
    case 0x045E: return 0x0443;               // ў → у
    default: return cp;
  }
}

bool isDropped(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) || cp == 0x00AD ||
         (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

bool isUnicodeSpace(char32_t cp) {
  return cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

void appendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes one well-formed UTF-8 sequence at s[i]; returns its length, 0 when malformed
// (overlong, surrogate, above U+10FFFF, truncated or stray continuation byte).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len;
  char32_t min;
  if (c < 0x80) { cp = c; return 1; }
  if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; min = 0x10000; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

void appendFoldedCodePoint(std::string& out, char32_t cp) {
  if (cp >= 0xC0 && cp < 0x250) {
    const char f = kLatin[cp - 0xC0];
    if (f == '*') out += multiFor(cp);
    else if (f == '.') appendUtf8(out, cp);
    else out += f;
  } else if (cp >= 0x0370 && cp <= 0x03FF) {
    const char32_t g = foldGreek(cp);
    appendUtf8(out, g ? g : cp);
  } else if (cp >= 0x0400 && cp <= 0x04FF) {
    appendUtf8(out, foldCyrillic(cp));
  } else if (isUnicodeSpace(cp)) {
    out += ' ';
  } else if (isDropped(cp)) {
    // nothing: combining marks and invisible characters
  } else if (const char* m = multiFor(cp)) {
    out += m;
  } else {
    appendUtf8(out, cp);
  }
}

}  // namespace

void appendFolded(std::string& out, std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // fast path: most text in the data is ASCII
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      ++i;
      continue;
    }
    char32_t cp = 0;
    const std::size_t len = decode(s, i, cp);
    if (len == 0) { ++i; continue; }  // invalid byte: skipped
    appendFoldedCodePoint(out, cp);
    i += len;
  }
}

std::string foldForSearch(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  appendFolded(out, utf8);
  return out;
}

std::vector<std::string> searchWords(std::string_view typed) {
  const std::string folded = foldForSearch(typed);
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && isSearchSpace(folded[i])) ++i;
    std::size_t j = i;
    while (j < folded.size() && !isSearchSpace(folded[j])) ++j;
    if (j > i) words.emplace_back(folded.substr(i, j - i));
    i = j;
  }
  return words;
}

}  // namespace alma
