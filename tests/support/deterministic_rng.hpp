#pragma once
// xorshift64*: the same sequence on every platform and standard library (unlike std::
// distributions), so unit tests and benchmarks generate identical data natively and in wasm.
// Shared by tests/unit (query fixtures) and bench/ (query_bench).
#include <cstdint>
#include <vector>

namespace alma::testing {

struct Rng {
  std::uint64_t s;
  explicit Rng(std::uint64_t seed = 0) : s(seed * 0x9E3779B97F4A7C15ull + 1) {}
  std::uint32_t next() {
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return static_cast<std::uint32_t>((s * 0x2545F4914F6CDD1Dull) >> 32);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
  template <class T>
  const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(below(static_cast<int>(v.size())))]; }
};

}  // namespace alma::testing
