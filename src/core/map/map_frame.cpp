#include "core/map/map_frame.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace alma {
namespace {

// What each inset must show (centre and half-extents of the islands plus a margin, from the
// regions' GISCO bounding boxes) and the box it goes to. Boxes: a column 0.56 Mm wide at
// easting 2.27–2.83 Mm, northing 3.28–4.62 Mm — open Atlantic between Iceland (its south coast is
// at northing 4.77 Mm) and Ireland (westernmost point at easting 2.93 Mm).
// Deliberately left out: Saint-Martin and Saint-Barthélemy (in GISCO's FRY1 geometry, ~250 km
// north of Guadeloupe) and the Ilhas Selvagens (PT30, ~280 km south of Madeira) — as on Eurostat's
// maps; they fall outside the boxes and are not drawn.
struct InsetSpec {
  std::string_view name, nutsId;
  double lon0, lat0;        // centre of the local LAEA
  double halfWkm, halfHkm;  // minimum half-extent to show
  MapRect box;
};

constexpr double kMm = 1e6;
constexpr std::array<InsetSpec, 8> kSpecs{{
    {"Canarias (ES)", "ES70", -15.79, 28.53, 245, 110, {2.27 * kMm, 4.06 * kMm, 2.83 * kMm, 4.30 * kMm}},
    {"Açores (PT)", "PT20", -28.14, 38.33, 290, 168, {2.27 * kMm, 4.32 * kMm, 2.83 * kMm, 4.62 * kMm}},
    {"Madeira (PT)", "PT30", -16.77, 32.75, 55, 48, {2.27 * kMm, 3.80 * kMm, 2.54 * kMm, 4.04 * kMm}},
    {"Guadeloupe (FR)", "FRY1", -61.40, 16.17, 52, 46, {2.56 * kMm, 3.80 * kMm, 2.83 * kMm, 4.04 * kMm}},
    {"Martinique (FR)", "FRY2", -61.02, 14.64, 29, 33, {2.27 * kMm, 3.54 * kMm, 2.54 * kMm, 3.78 * kMm}},
    {"Guyane (FR)", "FRY3", -53.11, 3.93, 178, 215, {2.56 * kMm, 3.54 * kMm, 2.83 * kMm, 3.78 * kMm}},
    {"La Réunion (FR)", "FRY4", 55.53, -21.13, 39, 35, {2.27 * kMm, 3.28 * kMm, 2.54 * kMm, 3.52 * kMm}},
    {"Mayotte (FR)", "FRY5", 45.17, -12.83, 20, 24, {2.56 * kMm, 3.28 * kMm, 2.83 * kMm, 3.52 * kMm}},
}};

// Fit the wanted extent into the box with one scale; the source rectangle then grows to the box's
// aspect ratio so the whole box shows real geography (no stretched or empty bands).
Inset makeInset(const InsetSpec& s) {
  const double scale = std::min(s.box.width() / (2e3 * s.halfWkm), s.box.height() / (2e3 * s.halfHkm));
  const double hw = s.box.width() / (2 * scale), hh = s.box.height() / (2 * scale);
  return Inset{s.name, s.nutsId, Laea({s.lat0, s.lon0, 0, 0}), {-hw, -hh, hw, hh}, s.box, scale};
}

const std::array<Inset, kSpecs.size()>& table() {
  static const std::array<Inset, kSpecs.size()> t = [] {
    std::array<Inset, kSpecs.size()> out{};
    for (std::size_t i = 0; i < kSpecs.size(); ++i) out[i] = makeInset(kSpecs[i]);
    return out;
  }();
  return t;
}

}  // namespace

std::span<const Inset> insets() { return table(); }

MapRect eu27MainlandBounds() {
  struct Extreme {
    double lon, lat;
  };
  // Where EU27's outline (GISCO NUTS 2021) reaches furthest on the mainland map; coordinates of
  // the named points (WGS84). Cabo da Roca is 560 m further east on the map than São Vicente.
  static constexpr Extreme kExtremes[] = {
      {-8.9976, 37.0226},  // Cabo de São Vicente (PT): west
      {34.5862, 35.6953},  // Cape Apostolos Andreas (CY): east
      {12.6400, 35.4900},  // Lampedusa (IT), south coast: south
      {27.9175, 70.0925},  // Finland's northernmost point, near Nuorgam: north
  };
  MapRect r{1e300, 1e300, -1e300, -1e300};
  for (const Extreme& e : kExtremes) {
    const MapPoint p = toMainland(e.lon, e.lat);
    r = {std::min(r.minX, p.x), std::min(r.minY, p.y), std::max(r.maxX, p.x), std::max(r.maxY, p.y)};
  }
  return r;
}

int insetIndexOfRegion(std::string_view nutsId) {
  for (std::size_t i = 0; i < kSpecs.size(); ++i)
    if (kSpecs[i].nutsId == nutsId) return static_cast<int>(i);
  return -1;
}

int insetIndexAt(MapPoint p) {
  const auto& t = table();
  for (std::size_t i = 0; i < t.size(); ++i)
    if (t[i].box.contains(p)) return static_cast<int>(i);
  return -1;
}

int insetIndexOf(double lonDeg, double latDeg) {
  const auto& t = table();
  for (std::size_t i = 0; i < t.size(); ++i) {
    const LaeaParams& o = t[i].projection.params();
    // Cheap reject first: every inset spans less than 5° around its centre.
    double dLon = std::fmod(std::abs(lonDeg - o.lon0Deg), 360.0);
    dLon = std::min(dLon, 360 - dLon);
    if (std::abs(latDeg - o.lat0Deg) > 8 || dLon > 10) continue;
    const Projected local = t[i].projection.forward(lonDeg, latDeg);
    if (t[i].source.contains({local.easting, local.northing})) return static_cast<int>(i);
  }
  return -1;
}

MapPoint toMainland(double lonDeg, double latDeg) {
  const Projected p = toEpsg3035(lonDeg, latDeg);
  return {p.easting, p.northing};
}

MapPoint toInset(const Inset& inset, double lonDeg, double latDeg) {
  const Projected local = inset.projection.forward(lonDeg, latDeg);
  return {inset.box.minX + (local.easting - inset.source.minX) * inset.scale,
          inset.box.minY + (local.northing - inset.source.minY) * inset.scale};
}

MapPoint toMapPlane(double lonDeg, double latDeg) {
  const int i = insetIndexOf(lonDeg, latDeg);
  return i >= 0 ? toInset(table()[static_cast<std::size_t>(i)], lonDeg, latDeg) : toMainland(lonDeg, latDeg);
}

std::optional<GeoPoint> fromMapPlane(MapPoint p) {
  if (!kEuropeFrame.contains(p)) return std::nullopt;
  const int i = insetIndexAt(p);
  if (i < 0) return fromEpsg3035(p.x, p.y);
  const Inset& in = table()[static_cast<std::size_t>(i)];
  return in.projection.inverse(in.source.minX + (p.x - in.box.minX) / in.scale,
                               in.source.minY + (p.y - in.box.minY) / in.scale);
}

MapRect homeBounds() {
  MapRect r = eu27MainlandBounds();
  for (const Inset& i : insets()) {
    r.minX = std::min(r.minX, i.box.minX), r.minY = std::min(r.minY, i.box.minY);
    r.maxX = std::max(r.maxX, i.box.maxX), r.maxY = std::max(r.maxY, i.box.maxY);
  }
  return r;
}

}  // namespace alma
