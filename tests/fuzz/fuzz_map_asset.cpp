// The map asset reader (atlas.bin, fetched like any other file). Property: an asset it accepts is
// self-consistent enough to draw and hit-test — every index it holds points inside its arrays.
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/map/map_asset.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const alma::MapAssetParse parsed = alma::parseMapAsset(std::span<const std::uint8_t>(data, size));
  if (!parsed.asset) {
    FUZZ_CHECK(!parsed.error.empty());
    return 0;
  }
  const alma::MapAsset& a = *parsed.asset;
  for (std::uint32_t t : a.triangles) FUZZ_CHECK(t < a.vertices.size());
  for (const alma::MapRegion& r : a.regions) {
    FUZZ_CHECK(std::size_t(r.triangles.first) + r.triangles.count <= a.triangles.size() / 3);
    FUZZ_CHECK(std::size_t(r.rings.first) + r.rings.count <= a.rings.size());
    (void)alma::trianglesArea(a, r.triangles);
  }
  for (std::size_t ring = 0; ring < a.rings.size(); ++ring) (void)alma::ringArea(a, static_cast<std::uint32_t>(ring));
  return 0;
}
