#pragma once
// A property a fuzz target checks besides "no crash, no sanitizer report": when it does not hold,
// the input is a finding (libFuzzer saves it as a crash file).
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                        \
  do {                                                                          \
    if (!(cond)) {                                                              \
      std::fprintf(stderr, "fuzz property failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                             \
    }                                                                           \
  } while (0)
