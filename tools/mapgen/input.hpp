#pragma once
// The JSON that extract.mjs writes: simplified lon/lat geometry (degrees), nothing projected yet.
#include <array>
#include <string>
#include <vector>

#include "clip.hpp"
#include "core/map/map_frame.hpp"

namespace mapgen {

using Polygon = std::vector<Path>;  // exterior ring, then holes; open rings, x = lon, y = lat

struct InputRegion {
  std::string id, country, nameLatin, nameNative;
  int level = 0;
  std::vector<Polygon> polygons;       // on the mainland map (up to the context extent's edge)
  std::vector<Polygon> insetPolygons;  // of the outermost regions: shown in their inset boxes only
};

struct InputNeighbour {
  std::string code, name;
  std::vector<Polygon> polygons;
};

struct Input {
  std::vector<InputRegion> regions;                // NUTS levels 0-2
  std::array<std::vector<Path>, 4> nutsBorders;    // outer, country, NUTS-1, NUTS-2 lines
  std::vector<Path> insetCoasts;                   // outer lines of the outermost regions
  std::vector<InputNeighbour> neighbours;
  std::vector<Path> neighbourBorders;
  std::string sources;                             // for the log
  // What extract.mjs assumed (mapgen checks them against map_frame.hpp and its own mappings).
  alma::MapRect frame, extent;
  std::vector<Rect> insetAreas;  // lon/lat: full detail kept there
};

// False (with a reason) if the file is missing or not shaped as expected.
bool readInput(const std::string& path, Input& out, std::string& error);

}  // namespace mapgen
