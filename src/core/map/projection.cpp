#include "core/map/projection.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace alma {
namespace {

// GRS80 (EPSG:7019): a = 6 378 137 m, 1/f = 298.257222101.
constexpr double kA = 6378137.0;
constexpr double kF = 1 / 298.257222101;
constexpr double kE2 = kF * (2 - kF);
const double kE = std::sqrt(kE2);
constexpr double kDeg = std::numbers::pi / 180;

// q(φ) of GN 7-2 (authalic latitude helper).
double q(double sinPhi) {
  return (1 - kE2) * (sinPhi / (1 - kE2 * sinPhi * sinPhi) -
                      1 / (2 * kE) * std::log((1 - kE * sinPhi) / (1 + kE * sinPhi)));
}

const double kQp = q(1.0);

double asinClamped(double x) { return std::asin(std::clamp(x, -1.0, 1.0)); }

}  // namespace

Laea::Laea(const LaeaParams& params) : p_(params) {
  const double phi0 = p_.lat0Deg * kDeg;
  lon0_ = p_.lon0Deg * kDeg;
  const double beta0 = asinClamped(q(std::sin(phi0)) / kQp);
  sinB0_ = std::sin(beta0);
  cosB0_ = std::cos(beta0);
  rq_ = kA * std::sqrt(kQp / 2);
  const double s = std::sin(phi0);
  d_ = kA * (std::cos(phi0) / std::sqrt(1 - kE2 * s * s)) / (rq_ * cosB0_);
}

Projected Laea::forward(double lonDeg, double latDeg) const {
  const double beta = asinClamped(q(std::sin(latDeg * kDeg)) / kQp);
  const double sinB = std::sin(beta), cosB = std::cos(beta);
  const double dLon = lonDeg * kDeg - lon0_;
  const double cosDl = std::cos(dLon);
  const double b = rq_ * std::sqrt(2 / (1 + sinB0_ * sinB + cosB0_ * cosB * cosDl));
  return {p_.falseEasting + b * d_ * cosB * std::sin(dLon),
          p_.falseNorthing + (b / d_) * (cosB0_ * sinB - sinB0_ * cosB * cosDl)};
}

GeoPoint Laea::inverse(double easting, double northing) const {
  const double x = (easting - p_.falseEasting) / d_;
  const double y = d_ * (northing - p_.falseNorthing);
  const double rho = std::hypot(x, y);
  if (rho < 1e-9) return {p_.lon0Deg, p_.lat0Deg};
  const double c = 2 * asinClamped(rho / (2 * rq_));
  const double sinC = std::sin(c), cosC = std::cos(c);
  const double beta = asinClamped(cosC * sinB0_ + y * sinC * cosB0_ / rho);
  const double lon = lon0_ + std::atan2(x * sinC, rho * cosB0_ * cosC - y * sinB0_ * sinC);

  // GN 7-2 series from authalic to geodetic latitude, then Snyder's iteration (3-16) to make the
  // inverse exact to the last millimetre (the series alone leaves ~1e-9 rad).
  const double e4 = kE2 * kE2, e6 = e4 * kE2;
  double phi = beta + (kE2 / 3 + 31 * e4 / 180 + 517 * e6 / 5040) * std::sin(2 * beta) +
               (23 * e4 / 360 + 251 * e6 / 3780) * std::sin(4 * beta) +
               (761 * e6 / 45360) * std::sin(6 * beta);
  const double qTarget = kQp * std::sin(beta);
  for (int i = 0; i < 3; ++i) {
    const double s = std::sin(phi), cphi = std::cos(phi);
    if (std::abs(cphi) < 1e-12) break;  // at a pole the series is already exact
    const double w = 1 - kE2 * s * s;
    phi += w * w / (2 * cphi) *
           (qTarget / (1 - kE2) - s / w + 1 / (2 * kE) * std::log((1 - kE * s) / (1 + kE * s)));
  }
  double lonDeg = lon / kDeg;
  while (lonDeg > 180) lonDeg -= 360;
  while (lonDeg <= -180) lonDeg += 360;
  return {lonDeg, phi / kDeg};
}

Projected toEpsg3035(double lonDeg, double latDeg) {
  static const Laea laea(kEpsg3035);
  return laea.forward(lonDeg, latDeg);
}

GeoPoint fromEpsg3035(double easting, double northing) {
  static const Laea laea(kEpsg3035);
  return laea.inverse(easting, northing);
}

}  // namespace alma
