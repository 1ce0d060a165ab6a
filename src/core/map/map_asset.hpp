#pragma once
// The map asset (atlas.bin): every shape the map draws or hit-tests, generated at build time by
// tools/mapgen from Eurostat GISCO NUTS 2021 (© EuroGeographics for the administrative
// boundaries) and Natural Earth (neighbour countries). Parsed from a byte buffer because the
// browser fetches it; a truncated or corrupt buffer gives an error message, never a crash.
//
// Binary format, version 1, all little-endian (docs/map-data.md has the full description):
//   header   "ALMAMAP\0", u32 version, u32 sectionCount, f64 frame[4], f64 step, u32 fileSize, u32 0
//   table    sectionCount × {u32 tag, u32 offset, u32 size}
//   sections STRS (UTF-8 bytes), VERT, TRIS, RING, LINE (varint streams), REGN, NBRS, BRDR, INST
// Vertices are quantised on a square grid of `step` metres from the frame's lower-left corner
// (x, y < 65536) and stored as zigzag varint deltas; triangle, ring and line vertex indices too.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/map/map_frame.hpp"

namespace alma {

inline constexpr std::uint32_t kMapAssetVersion = 1;
inline constexpr char kMapAssetMagic[8] = {'A', 'L', 'M', 'A', 'M', 'A', 'P', '\0'};
inline constexpr std::size_t kMapHeaderSize = 8 + 4 + 4 + 5 * 8 + 4 + 4;  // 64
inline constexpr std::size_t kMapRegionRecordSize = 4 * 6 + 4 + 4 + 8 + 4 + 8 + 8;  // 60
inline constexpr std::size_t kMapNeighbourRecordSize = 2 * 6 + 8;  // 20
inline constexpr std::size_t kMapInsetRecordSize = 2 * 6 + 7 * 8;  // 68
constexpr std::uint32_t mapTag(const char (&s)[5]) {
  return std::uint32_t(std::uint8_t(s[0])) | std::uint32_t(std::uint8_t(s[1])) << 8 |
         std::uint32_t(std::uint8_t(s[2])) << 16 | std::uint32_t(std::uint8_t(s[3])) << 24;
}

struct MapVertex {  // map-plane metres (float keeps 0.5 m at 7 Mm: far below the 80 m grid)
  float x = 0;
  float y = 0;
};

struct IndexRange {
  std::uint32_t first = 0;
  std::uint32_t count = 0;
};

// Border lines, each stored once. For NUTS level L the view draws Outer plus every class <= L.
enum class BorderClass : std::uint8_t {
  Outer,      // coasts and borders with non-NUTS countries
  Country,    // between NUTS countries
  Nuts1,      // between NUTS-1 regions of one country
  Nuts2,      // between NUTS-2 regions of one NUTS-1 region
  Neighbour,  // between two grey neighbour countries
};
inline constexpr std::size_t kBorderClassCount = 5;

struct MapRegion {
  std::string id;          // NUTS code, e.g. "DE30"; level 0 uses the country code ("EL", "UK")
  std::string country;     // CNTR_CODE
  std::string nameLatin;   // NAME_LATN
  std::string nameNative;  // NUTS_NAME (may be Greek, Cyrillic...)
  int level = 0;           // 0, 1 or 2
  int inset = -1;          // index into insets when the region is drawn only in one inset box
  int parent = -1;         // region index one level up, -1 for countries
  MapRect bbox;            // of the main part: mainland geometry if it has any, else its inset
  MapPoint centroid;       // area centroid of its largest main polygon, moved inside it if needed
  IndexRange triangles;    // into MapAsset::triangles (in triangles, not indices); levels 0/1
                           // use their NUTS-2 regions' triangles, which are contiguous
  IndexRange rings;        // outline rings into MapAsset::rings: CCW exteriors, CW holes
};

// What people read for a region: "Andalucía", "Attiki / Αττική" (Latin and native names when they
// differ); a country (level 0) by its country label ("Czechia / Česko").
std::string regionLabel(const MapRegion&);
// The place a region stands for at its level: the country code at level 0, else its NUTS code.
inline const std::string& placeId(const MapRegion& r) { return r.level == 0 ? r.country : r.id; }

struct MapNeighbour {  // a grey country around the NUTS area (fill only)
  std::string code;    // ISO 3166-1 alpha-3 (Natural Earth), e.g. "UKR"
  std::string name;    // English short name
  IndexRange triangles;
  MapRect bbox;        // of its triangles, computed at load: neighbours off screen are not drawn
};

struct MapInsetBox {
  std::string name;    // caption, e.g. "Canarias (ES)"
  std::string nutsId;  // region shown
  MapRect box;         // in the map plane: the view draws its frame
  double scale = 1;    // map-plane metres per local metre (how much it is enlarged)
  GeoPoint centre;     // origin of its local LAEA
};

// Built when parsing (map_hit.cpp): level-2 triangles bucketed in a uniform grid over their bounds.
struct MapHitGrid {
  MapRect area;
  double cellSize = 0;
  int cellsX = 0, cellsY = 0;
  std::vector<std::uint32_t> cellStart;  // cellsX*cellsY + 1 offsets into cellTriangles
  std::vector<std::uint32_t> cellTriangles;
  std::vector<std::int32_t> triangleRegion;  // level-2 region index per triangle, -1 for neighbours
};

struct MapAsset {
  std::uint32_t version = 0;
  MapRect frame;                       // what the asset covers (kContextExtent); the grid starts at its corner
  double step = 0;                     // quantisation step in metres
  std::vector<MapVertex> vertices;
  std::vector<std::uint32_t> triangles;  // 3 vertex indices per triangle
  std::vector<IndexRange> rings;         // into ringIndices; closed implicitly (last → first)
  std::vector<std::uint32_t> ringIndices;
  std::vector<IndexRange> lines;         // into lineIndices; open polylines
  std::vector<std::uint32_t> lineIndices;
  std::vector<MapRegion> regions;        // level 0, then 1, then 2, each sorted by id
  std::vector<MapNeighbour> neighbours;
  std::array<IndexRange, kBorderClassCount> borders{};  // ranges into lines
  std::vector<MapInsetBox> insets;
  MapHitGrid hitGrid;

  std::size_t triangleCount() const { return triangles.size() / 3; }
  IndexRange levelRange(int level) const;  // regions of one level (contiguous)
  int findRegion(std::string_view id) const;  // index or -1
};

struct MapAssetParse {
  std::optional<MapAsset> asset;
  std::string error;  // why it was rejected (empty on success)
};

MapAssetParse parseMapAsset(std::span<const std::uint8_t> bytes);

// Signed area (m², positive for CCW) of one ring, and the summed area of a range of triangles
// (both from the quantised vertices, as drawn).
double ringArea(const MapAsset&, std::uint32_t ring);
double trianglesArea(const MapAsset&, IndexRange triangles);

}  // namespace alma
