#pragma once
// As-you-type search over pre-folded record texts: a record matches when every query word occurs
// in its text as a substring (both folded with text_fold.hpp).
//
// Why not just scan: 100k practices hold ~45 MB of text, and one scan of it costs more than the
// 5 ms keystroke budget. So besides the text, the index keeps the distinct whitespace-separated
// tokens with the records holding each (postings). A query word never contains whitespace, so it
// occurs in a text exactly when it occurs inside one of the text's tokens: matching the (small)
// token dictionary and uniting postings gives the same answer as the scan. Each word then takes
// the cheaper path: postings when the word is rare (few postings), a scan of the candidates when
// it is common (the scan stops at the first hit, early in most texts).
//
// Typing letter by letter narrows the result: when every word of an earlier query occurs inside
// some word of the new one, the new matches are a subset of the old ones. Recent queries and
// recent per-word token matches are cached, so a keystroke only re-checks the previous matches,
// and Backspace finds the earlier query in the cache.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace alma {

class TextIndex {
 public:
  // appendText(i, out) appends record i's folded text; fields separated by '\n'.
  using AppendText = std::function<void(std::size_t, std::string&)>;
  void build(std::size_t recordCount, AppendText appendText) {
    begin(recordCount, std::move(appendText));
    add(recordCount);
  }
  // The same in slices, so that a large export's index is made between frames after the table is
  // on screen: begin(), then add() until it says the index is complete. `appendText` is kept until
  // then (what it reads must outlive it). search() completes the index first if it is not yet.
  void begin(std::size_t recordCount, AppendText appendText);
  bool add(std::size_t records);  // indexes up to `records` more; true once all are
  bool complete() const { return !building_; }

  TextIndex();
  TextIndex(TextIndex&&) noexcept;
  TextIndex& operator=(TextIndex&&) noexcept;
  ~TextIndex();

  // Records holding every word (ascending). Words are folded and whitespace-free (searchWords).
  // The reference stays valid until the next call.
  const std::vector<std::uint32_t>& search(const std::vector<std::string>& words);

  std::size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  std::string_view text(std::size_t record) const {
    return std::string_view(arena_).substr(offsets_[record], offsets_[record + 1] - offsets_[record]);
  }

 private:
  struct WordMatch {  // tokens containing a word, and how many postings they hold together
    std::string word;
    std::vector<std::uint32_t> tokens;
    std::uint64_t postings = 0;
    std::uint64_t lastUse = 0;
  };
  struct QueryMatch {
    std::vector<std::string> words;
    std::vector<std::uint32_t> records;
    std::uint64_t lastUse = 0;
  };

  struct Building;  // the state of an index being made (text_search.cpp)
  WordMatch* findCachedWord(std::string_view word);
  const WordMatch& wordMatch(const std::string& word);
  std::vector<std::uint32_t> narrow(std::vector<std::uint32_t> candidates, const std::string& word);
  const QueryMatch* bestSuperset(const std::vector<std::string>& words) const;

  std::string arena_;                    // all record texts, back to back
  std::vector<std::uint64_t> offsets_;   // record i's text is [offsets_[i], offsets_[i+1])
  std::string dict_;                     // distinct tokens, each followed by '\n'
  std::vector<std::uint32_t> tokenOffsets_;   // token t is dict_[tokenOffsets_[t], ...+1)
  std::vector<std::uint64_t> postingStart_;   // CSR: records of token t, ascending
  std::vector<std::uint32_t> postings_;
  std::vector<std::uint64_t> masks_;    // per record: which bytes its text holds (byteMask)
  std::vector<std::uint32_t> all_;       // 0..n-1, the answer to an empty query
  std::vector<std::uint64_t> scratch_;   // bitset over records
  std::vector<WordMatch> wordCache_;
  std::vector<QueryMatch> queryCache_;
  std::uint64_t clock_ = 0;
  std::unique_ptr<Building> building_;
};

}  // namespace alma
