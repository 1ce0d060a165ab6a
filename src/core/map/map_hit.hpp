#pragma once
// Which region is under a map-plane point — run on every mouse move, so it looks only at the
// level-2 triangles bucketed in the cell of a uniform grid (MapHitGrid, ~20 km cells) and walks up
// the NUTS hierarchy for levels 0 and 1 (their fills are exactly their NUTS-2 triangles).
// Inset boxes need nothing special: their regions' triangles already sit inside the boxes.
#include "core/map/map_asset.hpp"

namespace alma {

// Fills asset.hitGrid from the level-2 regions' triangles (parseMapAsset calls it).
void buildHitGrid(MapAsset& asset);

// Region index at `level` (0, 1, 2) whose fill contains p, or -1 (sea, neighbours, outside).
int hitTest(const MapAsset& asset, MapPoint p, int level);

// Like hitTest, but when nothing is hit, the region at `level` whose fill comes closest to p,
// if within `radius` map-plane metres — a larger target for small regions (Malta) at low zoom.
int nearestWithin(const MapAsset& asset, MapPoint p, int level, double radius);

// The ancestor (or the region itself) at `level`; -1 if region is invalid or above that level.
int regionAtLevel(const MapAsset& asset, int region, int level);

}  // namespace alma
