#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/map/projection.hpp"

using namespace alma;

// References:
// - IOGP Guidance Note 7-2 (EPSG method 9820), worked example for EPSG:3035:
//   lat 50°N, lon 5°E → E 3 962 799.45 m, N 2 999 718.85 m.
// - EPSG:3035's definition: the natural origin 52°N 10°E is the false origin (4 321 000, 3 210 000).
// - Capitals: PROJ 9.1.1 (`echo "lat lon" | cs2cs -f %.3f EPSG:4258 EPSG:3035`, Debian bookworm
//   proj-bin), an independent implementation; it reproduces the GN 7-2 example to the millimetre.

TEST_CASE("EPSG:3035 forward: IOGP GN 7-2 worked example and the natural origin") {
  const Projected p = toEpsg3035(5, 50);
  CHECK(std::abs(p.easting - 3962799.45) < 0.01);
  CHECK(std::abs(p.northing - 2999718.85) < 0.01);
  const Projected o = toEpsg3035(10, 52);
  CHECK(std::abs(o.easting - 4321000) < 1e-6);
  CHECK(std::abs(o.northing - 3210000) < 1e-6);
}

TEST_CASE("EPSG:3035 forward: capitals agree with PROJ to well under 1 m") {
  struct Ref {
    const char* name;
    double lon, lat, e, n;
  };
  const Ref refs[] = {
      {"Berlin", 13.405, 52.52, 4552036.450, 3273268.274},
      {"Madrid", -3.7038, 40.4168, 3159390.356, 2029850.920},
      {"Helsinki", 24.9384, 60.1699, 5145297.880, 4206147.972},
      {"Lisboa", -9.1393, 38.7223, 2665519.214, 1946764.045},
      {"Lefkosia", 33.3823, 35.1856, 6436429.129, 1672242.534},
      {"Reykjavik", -21.9426, 64.1466, 2821215.661, 4911736.922},
  };
  for (const Ref& r : refs) {
    CAPTURE(r.name);
    const Projected p = toEpsg3035(r.lon, r.lat);
    CHECK(std::abs(p.easting - r.e) < 0.01);
    CHECK(std::abs(p.northing - r.n) < 0.01);
  }
}

TEST_CASE("EPSG:3035 inverse: GN 7-2 example back to 5°E 50°N and round trips across the map") {
  const GeoPoint g = fromEpsg3035(3962799.45, 2999718.85);
  CHECK(std::abs(g.lon - 5) < 1e-7);  // 1e-7° ≈ 1 cm
  CHECK(std::abs(g.lat - 50) < 1e-7);
  double worst = 0;
  for (double lat = 27; lat <= 72; lat += 1.5)
    for (double lon = -32; lon <= 45; lon += 1.7) {
      const Projected p = toEpsg3035(lon, lat);
      const GeoPoint back = fromEpsg3035(p.easting, p.northing);
      worst = std::max({worst, std::abs(back.lon - lon), std::abs(back.lat - lat)});
    }
  CHECK(worst < 1e-9);  // ≈ 0.1 mm
}

TEST_CASE("LAEA with another origin (the inset projections): origin maps to the false origin") {
  const Laea local({28.53, -15.79, 0, 0});
  const Projected p = local.forward(-15.79, 28.53);
  CHECK(std::abs(p.easting) < 1e-6);
  CHECK(std::abs(p.northing) < 1e-6);
  const Projected q = local.forward(-15.4134, 28.1235);  // Las Palmas: ~37 km east, ~45 km south
  CHECK(q.easting > 30000);
  CHECK(q.easting < 45000);
  CHECK(q.northing < -40000);
  CHECK(q.northing > -50000);
  const GeoPoint back = local.inverse(q.easting, q.northing);
  CHECK(std::abs(back.lon + 15.4134) < 1e-9);
  CHECK(std::abs(back.lat - 28.1235) < 1e-9);
}
