#pragma once
// Encodes the generated map into the atlas.bin format that src/core/map/map_asset.cpp reads
// (format constants and description live in map_asset.hpp; docs/map-data.md has the tables).
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/map/map_asset.hpp"

namespace mapgen {

struct QPoint {  // grid units of `step` metres from the frame's lower-left corner
  std::uint16_t x = 0;
  std::uint16_t y = 0;
  bool operator==(const QPoint&) const = default;
};

struct QRegion {
  std::string id, country, nameLatin, nameNative;
  int level = 0, inset = -1, parent = -1;
  QPoint bboxMin, bboxMax, centroid;
  alma::IndexRange triangles, rings;
};

struct QNeighbour {
  std::string code, name;
  alma::IndexRange triangles;
};

struct QAsset {
  alma::MapRect frame;
  double step = 0;
  std::vector<QPoint> vertices;
  std::vector<std::uint32_t> triangles;              // 3 per triangle
  std::vector<std::vector<std::uint32_t>> rings;     // region outlines
  std::vector<std::vector<std::uint32_t>> lines;     // border polylines, grouped by class
  std::vector<QRegion> regions;                      // ordered by level, then id
  std::vector<QNeighbour> neighbours;
  std::array<alma::IndexRange, alma::kBorderClassCount> borders{};
  std::vector<alma::MapInsetBox> insets;
};

std::vector<std::uint8_t> encode(const QAsset& asset);

}  // namespace mapgen
