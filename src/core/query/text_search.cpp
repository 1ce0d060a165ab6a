#include "core/query/text_search.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "core/model/text_fold.hpp"

namespace alma {
namespace {
constexpr std::size_t kQueryCacheSize = 32;
constexpr std::size_t kWordCacheSize = 64;

// memchr for the first byte, then memcmp: libstdc++'s string_view::find compares byte by byte.
bool contains(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  if (needle.size() > hay.size()) return false;
  const char* p = hay.data();
  const char* const last = hay.data() + (hay.size() - needle.size());
  while (p <= last) {
    p = static_cast<const char*>(std::memchr(p, needle[0], static_cast<std::size_t>(last - p) + 1));
    if (!p) return false;
    if (std::memcmp(p + 1, needle.data() + 1, needle.size() - 1) == 0) return true;
    ++p;
  }
  return false;
}

// Which bytes a text holds, as 64 bits: a-z and 0-9 have a bit each (exact), every other byte
// shares one of 28 bits. A text can hold a word only if its bits cover the word's bits, which
// answers one-letter words outright and skips most texts for rare letters.
int byteClass(unsigned char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= '0' && c <= '9') return 26 + (c - '0');
  return 36 + c % 28;
}
std::uint64_t byteMask(std::string_view s) {
  std::uint64_t m = 0;
  for (char c : s) m |= std::uint64_t{1} << byteClass(static_cast<unsigned char>(c));
  return m;
}

// True when every word of `older` occurs inside some word of `newer`: then every record matching
// `newer` also matches `older`.
bool implies(const std::vector<std::string>& newer, const std::vector<std::string>& older) {
  return std::all_of(older.begin(), older.end(), [&](const std::string& w) {
    return std::any_of(newer.begin(), newer.end(), [&](const std::string& v) { return contains(v, w); });
  });
}

template <class Cache>
void evictOldest(Cache& cache, std::size_t cap) {
  if (cache.size() < cap) return;
  auto oldest = std::min_element(cache.begin(), cache.end(),
                                 [](const auto& a, const auto& b) { return a.lastUse < b.lastUse; });
  cache.erase(oldest);
}

// Token → id while building: open addressing over ids, token text kept in the dictionary.
// std::unordered_map took half of the index build (a node and a string compare per lookup).
class TokenTable {
 public:
  // The id of `tok`, adding it to dict/offsets (as the next id) when new; `added` says which.
  std::uint32_t intern(std::string_view tok, std::string& dict, std::vector<std::uint32_t>& offsets,
                       bool& added) {
    if ((hashes_.size() + 1) * 2 > slots_.size()) grow();
    const std::uint64_t h = hash(tok);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint32_t s = slots_[i];
      if (s == 0) {
        const auto id = static_cast<std::uint32_t>(hashes_.size());
        slots_[i] = id + 1;
        hashes_.push_back(h);
        offsets.push_back(static_cast<std::uint32_t>(dict.size()));
        dict.append(tok);
        dict += '\n';
        added = true;
        return id;
      }
      const std::uint32_t id = s - 1;
      const std::size_t end = id + 1 < offsets.size() ? offsets[id + 1] : dict.size();
      if (hashes_[id] == h && std::string_view(dict).substr(offsets[id], end - offsets[id] - 1) == tok) {
        added = false;
        return id;
      }
    }
  }

 private:
  static std::uint64_t hash(std::string_view s) {  // FNV-1a, then a final mix for the low bits
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    return h ^ (h >> 29);
  }
  void grow() {
    std::vector<std::uint32_t> slots(slots_.empty() ? 1024 : slots_.size() * 2, 0);
    const std::size_t mask = slots.size() - 1;
    for (std::uint32_t id = 0; id < hashes_.size(); ++id) {
      std::size_t i = hashes_[id] & mask;
      while (slots[i] != 0) i = (i + 1) & mask;
      slots[i] = id + 1;
    }
    slots_ = std::move(slots);
  }
  std::vector<std::uint32_t> slots_;  // id + 1, 0 = empty
  std::vector<std::uint64_t> hashes_;  // per id
};
}  // namespace

// Made in two passes over the records, both in slices: the first folds each record's text into the
// arena and counts, per token, the records holding it; the second reads the arena again and writes
// each record into its tokens' postings, laid out one after another (CSR) with the counts. Keeping
// every record's tokens between the passes instead would cost 4 bytes per word of text (20 MB for
// 100k practices), and the arena is reserved from the first slice's size, never doubled: in the
// browser, memory once taken is not given back.
struct TextIndex::Building {
  AppendText appendText;
  std::size_t next = 0;       // the first record the current pass has not done
  bool postingPass = false;   // the second pass
  TokenTable ids;
  std::vector<std::uint32_t> lastSeen, counts;  // per token: the last record holding it, how many do
  std::vector<std::uint64_t> cursor;            // second pass: per token, where its next posting goes
};

TextIndex::TextIndex() = default;
TextIndex::TextIndex(TextIndex&&) noexcept = default;
TextIndex& TextIndex::operator=(TextIndex&&) noexcept = default;
TextIndex::~TextIndex() = default;

void TextIndex::begin(std::size_t n, AppendText appendText) {
  *this = TextIndex{};
  offsets_.reserve(n + 1);
  offsets_.push_back(0);
  all_.resize(n);
  for (std::size_t i = 0; i < n; ++i) all_[i] = static_cast<std::uint32_t>(i);
  scratch_.assign((n + 63) / 64, 0);
  masks_.assign(n, 0);
  building_ = std::make_unique<Building>();
  building_->appendText = std::move(appendText);
  if (n == 0) add(0);
}

namespace {
// Calls `token(text)` for each whitespace-separated token of `t`; returns the bytes it holds (byteMask).
template <class Token>
std::uint64_t forEachToken(std::string_view t, Token token) {
  std::uint64_t bytes = 0;
  std::size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && isSearchSpace(t[i])) ++i;
    std::size_t j = i;
    for (; j < t.size() && !isSearchSpace(t[j]); ++j) bytes |= std::uint64_t{1} << byteClass(static_cast<unsigned char>(t[j]));
    if (j == i) break;
    token(t.substr(i, j - i));
    i = j;
  }
  return bytes;  // whitespace never starts a word: leaving it out loses nothing
}
}  // namespace

bool TextIndex::add(std::size_t count) {
  if (!building_) return true;
  Building& b = *building_;
  const std::size_t n = all_.size();
  const std::size_t end = n - b.next < count ? n : b.next + count;
  bool added = false;
  if (!b.postingPass) {
    for (std::size_t r = b.next; r < end; ++r) {
      b.appendText(r, arena_);
      offsets_.push_back(arena_.size());
      masks_[r] = forEachToken(text(r), [&](std::string_view tok) {
        const std::uint32_t id = b.ids.intern(tok, dict_, tokenOffsets_, added);
        if (added) b.lastSeen.push_back(UINT32_MAX), b.counts.push_back(0);
        if (b.lastSeen[id] != r) b.lastSeen[id] = static_cast<std::uint32_t>(r), ++b.counts[id];  // once per record
      });
    }
    if (b.next == 0 && end > 0 && end < n)  // the whole arena, estimated from the first slice
      arena_.reserve(arena_.size() / end * n + arena_.size() / end * n / 8);
    b.next = end;
    if (end < n) return false;
    tokenOffsets_.push_back(static_cast<std::uint32_t>(dict_.size()));
    postingStart_.assign(b.counts.size() + 1, 0);
    for (std::size_t t = 0; t < b.counts.size(); ++t) postingStart_[t + 1] = postingStart_[t] + b.counts[t];
    postings_.resize(postingStart_.back());
    b.cursor.assign(postingStart_.begin(), postingStart_.end() - 1);
    std::fill(b.lastSeen.begin(), b.lastSeen.end(), UINT32_MAX);
    b.counts = {};
    b.postingPass = true;
    b.next = 0;
    return add(count);
  }
  for (std::size_t r = b.next; r < end; ++r)
    forEachToken(text(r), [&](std::string_view tok) {
      const std::uint32_t id = b.ids.intern(tok, dict_, tokenOffsets_, added);
      if (b.lastSeen[id] != r) {  // records visited in order: postings come out ascending
        b.lastSeen[id] = static_cast<std::uint32_t>(r);
        postings_[b.cursor[id]++] = static_cast<std::uint32_t>(r);
      }
    });
  b.next = end;
  if (end < n) return false;
  building_.reset();
  return true;
}

TextIndex::WordMatch* TextIndex::findCachedWord(std::string_view word) {
  for (auto& w : wordCache_)
    if (w.word == word) return &w;
  return nullptr;
}

// Tokens containing `word`: refined from the cached match of a word it contains when there is one
// (typing "wurt" after "wur"), else one pass over the token dictionary.
const TextIndex::WordMatch& TextIndex::wordMatch(const std::string& word) {
  if (WordMatch* hit = findCachedWord(word)) {
    hit->lastUse = ++clock_;
    return *hit;
  }
  WordMatch m;
  m.word = word;
  const WordMatch* base = nullptr;
  for (const auto& w : wordCache_)
    if (contains(word, w.word) && (!base || w.tokens.size() < base->tokens.size())) base = &w;
  auto add = [&](std::uint32_t t) {
    m.tokens.push_back(t);
    m.postings += postingStart_[t + 1] - postingStart_[t];
  };
  if (base) {
    for (std::uint32_t t : base->tokens) {
      const std::string_view tok(dict_.data() + tokenOffsets_[t], tokenOffsets_[t + 1] - tokenOffsets_[t] - 1);
      if (contains(tok, word)) add(t);
    }
  } else {
    std::size_t pos = 0;
    std::uint32_t t = 0;  // hits come in dictionary order: walk the token offsets along
    while ((pos = dict_.find(word, pos)) != std::string::npos) {
      while (tokenOffsets_[t + 1] <= pos) ++t;
      add(t);
      pos = tokenOffsets_[t + 1];  // a word has no '\n', so a hit never spans two tokens
    }
  }
  evictOldest(wordCache_, kWordCacheSize);
  m.lastUse = ++clock_;
  wordCache_.push_back(std::move(m));
  return wordCache_.back();
}

// Keeps the candidates whose text contains `word`, by the cheaper of scan and postings.
std::vector<std::uint32_t> TextIndex::narrow(std::vector<std::uint32_t> cand, const std::string& word) {
  const std::size_t n = size();
  const double avgLen = n ? static_cast<double>(arena_.size()) / static_cast<double>(n) : 0.0;
  const double scanAll = static_cast<double>(cand.size()) * avgLen;
  bool usePostings = false;
  const WordMatch* wm = findCachedWord(word);
  if (wm || scanAll > static_cast<double>(dict_.size())) {
    wm = &wordMatch(word);
    // Scanning a text that holds the word stops at the first hit, a few dozen bytes in for the
    // common words (measured); one that does not is read to the end.
    const double q = std::min(1.0, static_cast<double>(wm->postings) / static_cast<double>(n));
    const double scanCost = scanAll * (1.0 - q) + static_cast<double>(cand.size()) * q * 32.0;
    const double postingCost = 4.0 * static_cast<double>(wm->postings) + static_cast<double>(cand.size());
    usePostings = postingCost < scanCost;
  }
  if (!usePostings) {
    const std::uint64_t need = byteMask(word);
    if (word.size() == 1 && byteClass(static_cast<unsigned char>(word[0])) < 36)  // exact
      std::erase_if(cand, [&](std::uint32_t r) { return (masks_[r] & need) != need; });
    else
      std::erase_if(cand, [&](std::uint32_t r) { return (masks_[r] & need) != need || !contains(text(r), word); });
    return cand;
  }
  for (std::uint32_t t : wm->tokens)
    for (std::uint64_t p = postingStart_[t]; p < postingStart_[t + 1]; ++p)
      scratch_[postings_[p] >> 6] |= std::uint64_t{1} << (postings_[p] & 63);
  if (cand.size() == n) {  // all records: read the bitset in order
    cand.clear();
    for (std::size_t w = 0; w < scratch_.size(); ++w)
      for (std::uint64_t bits = scratch_[w]; bits; bits &= bits - 1)
        cand.push_back(static_cast<std::uint32_t>(w * 64 + static_cast<unsigned>(std::countr_zero(bits))));
  } else {
    std::erase_if(cand, [&](std::uint32_t r) { return !((scratch_[r >> 6] >> (r & 63)) & 1); });
  }
  std::fill(scratch_.begin(), scratch_.end(), 0);
  return cand;
}

const TextIndex::QueryMatch* TextIndex::bestSuperset(const std::vector<std::string>& words) const {
  const QueryMatch* best = nullptr;
  for (const auto& q : queryCache_)
    if (implies(words, q.words) && (!best || q.records.size() < best->records.size())) best = &q;
  return best;
}

const std::vector<std::uint32_t>& TextIndex::search(const std::vector<std::string>& typed) {
  if (typed.empty()) return all_;
  add(all_.size());  // a search before the index is complete: complete it now
  std::vector<std::string> words = typed;
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  for (auto& q : queryCache_)
    if (q.words == words) {
      q.lastUse = ++clock_;
      return q.records;
    }
  const QueryMatch* base = bestSuperset(words);
  std::vector<std::uint32_t> cand = base ? base->records : all_;
  // Words already implied by the cached query need no check; longer words first (fewer hits).
  std::vector<std::string> todo;
  for (const auto& w : words)
    if (!base || !std::any_of(base->words.begin(), base->words.end(),
                              [&](const std::string& b) { return contains(b, w); }))
      todo.push_back(w);
  std::stable_sort(todo.begin(), todo.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (const auto& w : todo) {
    if (cand.empty()) break;
    cand = narrow(std::move(cand), w);
  }
  evictOldest(queryCache_, kQueryCacheSize);
  queryCache_.push_back({std::move(words), std::move(cand), ++clock_});
  return queryCache_.back().records;
}

}  // namespace alma
