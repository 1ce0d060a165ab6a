#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "core/view/qr_code.hpp"

using namespace alma;

namespace {
// A finder pattern with its top-left module at (x0, y0): 7x7 dark ring, light ring, 3x3 dark core.
bool finderAt(const QrMatrix& m, int x0, int y0) {
  for (int y = 0; y < 7; ++y)
    for (int x = 0; x < 7; ++x) {
      const int ring = std::max(std::abs(x - 3), std::abs(y - 3));
      if (m.at(x0 + x, y0 + y) != (ring != 2)) return false;
    }
  return true;
}
// The light separator row and column around a finder (from its corner module, outwards by dx, dy).
bool separated(const QrMatrix& m, int x0, int y0, int dx, int dy) {
  for (int i = 0; i < 8; ++i)
    if (m.at(x0 + dx * 7, y0 + i * dy) || m.at(x0 + i * dx, y0 + dy * 7)) return false;
  return true;
}
}  // namespace

TEST_CASE("qr: a link gets the smallest version at medium correction") {
  const auto m = qrFor("https://esf.lt/en/call-documents/1332");  // 37 bytes
  REQUIRE(m);
  CHECK(m->version == 3);  // byte capacity at medium: version 2 holds 26, version 3 holds 42
  CHECK(m->size == 29);
  CHECK(m->ecc == QrEcc::Medium);  // quartile at version 3 holds only 32 bytes
  CHECK(m->dark.size() == 29u * 29u);
}

TEST_CASE("qr: correction is raised when the text still fits the same version") {
  const auto m = qrFor("ALMA");  // 4 bytes: version 1 holds 7 even at high correction
  REQUIRE(m);
  CHECK(m->version == 1);
  CHECK(m->size == 21);
  CHECK(m->ecc == QrEcc::High);
}

TEST_CASE("qr: finder patterns at three corners, none at the fourth") {
  for (const char* text : {"ALMA", "https://esf.lt/en/call-documents/1332", "x"}) {
    const auto m = qrFor(text);
    REQUIRE(m);
    const int far = m->size - 7;
    CHECK(finderAt(*m, 0, 0));
    CHECK(finderAt(*m, far, 0));
    CHECK(finderAt(*m, 0, far));
    CHECK(separated(*m, 0, 0, 1, 1));
    CHECK(separated(*m, m->size - 1, 0, -1, 1));
    CHECK(separated(*m, 0, m->size - 1, 1, -1));
    CHECK_FALSE(finderAt(*m, far, far));
    // Timing pattern between the top finders: alternating, dark on even columns.
    for (int x = 8; x < far - 1; ++x) CHECK(m->at(x, 6) == (x % 2 == 0));
    CHECK_FALSE(m->at(-1, 0));  // the quiet zone reads light
    CHECK_FALSE(m->at(0, m->size));
  }
}

TEST_CASE("qr: texts too long for one code give nothing, never a throw") {
  CHECK_FALSE(qrFor(std::string(5000, 'a')));
  CHECK_FALSE(qrFor(std::string(kQrMaxBytes + 1, 'a')));
  const auto largest = qrFor(std::string(kQrMaxBytes, '\xFF'));
  REQUIRE(largest);
  CHECK(largest->version == 40);
  CHECK(largest->size == 177);
  CHECK(largest->ecc == QrEcc::Medium);
  CHECK(qrFor(std::string("a\0b", 3)));  // bytes, not a C string
  const auto empty = qrFor("");
  REQUIRE(empty);
  CHECK(empty->version == 1);
}
