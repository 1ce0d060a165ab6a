#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "core/map/map_hit.hpp"

using namespace alma;

namespace {

const char* const kAssetPath = ALMA_SOURCE_DIR "/build/native/map/atlas.bin";

// Parsed once for all test cases here; nullptr (and a clear failure) when the file is missing.
const MapAsset* asset() {
  static const MapAssetParse parsed = [] {
    std::ifstream f(kAssetPath, std::ios::binary);
    const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    if (bytes.empty()) return MapAssetParse{std::nullopt, "missing"};
    return parseMapAsset(bytes);
  }();
  if (!parsed.asset)
    FAIL("map asset " << kAssetPath << " unusable (" << parsed.error
                      << "): build the native preset first (target map_asset)");
  return parsed.asset ? &*parsed.asset : nullptr;
}

std::string regionAt(double lon, double lat, int level) {
  const int i = hitTest(*asset(), toMapPlane(lon, lat), level);
  return i < 0 ? "none" : asset()->regions[static_cast<std::size_t>(i)].id;
}

}  // namespace

TEST_CASE("map hit: capitals and Las Palmas (inset) at NUTS-2 / NUTS-1 / country level") {
  REQUIRE(asset());
  struct Case {
    const char* place;
    double lon, lat;
    const char* nuts2;
    const char* nuts1;
    const char* country;
  };
  const Case cases[] = {
      {"Berlin", 13.405, 52.52, "DE30", "DE3", "DE"},
      {"Sevilla", -5.9845, 37.3891, "ES61", "ES6", "ES"},
      {"Valletta", 14.5146, 35.8989, "MT00", "MT0", "MT"},
      {"Lefkosia", 33.3823, 35.1856, "CY00", "CY0", "CY"},
      {"Luxembourg", 6.1296, 49.6116, "LU00", "LU0", "LU"},
      // coordinates as given by Wikipedia (28°08′N 15°26′W); the city centre, not the port
      {"Las Palmas de Gran Canaria", -15.4333, 28.1333, "ES70", "ES7", "ES"},
      {"Saint-Denis (Réunion)", 55.4504, -20.8823, "FRY4", "FRY", "FR"},
      {"Ponta Delgada", -25.6687, 37.7412, "PT20", "PT2", "PT"},
      {"Madrid", -3.7038, 40.4168, "ES30", "ES3", "ES"},
  };
  for (const Case& c : cases) {
    const std::string place = c.place;
    CAPTURE(place);
    CHECK(regionAt(c.lon, c.lat, 2) == std::string(c.nuts2));
    CHECK(regionAt(c.lon, c.lat, 1) == std::string(c.nuts1));
    CHECK(regionAt(c.lon, c.lat, 0) == std::string(c.country));
  }
}

TEST_CASE("map hit: Svalbard, outside the frame but in the covered extent, is Norway's NO0B") {
  REQUIRE(asset());
  CHECK_FALSE(kEuropeFrame.contains(toMapPlane(15.63, 78.22)));
  CHECK(regionAt(15.63, 78.22, 2) == "NO0B");  // Longyearbyen
  CHECK(regionAt(15.63, 78.22, 0) == "NO");
}

TEST_CASE("map hit: sea / neighbours / outside the frame / empty inset space hit nothing") {
  REQUIRE(asset());
  for (int level = 0; level < 3; ++level) {
    CHECK(regionAt(-20, 45, level) == "none");       // Atlantic
    CHECK(regionAt(30.52, 50.45, level) == "none");  // Kyiv: a grey neighbour
    CHECK(regionAt(18, 34, level) == "none");        // Ionian Sea
    CHECK(hitTest(*asset(), {1e6, 3e6}, level) == -1);
    // the grey context around the frame is never a place: Moscow, Cairo, Nuuk, Almaty
    for (auto [lon, lat] : {std::pair{37.62, 55.75}, {31.24, 30.04}, {-51.72, 64.18}, {76.89, 43.24}})
      CHECK(regionAt(lon, lat, level) == "none");
    const MapRect& box = asset()->insets[0].box;     // Canarias box, bottom-left corner: sea
    CHECK(hitTest(*asset(), {box.minX + 1000, box.minY + 1000}, level) == -1);
  }
}

TEST_CASE("map hit: nearestWithin gives small regions a larger target") {
  REQUIRE(asset());
  const MapAsset& a = *asset();
  const MapPoint offMalta = toMapPlane(14.25, 35.75);  // sea, ~15 km south-west of Malta
  CHECK(hitTest(a, offMalta, 2) == -1);
  CHECK(nearestWithin(a, offMalta, 2, 1000) == -1);
  const int mt = nearestWithin(a, offMalta, 2, 40000);
  REQUIRE(mt >= 0);
  CHECK(a.regions[static_cast<std::size_t>(mt)].id == "MT00");
  CHECK(a.regions[static_cast<std::size_t>(nearestWithin(a, offMalta, 0, 40000))].id == "MT");
  const MapPoint berlin = toMapPlane(13.405, 52.52);
  CHECK(nearestWithin(a, berlin, 2, 50000) == hitTest(a, berlin, 2));  // a direct hit wins
}

TEST_CASE("map hit: the grid agrees with a brute-force scan and is fast") {
  REQUIRE(asset());
  const MapAsset& a = *asset();
  const MapRect& f = kEuropeFrame;  // the asset covers far more (a.frame): mostly sea and neighbours
  std::uint32_t seed = 7;
  auto next = [&seed] { return (seed = seed * 1664525u + 1013904223u) / 4294967296.0; };
  const IndexRange l2 = a.levelRange(2);
  int landHits = 0;
  for (int k = 0; k < 3000; ++k) {
    // two in three points inside the frame, the others anywhere the asset covers
    const MapRect& in = k % 3 == 2 ? a.frame : f;
    const MapPoint p{in.minX + next() * in.width(), in.minY + next() * in.height()};
    const int grid = hitTest(a, p, 2);
    bool inside = false;
    for (std::uint32_t r = l2.first; r < l2.first + l2.count && !inside; ++r) {
      const IndexRange t = a.regions[r].triangles;
      // brute force: does any triangle of region r contain p?
      for (std::uint32_t i = t.first; i < t.first + t.count && !inside; ++i) {
        const MapVertex u = a.vertices[a.triangles[3 * i]], v = a.vertices[a.triangles[3 * i + 1]],
                        w = a.vertices[a.triangles[3 * i + 2]];
        const double d1 = (double(v.x) - u.x) * (p.y - u.y) - (double(v.y) - u.y) * (p.x - u.x);
        const double d2 = (double(w.x) - v.x) * (p.y - v.y) - (double(w.y) - v.y) * (p.x - v.x);
        const double d3 = (double(u.x) - w.x) * (p.y - w.y) - (double(u.y) - w.y) * (p.x - w.x);
        inside = !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
      }
    }
    CHECK((grid >= 0) == inside);
    landHits += grid >= 0;
  }
  CHECK(landHits > 400);  // the frame is roughly a third NUTS land

  const auto start = std::chrono::steady_clock::now();
  int hits = 0;
  for (int k = 0; k < 100000; ++k) hits += hitTest(a, {f.minX + next() * f.width(), f.minY + next() * f.height()}, 2) >= 0;
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  MESSAGE("100000 hit tests: " << ms << " ms (" << hits << " on land)");
  CHECK(ms < 1000);  // ~µs each; generous for slow CI machines
}
