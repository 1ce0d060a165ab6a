#include "core/map/map_asset.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>

#include "core/map/map_hit.hpp"
#include "core/model/countries.hpp"

namespace alma {

std::string regionLabel(const MapRegion& r) {
  if (r.level == 0) return countryLabel(r.country);
  if (r.nameNative.empty() || r.nameNative == r.nameLatin) return r.nameLatin;
  return r.nameLatin + " / " + r.nameNative;
}

namespace {

// Bounds-checked little-endian reader over one section. Every read checks the remaining size;
// after the first failure all reads return 0 and ok() stays false, so parsing code can read a
// whole record and check once.
class Reader {
 public:
  explicit Reader(std::span<const std::uint8_t> b) : b_(b) {}
  bool ok() const { return ok_; }
  std::size_t remaining() const { return b_.size() - pos_; }
  bool need(std::size_t n) {
    if (!ok_ || n > remaining()) ok_ = false;
    return ok_;
  }
  template <typename T>
  T le() {  // unsigned integers of 1, 2, 4 bytes
    if (!need(sizeof(T))) return 0;
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i) v |= std::uint64_t(b_[pos_ + i]) << (8 * i);
    pos_ += sizeof(T);
    return static_cast<T>(v);
  }
  double f64() {
    const std::uint64_t bits = le<std::uint32_t>() | std::uint64_t(le<std::uint32_t>()) << 32;
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }
  std::uint32_t varint() {  // LEB128, at most 5 bytes for 32 bits
    std::uint64_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (!need(1)) return 0;
      const std::uint8_t byte = b_[pos_++];
      v |= std::uint64_t(byte & 0x7f) << shift;
      if (!(byte & 0x80)) {
        if (v > 0xffffffffu) ok_ = false;
        return ok_ ? static_cast<std::uint32_t>(v) : 0;
      }
    }
    ok_ = false;
    return 0;
  }
  std::int64_t zigzag() {
    const std::uint32_t u = varint();
    return static_cast<std::int64_t>(u >> 1) ^ -static_cast<std::int64_t>(u & 1);
  }

 private:
  std::span<const std::uint8_t> b_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

bool validUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return false;
    i += n;
  }
  return true;
}

struct Parser {
  std::span<const std::uint8_t> file;
  MapAsset a;
  std::string error;
  std::string_view strings;
  std::span<const std::uint8_t> sections[9];

  bool fail(std::string message) {
    if (error.empty()) error = std::move(message);
    return false;
  }

  bool str(Reader& r, std::string& out, const char* what) {
    const std::uint32_t off = r.le<std::uint32_t>();
    const std::uint16_t len = r.le<std::uint16_t>();
    if (!r.ok()) return false;
    if (off > strings.size() || len > strings.size() - off) return fail(std::string(what) + ": string outside the string table");
    out.assign(strings.substr(off, len));
    if (!validUtf8(out)) return fail(std::string(what) + ": string is not UTF-8");
    return true;
  }

  bool range(IndexRange r, std::size_t size, const char* what) {
    if (r.first > size || r.count > size - r.first) return fail(std::string(what) + ": range outside its table");
    return true;
  }

  bool header() {
    Reader r(file);
    if (file.size() < kMapHeaderSize) return fail("file too short for a map asset header");
    if (std::memcmp(file.data(), kMapAssetMagic, 8) != 0) return fail("not a map asset (bad magic)");
    for (int i = 0; i < 8; ++i) r.le<std::uint8_t>();
    a.version = r.le<std::uint32_t>();
    if (a.version != kMapAssetVersion)
      return fail("map asset version " + std::to_string(a.version) + ", expected " + std::to_string(kMapAssetVersion));
    const std::uint32_t count = r.le<std::uint32_t>();
    a.frame = {r.f64(), r.f64(), r.f64(), r.f64()};
    a.step = r.f64();
    const std::uint32_t size = r.le<std::uint32_t>();
    r.le<std::uint32_t>();
    if (size != file.size())
      return fail("map asset is " + std::to_string(file.size()) + " bytes, header says " + std::to_string(size) + " (truncated?)");
    if (!(a.step > 0 && a.step < 1e5) || !(a.frame.maxX > a.frame.minX) || !(a.frame.maxY > a.frame.minY) ||
        a.frame.width() / a.step > 65535 || a.frame.height() / a.step > 65535)
      return fail("map asset frame or grid step is invalid");
    if (count > 64 || !r.need(std::size_t(count) * 12)) return fail("section table is truncated");
    static constexpr std::uint32_t kTags[9] = {mapTag("STRS"), mapTag("VERT"), mapTag("TRIS"), mapTag("RING"), mapTag("LINE"),
                                               mapTag("REGN"), mapTag("NBRS"), mapTag("BRDR"), mapTag("INST")};
    bool seen[9] = {};
    for (std::uint32_t i = 0; i < count; ++i) {
      const std::uint32_t tag = r.le<std::uint32_t>(), off = r.le<std::uint32_t>(), len = r.le<std::uint32_t>();
      if (off > file.size() || len > file.size() - off) return fail("a section lies outside the file");
      for (int k = 0; k < 9; ++k)
        if (tag == kTags[k]) { sections[k] = file.subspan(off, len); seen[k] = true; }
    }
    for (int k = 0; k < 9; ++k)
      if (!seen[k]) return fail("a required section is missing");
    strings = {reinterpret_cast<const char*>(sections[0].data()), sections[0].size()};
    return true;
  }

  bool vertices() {
    Reader r(sections[1]);
    const std::uint32_t n = r.le<std::uint32_t>();
    if (!r.ok() || n > r.remaining() / 2) return fail("vertex section is truncated");
    a.vertices.resize(n);
    const std::int64_t maxX = static_cast<std::int64_t>(a.frame.width() / a.step) + 1;
    const std::int64_t maxY = static_cast<std::int64_t>(a.frame.height() / a.step) + 1;
    std::int64_t x = 0, y = 0;
    for (auto& v : a.vertices) {
      x += r.zigzag();
      y += r.zigzag();
      if (!r.ok()) return fail("vertex section is truncated");
      if (x < 0 || y < 0 || x > maxX || y > maxY) return fail("a vertex lies outside the frame");
      v = {static_cast<float>(a.frame.minX + static_cast<double>(x) * a.step),
           static_cast<float>(a.frame.minY + static_cast<double>(y) * a.step)};
    }
    return true;
  }

  // A run of delta-coded vertex indices (one stream per section, deltas carried across items).
  bool indices(Reader& r, std::vector<std::uint32_t>& out, std::size_t n, std::int64_t& last, const char* what) {
    if (n > r.remaining()) return fail(std::string(what) + " section is truncated");
    const std::size_t base = out.size();
    out.resize(base + n);
    for (std::size_t i = 0; i < n; ++i) {
      last += r.zigzag();
      if (!r.ok()) return fail(std::string(what) + " section is truncated");
      if (last < 0 || last >= static_cast<std::int64_t>(a.vertices.size()))
        return fail(std::string(what) + ": vertex index out of range");
      out[base + i] = static_cast<std::uint32_t>(last);
    }
    return true;
  }

  bool triangles() {
    Reader r(sections[2]);
    const std::uint32_t n = r.le<std::uint32_t>();
    std::int64_t last = 0;
    if (!r.ok()) return fail("triangle section is truncated");
    return indices(r, a.triangles, std::size_t(n) * 3, last, "triangle");
  }

  bool polylines(std::span<const std::uint8_t> sec, std::vector<IndexRange>& ranges, std::vector<std::uint32_t>& idx,
                 const char* what) {
    Reader r(sec);
    const std::uint32_t n = r.le<std::uint32_t>();
    if (!r.ok() || n > r.remaining()) return fail(std::string(what) + " section is truncated");
    ranges.resize(n);
    std::uint64_t total = 0;
    for (auto& range : ranges) {
      range = {static_cast<std::uint32_t>(total), r.varint()};
      total += range.count;
      if (!r.ok() || total > r.remaining()) return fail(std::string(what) + " section is truncated");
    }
    std::int64_t last = 0;
    return indices(r, idx, total, last, what);
  }

  bool regions() {
    Reader r(sections[5]);
    const std::uint32_t n = r.le<std::uint32_t>();
    if (!r.ok() || n > r.remaining() / kMapRegionRecordSize) return fail("region section is truncated");
    a.regions.resize(n);
    for (auto& g : a.regions) {
      if (!str(r, g.id, "region id") || !str(r, g.country, "region country") ||
          !str(r, g.nameLatin, "region name") || !str(r, g.nameNative, "region name"))
        return fail("region section is truncated");
      g.level = r.le<std::uint8_t>();
      const std::uint8_t inset = r.le<std::uint8_t>();
      g.inset = inset == 0xff ? -1 : inset;
      r.le<std::uint16_t>();
      g.parent = static_cast<std::int32_t>(r.le<std::uint32_t>());
      double q[6];
      for (double& v : q) v = r.le<std::uint16_t>() * a.step;
      g.bbox = {a.frame.minX + q[0], a.frame.minY + q[1], a.frame.minX + q[2], a.frame.minY + q[3]};
      g.centroid = {a.frame.minX + q[4], a.frame.minY + q[5]};
      g.triangles = {r.le<std::uint32_t>(), r.le<std::uint32_t>()};
      g.rings = {r.le<std::uint32_t>(), r.le<std::uint32_t>()};
      if (!r.ok()) return fail("region section is truncated");
      if (g.level < 0 || g.level > 2) return fail("region " + g.id + ": level must be 0, 1 or 2");
      if (!range(g.triangles, a.triangleCount(), "region triangles") || !range(g.rings, a.rings.size(), "region rings"))
        return false;
    }
    for (std::size_t i = 0; i < a.regions.size(); ++i) {  // the hierarchy must be a tree, level by level
      const MapRegion& g = a.regions[i];
      const bool ok = g.level == 0 ? g.parent == -1
                                   : g.parent >= 0 && static_cast<std::size_t>(g.parent) < a.regions.size() &&
                                         a.regions[static_cast<std::size_t>(g.parent)].level == g.level - 1;
      if (!ok) return fail("region " + g.id + ": invalid parent");
      if (i > 0 && a.regions[i - 1].level > g.level) return fail("regions are not ordered by level");
    }
    return true;
  }

  bool neighbours() {
    Reader r(sections[6]);
    const std::uint32_t n = r.le<std::uint32_t>();
    if (!r.ok() || n > r.remaining() / kMapNeighbourRecordSize) return fail("neighbour section is truncated");
    a.neighbours.resize(n);
    for (auto& g : a.neighbours) {
      if (!str(r, g.code, "neighbour code") || !str(r, g.name, "neighbour name")) return fail("neighbour section is truncated");
      g.triangles = {r.le<std::uint32_t>(), r.le<std::uint32_t>()};
      if (!r.ok()) return fail("neighbour section is truncated");
      if (!range(g.triangles, a.triangleCount(), "neighbour triangles")) return false;
      g.bbox = {1e300, 1e300, -1e300, -1e300};
      for (std::size_t i = std::size_t(g.triangles.first) * 3; i < std::size_t(g.triangles.first + g.triangles.count) * 3; ++i) {
        const MapVertex& v = a.vertices[a.triangles[i]];
        g.bbox = {std::min(g.bbox.minX, double(v.x)), std::min(g.bbox.minY, double(v.y)), std::max(g.bbox.maxX, double(v.x)),
                  std::max(g.bbox.maxY, double(v.y))};
      }
    }
    return true;
  }

  bool bordersAndInsets() {
    Reader b(sections[7]);
    if (b.le<std::uint32_t>() != kBorderClassCount || !b.ok()) return fail("border section is invalid");
    for (auto& range : a.borders) {
      range = {b.le<std::uint32_t>(), b.le<std::uint32_t>()};
      if (!b.ok()) return fail("border section is truncated");
      if (!this->range(range, a.lines.size(), "border lines")) return false;
    }
    Reader r(sections[8]);
    const std::uint32_t n = r.le<std::uint32_t>();
    if (!r.ok() || n > 8 || n > r.remaining() / kMapInsetRecordSize) return fail("inset section is invalid");
    a.insets.resize(n);
    for (auto& in : a.insets) {
      if (!str(r, in.name, "inset name") || !str(r, in.nutsId, "inset region")) return fail("inset section is truncated");
      in.box = {r.f64(), r.f64(), r.f64(), r.f64()};
      in.scale = r.f64();
      in.centre.lon = r.f64();
      in.centre.lat = r.f64();
      if (!r.ok()) return fail("inset section is truncated");
    }
    for (const MapRegion& g : a.regions)
      if (g.inset >= static_cast<int>(a.insets.size())) return fail("region " + g.id + ": invalid inset");
    return true;
  }
};

}  // namespace

MapAssetParse parseMapAsset(std::span<const std::uint8_t> bytes) {
  Parser p;
  p.file = bytes;
  const bool ok = p.header() && p.vertices() && p.triangles() &&
                  p.polylines(p.sections[3], p.a.rings, p.a.ringIndices, "ring") &&
                  p.polylines(p.sections[4], p.a.lines, p.a.lineIndices, "line") && p.regions() && p.neighbours() &&
                  p.bordersAndInsets();
  if (!ok) return {std::nullopt, p.error.empty() ? "map asset is corrupt" : p.error};
  buildHitGrid(p.a);
  return {std::move(p.a), {}};
}

IndexRange MapAsset::levelRange(int level) const {
  const auto lo = std::lower_bound(regions.begin(), regions.end(), level,
                                   [](const MapRegion& g, int l) { return g.level < l; });
  const auto hi = std::upper_bound(regions.begin(), regions.end(), level,
                                   [](int l, const MapRegion& g) { return l < g.level; });
  return {static_cast<std::uint32_t>(lo - regions.begin()), static_cast<std::uint32_t>(hi - lo)};
}

int MapAsset::findRegion(std::string_view id) const {
  for (std::size_t i = 0; i < regions.size(); ++i)
    if (regions[i].id == id) return static_cast<int>(i);
  return -1;
}

double ringArea(const MapAsset& a, std::uint32_t ring) {
  if (ring >= a.rings.size()) return 0;
  const IndexRange r = a.rings[ring];
  double s = 0;
  for (std::uint32_t i = 0, j = r.count - 1; i < r.count; j = i++) {
    const MapVertex p = a.vertices[a.ringIndices[r.first + j]], q = a.vertices[a.ringIndices[r.first + i]];
    // relative to the frame corner: keeps the products small and exact enough in double
    s += (double(p.x) - a.frame.minX) * (double(q.y) - a.frame.minY) -
         (double(q.x) - a.frame.minX) * (double(p.y) - a.frame.minY);
  }
  return s / 2;
}

double trianglesArea(const MapAsset& a, IndexRange t) {
  double s = 0;
  for (std::uint32_t i = t.first; i < t.first + t.count; ++i) {
    const MapVertex p = a.vertices[a.triangles[3 * i]], q = a.vertices[a.triangles[3 * i + 1]],
                    r = a.vertices[a.triangles[3 * i + 2]];
    s += std::abs((double(q.x) - p.x) * (double(r.y) - p.y) - (double(r.x) - p.x) * (double(q.y) - p.y)) / 2;
  }
  return s;
}

}  // namespace alma
