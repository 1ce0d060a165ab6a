#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "core/map/map_asset.hpp"
#include "core/map/map_hit.hpp"

using namespace alma;

namespace {

// The native build generates the asset (target map_asset, part of ALL) before ctest runs.
const char* const kAssetPath = ALMA_SOURCE_DIR "/build/native/map/atlas.bin";

const std::vector<std::uint8_t>& assetBytes() {
  static const std::vector<std::uint8_t> bytes = [] {
    std::ifstream f(kAssetPath, std::ios::binary);
    return std::vector<std::uint8_t>((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  }();
  return bytes;
}

const MapAsset& asset() {
  static const MapAssetParse parsed = parseMapAsset(assetBytes());
  return *parsed.asset;
}

bool assetLoads() {
  if (assetBytes().empty()) {
    FAIL("map asset missing at " << kAssetPath << ": build the native preset first (target map_asset)");
    return false;
  }
  const MapAssetParse p = parseMapAsset(assetBytes());
  if (!p.asset) FAIL("map asset rejected: " << p.error);
  return p.asset.has_value();
}

}  // namespace

TEST_CASE("map asset: generated file parses: 37 countries / 125 NUTS-1 / 334 NUTS-2 / insets / neighbours") {
  REQUIRE(assetLoads());
  const MapAsset& a = asset();
  CHECK(a.version == kMapAssetVersion);
  CHECK(a.levelRange(0).count == 37);
  CHECK(a.levelRange(1).count == 125);
  CHECK(a.levelRange(2).count == 334);
  CHECK(a.insets.size() == 8);
  std::set<std::string> codes;
  for (const MapNeighbour& n : a.neighbours) codes.insert(n.code);
  for (const char* c : {"UKR", "MDA", "BLR", "RUS", "BIH", "XKX", "MAR", "DZA", "TUN", "SYR", "GEO"}) {
    CAPTURE(c);
    CHECK(codes.count(c) == 1);
  }
  for (const char* c : {"CYN", "FRA", "ALA"}) CHECK(codes.count(c) == 0);  // NUTS covers these
  for (std::size_t c = 0; c < kBorderClassCount; ++c) CHECK(a.borders[c].count > 0);
  const int el = a.findRegion("EL");
  REQUIRE(el >= 0);
  CHECK(a.regions[static_cast<std::size_t>(el)].nameNative == "Ελλάδα");
}

TEST_CASE("map asset: it covers the context extent, and EU27 mainland bounds are those of its shapes") {
  REQUIRE(assetLoads());
  const MapAsset& a = asset();
  CHECK(a.frame.minX == kContextExtent.minX);
  CHECK(a.frame.minY == kContextExtent.minY);
  CHECK(a.frame.maxX == kContextExtent.maxX);
  CHECK(a.frame.maxY == kContextExtent.maxY);
  // Grey land reaches the extent's edges: Russia's far east, Africa south of the Sahara.
  std::set<std::string> codes;
  for (const MapNeighbour& n : a.neighbours) codes.insert(n.code);
  for (const char* c : {"KAZ", "GRL", "NGA", "ETH", "SAU"}) CHECK(codes.count(c) == 1);
  // The countries' main parts (insets left out), as drawn, against eu27MainlandBounds().
  MapRect drawn{1e300, 1e300, -1e300, -1e300};
  for (const char* c : {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "EL", "HU", "IE",
                        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}) {
    const int i = a.findRegion(c);
    REQUIRE(i >= 0);
    const MapRect& b = a.regions[static_cast<std::size_t>(i)].bbox;
    drawn = {std::min(drawn.minX, b.minX), std::min(drawn.minY, b.minY), std::max(drawn.maxX, b.maxX), std::max(drawn.maxY, b.maxY)};
  }
  const MapRect eu = eu27MainlandBounds();
  // Simplified 1:10M outlines on a 160 m grid: within 15 km of the real extreme points.
  CHECK(std::abs(drawn.minX - eu.minX) < 15000);
  CHECK(std::abs(drawn.minY - eu.minY) < 15000);
  CHECK(std::abs(drawn.maxX - eu.maxX) < 15000);
  CHECK(std::abs(drawn.maxY - eu.maxY) < 15000);
}

TEST_CASE("map asset: hierarchy holds / small regions kept / every region drawn") {
  REQUIRE(assetLoads());
  const MapAsset& a = asset();
  for (std::size_t i = 0; i < a.regions.size(); ++i) {
    const MapRegion& r = a.regions[i];
    CAPTURE(r.id);
    CHECK(r.triangles.count > 0);
    CHECK(r.rings.count > 0);
    if (r.level > 0) {
      const MapRegion& parent = a.regions[static_cast<std::size_t>(r.parent)];
      CHECK(r.id.starts_with(parent.id));
      CHECK(parent.triangles.first <= r.triangles.first);  // parent fill = its NUTS-2 triangles
      CHECK(r.triangles.first + r.triangles.count <= parent.triangles.first + parent.triangles.count);
    }
    CHECK(r.bbox.contains(r.centroid));
  }
  for (const char* id : {"ES63", "ES64", "MT00", "LI00", "LU00", "CY00", "NO0B"}) CHECK(a.findRegion(id) >= 0);
  CHECK(a.regions[static_cast<std::size_t>(a.findRegion("ES70"))].inset == 0);
  CHECK(a.regions[static_cast<std::size_t>(a.findRegion("ES"))].inset == -1);
}

TEST_CASE("map asset: triangulated area equals outline area within 0.5 % for every region") {
  REQUIRE(assetLoads());
  const MapAsset& a = asset();
  for (const MapRegion& r : a.regions) {
    CAPTURE(r.id);
    double outline = 0;
    for (std::uint32_t k = r.rings.first; k < r.rings.first + r.rings.count; ++k) outline += ringArea(a, k);
    const double fill = trianglesArea(a, r.triangles);
    REQUIRE(outline > 0);
    CHECK(std::abs(fill - outline) <= 0.005 * outline);
  }
}

TEST_CASE("map asset: every region's centroid lies inside the region") {
  REQUIRE(assetLoads());
  const MapAsset& a = asset();
  for (std::size_t i = 0; i < a.regions.size(); ++i) {
    const MapRegion& r = a.regions[i];
    CAPTURE(r.id);
    CHECK(hitTest(a, r.centroid, r.level) == static_cast<int>(i));
  }
}

TEST_CASE("map asset: truncated / empty / corrupt buffers are rejected with a message") {
  REQUIRE(assetLoads());
  const std::vector<std::uint8_t>& good = assetBytes();
  CHECK_FALSE(parseMapAsset({}).asset.has_value());
  for (std::size_t n : {std::size_t(1), std::size_t(63), std::size_t(64), std::size_t(200), good.size() / 2, good.size() - 1}) {
    CAPTURE(n);
    const MapAssetParse p = parseMapAsset(std::span(good.data(), n));
    CHECK_FALSE(p.asset.has_value());
    CHECK_FALSE(p.error.empty());
  }
  std::vector<std::uint8_t> bad = good;
  bad[0] = 'X';
  CHECK(parseMapAsset(bad).error.find("magic") != std::string::npos);
  bad = good;
  bad[8] = 99;  // version
  CHECK(parseMapAsset(bad).error.find("version") != std::string::npos);

  // Truncated but with the header's size patched to match: the section checks must catch it.
  bad.assign(good.begin(), good.begin() + static_cast<std::ptrdiff_t>(good.size() - 1000));
  const auto size = static_cast<std::uint32_t>(bad.size());
  for (int i = 0; i < 4; ++i) bad[56 + i] = static_cast<std::uint8_t>(size >> (8 * i));
  CHECK_FALSE(parseMapAsset(bad).asset.has_value());

  // Random corruption anywhere: a clean error or a structurally valid asset, never a crash.
  std::uint32_t seed = 12345;
  int rejected = 0;
  for (int round = 0; round < 300; ++round) {
    bad = good;
    for (int k = 0; k < 8; ++k) {
      seed = seed * 1664525u + 1013904223u;
      bad[seed % bad.size()] ^= static_cast<std::uint8_t>(1u << (seed >> 29));
    }
    const MapAssetParse p = parseMapAsset(bad);
    if (!p.asset) {
      ++rejected;
      CHECK_FALSE(p.error.empty());
      continue;
    }
    for (double x = p.asset->frame.minX; x < p.asset->frame.maxX; x += 250000)  // must not crash
      for (int level = 0; level < 3; ++level) nearestWithin(*p.asset, {x, 3000000}, level, 50000);
  }
  CHECK(rejected > 0);
}
