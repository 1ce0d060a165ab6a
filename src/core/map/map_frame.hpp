#pragma once
// The map plane: Eurostat's Europe frame in EPSG:3035 plus inset boxes for the outermost regions
// that lie far outside it (Canarias, Açores, Madeira, the five French ones). Every position on the
// map — generated geometry, markers, hit-tests — goes through toMapPlane(), so they always agree.
//
// Map-plane units are metres, y pointing north. Outside the insets the map plane IS EPSG:3035
// (x = easting, y = northing). Each inset is drawn in its own Lambert azimuthal equal-area
// projection centred on the islands (same formulas as EPSG:3035, GRS80, just another origin), so it
// has the least distortion there; that local plane is scaled and moved into a box in the Atlantic
// west of Ireland, where the frame holds only open sea. Insets are enlarged (or, for the big
// archipelagos and Guyane, reduced) so that each fills its box — like Eurostat's own maps.
#include <optional>
#include <span>
#include <string_view>

#include "core/map/projection.hpp"

namespace alma {

struct MapPoint {
  double x = 0;
  double y = 0;
};

struct MapRect {
  double minX = 0, minY = 0, maxX = 0, maxY = 0;
  constexpr double width() const { return maxX - minX; }
  constexpr double height() const { return maxY - minY; }
  constexpr bool contains(MapPoint p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
};

// Eurostat's EUR_3035 frame (eurostat-map): easting 2.25–7.33 Mm, northing 1.26–5.58 Mm.
inline constexpr MapRect kEuropeFrame{2250000, 1260000, 7330000, 5580000};

// The part of the map plane the map asset covers: grey neighbours (and NUTS land outside the frame:
// Svalbard) are generated for all of it, everything else is sea. The view never shows anything
// outside it (clampView), so the map's edge is never seen. Easting −0.7…9.75 Mm, northing
// −2.1…8.3 Mm: it holds the whole view when EU27 is fitted (fitView) to the free part of a 9:19.5
// phone in portrait, or of a 16:9 screen with the legend on the left or a details panel on the
// right; on narrower or wider screens the minimum zoom rises instead. It reaches from Greenland and
// the Sahel to Siberia and past the pole (northing 7.37 Mm): far-away context, generated coarsely
// (docs/map-data.md). It is also the asset's quantisation grid (≤ 65 535 steps of 160 m each way).
inline constexpr MapRect kContextExtent{-700000, -2100000, 9750000, 8300000};

// EU27 on the mainland map (insets left out): the box around the points where member states reach
// furthest on it — Cabo de São Vicente (PT) west, Cape Apostolos Andreas (CY) east, Lampedusa (IT)
// south (lower on the map than Gavdos or Cyprus), Finland's northernmost point north. Computed with
// toMainland from their lon/lat: easting 2.636–6.526 Mm, northing 1.386–5.307 Mm. The initial view
// fits it (fitView).
MapRect eu27MainlandBounds();
// What the home view shows: EU27's mainland and the inset boxes west of it.
MapRect homeBounds();

struct Inset {
  std::string_view name;    // caption for the box, e.g. "Canarias (ES)"
  std::string_view nutsId;  // the NUTS-2 region drawn in it
  Laea projection;          // local LAEA centred on the region
  MapRect source;           // what is shown, in local LAEA metres
  MapRect box;              // where it is shown, in the map plane (inside kEuropeFrame)
  double scale = 1;         // map-plane metres per local metre (same in x and y)
};

// Canarias, Açores, Madeira, Guadeloupe, Martinique, Guyane, La Réunion, Mayotte (index = order).
std::span<const Inset> insets();
int insetIndexOfRegion(std::string_view nutsId);  // -1 for regions on the mainland map
int insetIndexAt(MapPoint p);                     // the box containing p, or -1
int insetIndexOf(double lonDeg, double latDeg);   // the inset whose source area shows it, or -1

// Mainland: EPSG:3035. Insets: local LAEA → scale → box.
MapPoint toMainland(double lonDeg, double latDeg);
MapPoint toInset(const Inset& inset, double lonDeg, double latDeg);
// The one mapping for everything: the inset that shows the point if any, else the mainland.
// Points outside the frame (e.g. Svalbard, Saint-Martin) come back outside kEuropeFrame.
MapPoint toMapPlane(double lonDeg, double latDeg);
// Inverse for a point inside the frame (inset boxes first); nullopt outside the frame.
std::optional<GeoPoint> fromMapPlane(MapPoint p);

}  // namespace alma
