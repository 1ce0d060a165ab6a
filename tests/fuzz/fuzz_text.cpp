// Text folding and search tokenising: any bytes as record texts and as a typed query. Properties:
// folding is idempotent; a record's own folded words always find it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/text_fold.hpp"
#include "core/query/text_search.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::string folded = alma::foldForSearch(bytes);
  FUZZ_CHECK(alma::foldForSearch(folded) == folded);
  // Records: the input split at '|'; the query: the words of the first record.
  std::vector<std::string_view> records;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= bytes.size(); ++i)
    if (i == bytes.size() || bytes[i] == '|') records.push_back(bytes.substr(start, i - start)), start = i + 1;
  alma::TextIndex index;
  index.build(records.size(), [&](std::size_t i, std::string& out) { out += alma::foldForSearch(records[i]) + "\n"; });
  const std::vector<std::string> words = alma::searchWords(records.front());
  if (words.empty()) return 0;
  const std::vector<std::uint32_t>& found = index.search(words);
  bool first = false;
  for (std::uint32_t r : found) first |= r == 0;
  FUZZ_CHECK(first);
  return 0;
}
