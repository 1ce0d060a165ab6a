#pragma once
// Accent- and case-insensitive text for search and sorting, without ICU (the web build must stay
// small). "Łódź" → "lodz", "Württemberg" → "wurttemberg", "ΕΛΛΆΔΑ" → "ελλαδα", "Ёлка" → "елка".
//
// Rules (one rule for every script: a letter with a diacritic folds to its base letter):
// - ASCII and Latin-1 / Latin Extended-A / Latin Extended-B: lower case, diacritics dropped;
//   ligatures and special letters spelled out: ß ẞ → ss, æ → ae, œ → oe, ĳ → ij, þ → th,
//   ð đ → d, ł → l, ø → o, ı → i, ș ş → s, ț ţ → t.
// - Greek: lower case, tonos and dialytika dropped (ά → α, ϊ ΐ → ι), final sigma ς → σ, symbol
//   variants (ϐ ϑ ϕ ϖ ϰ ϱ ϲ ϵ) → their letters. Polytonic Greek (U+1F00–1FFF) is left as is.
// - Cyrillic: lower case (U+0400–04FF), and letters with a diacritic fold to their base:
//   ё → е, й → и, ї → і, ў → у, ѐ → е, ѝ → и, ѓ → г, ќ → к. Decision: й and ё fold like Latin
//   č → c does. A Russian reader types "Киев"/"ежик" without the marks as often as a Pole types
//   "lodz"; the price (мой also finds мои) is harmless for a substring search over records.
// - Combining marks U+0300–036F and U+0483–0489 are dropped, so decomposed input ("u" + U+0308)
//   folds like the precomposed letter.
// - Unicode spaces (NBSP, U+2000–200A, U+202F, U+205F, U+3000) → ' '; soft hyphen and zero-width
//   characters (U+00AD, U+200B–200D, U+2060, U+FEFF) are dropped.
// - Everything else is copied unchanged. Invalid UTF-8 bytes are skipped (never a crash, never a
//   false match across the garbage).
#include <string>
#include <string_view>
#include <vector>

namespace alma {

std::string foldForSearch(std::string_view utf8);
void appendFolded(std::string& out, std::string_view utf8);  // same, appended (index building)

// The words of a search box: folded text split at ASCII whitespace; empty words dropped.
std::vector<std::string> searchWords(std::string_view typed);

inline bool isSearchSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace alma
