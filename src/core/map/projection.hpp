#pragma once
// Lambert azimuthal equal-area on the GRS80 ellipsoid (EPSG method 9820), the projection of
// EPSG:3035 "ETRS89-extended / LAEA Europe" — the EU's statistical maps use it. This is the ONE
// projection of the project: the map generator, the app (markers) and the tests all call it.
// Formulas: IOGP Guidance Note 7-2, §3.2.2 (= Snyder, USGS PP 1395, pp. 187-190). The inverse
// refines the series for the latitude with Snyder's iteration (eq. 3-16) to well below a millimetre.
// Coordinates are (easting, northing) in metres, east and north positive (EPSG lists northing first).

namespace alma {

struct GeoPoint {  // degrees, ETRS89 ≈ WGS84 at map scale
  double lon = 0;
  double lat = 0;
};

struct Projected {  // metres
  double easting = 0;
  double northing = 0;
};

struct LaeaParams {
  double lat0Deg = 52;  // latitude / longitude of the natural origin
  double lon0Deg = 10;
  double falseEasting = 4321000;
  double falseNorthing = 3210000;
};

inline constexpr LaeaParams kEpsg3035{52, 10, 4321000, 3210000};

// Precomputes the constants that depend only on the origin (β₀, D, Rq…).
class Laea {
 public:
  Laea() : Laea(kEpsg3035) {}
  explicit Laea(const LaeaParams& params);
  Projected forward(double lonDeg, double latDeg) const;
  // Undefined only at the antipode of the origin; returns longitudes normalised to (-180, 180].
  GeoPoint inverse(double easting, double northing) const;
  const LaeaParams& params() const { return p_; }

 private:
  LaeaParams p_;
  double lon0_, sinB0_, cosB0_, d_, rq_;
};

// EPSG:3035 shortcuts (one shared instance).
Projected toEpsg3035(double lonDeg, double latDeg);
GeoPoint fromEpsg3035(double easting, double northing);

}  // namespace alma
