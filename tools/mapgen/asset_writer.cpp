#include "asset_writer.hpp"

#include <cstring>
#include <map>

namespace mapgen {
namespace {

class Out {
 public:
  std::vector<std::uint8_t> bytes;
  template <typename T>
  void le(T v) {
    for (std::size_t i = 0; i < sizeof(T); ++i) bytes.push_back(static_cast<std::uint8_t>(std::uint64_t(v) >> (8 * i)));
  }
  void f64(double d) {
    std::uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    le(bits);
  }
  void varint(std::uint32_t v) {
    while (v >= 0x80) {
      bytes.push_back(static_cast<std::uint8_t>(v | 0x80));
      v >>= 7;
    }
    bytes.push_back(static_cast<std::uint8_t>(v));
  }
  void zigzag(std::int64_t d) { varint(static_cast<std::uint32_t>((d << 1) ^ (d >> 63))); }
};

// Strings are stored once each (many regions share a country code or a Latin = native name).
class Strings {
 public:
  Out out;
  void ref(Out& o, const std::string& s) {
    auto [it, added] = offsets_.try_emplace(s, static_cast<std::uint32_t>(out.bytes.size()));
    if (added) out.bytes.insert(out.bytes.end(), s.begin(), s.end());
    o.le<std::uint32_t>(it->second);
    o.le<std::uint16_t>(static_cast<std::uint16_t>(s.size()));
  }

 private:
  std::map<std::string, std::uint32_t> offsets_;
};

// Delta-coded vertex indices: consecutive ring and triangle indices are close in a vertex pool
// ordered along the rings, so most deltas fit in one byte and gzip does the rest.
void indexRuns(Out& o, const std::vector<std::vector<std::uint32_t>>& runs) {
  o.le<std::uint32_t>(static_cast<std::uint32_t>(runs.size()));
  for (const auto& run : runs) o.varint(static_cast<std::uint32_t>(run.size()));
  std::int64_t last = 0;
  for (const auto& run : runs)
    for (std::uint32_t i : run) {
      o.zigzag(std::int64_t(i) - last);
      last = i;
    }
}

}  // namespace

std::vector<std::uint8_t> encode(const QAsset& a) {
  Strings strings;
  std::vector<std::pair<const char*, Out>> sections;
  sections.reserve(16);  // section() hands out references: no reallocation allowed
  auto section = [&](const char* tag) -> Out& { return sections.emplace_back(tag, Out{}).second; };
  section("STRS");  // filled last, once every string is known

  Out& vert = section("VERT");
  vert.le<std::uint32_t>(static_cast<std::uint32_t>(a.vertices.size()));
  QPoint prev;
  for (const QPoint& v : a.vertices) {
    vert.zigzag(std::int64_t(v.x) - prev.x);
    vert.zigzag(std::int64_t(v.y) - prev.y);
    prev = v;
  }

  Out& tris = section("TRIS");
  tris.le<std::uint32_t>(static_cast<std::uint32_t>(a.triangles.size() / 3));
  std::int64_t last = 0;
  for (std::uint32_t i : a.triangles) {
    tris.zigzag(std::int64_t(i) - last);
    last = i;
  }
  indexRuns(section("RING"), a.rings);
  indexRuns(section("LINE"), a.lines);

  Out& regn = section("REGN");
  regn.le<std::uint32_t>(static_cast<std::uint32_t>(a.regions.size()));
  for (const QRegion& r : a.regions) {
    for (const std::string* s : {&r.id, &r.country, &r.nameLatin, &r.nameNative}) strings.ref(regn, *s);
    regn.le<std::uint8_t>(static_cast<std::uint8_t>(r.level));
    regn.le<std::uint8_t>(r.inset < 0 ? 0xff : static_cast<std::uint8_t>(r.inset));
    regn.le<std::uint16_t>(0);
    regn.le<std::uint32_t>(static_cast<std::uint32_t>(r.parent));
    for (QPoint p : {r.bboxMin, r.bboxMax, r.centroid}) {
      regn.le<std::uint16_t>(p.x);
      regn.le<std::uint16_t>(p.y);
    }
    for (alma::IndexRange range : {r.triangles, r.rings}) {
      regn.le<std::uint32_t>(range.first);
      regn.le<std::uint32_t>(range.count);
    }
  }

  Out& nbrs = section("NBRS");
  nbrs.le<std::uint32_t>(static_cast<std::uint32_t>(a.neighbours.size()));
  for (const QNeighbour& n : a.neighbours) {
    strings.ref(nbrs, n.code);
    strings.ref(nbrs, n.name);
    nbrs.le<std::uint32_t>(n.triangles.first);
    nbrs.le<std::uint32_t>(n.triangles.count);
  }

  Out& brdr = section("BRDR");
  brdr.le<std::uint32_t>(static_cast<std::uint32_t>(a.borders.size()));
  for (alma::IndexRange range : a.borders) {
    brdr.le<std::uint32_t>(range.first);
    brdr.le<std::uint32_t>(range.count);
  }

  Out& inst = section("INST");
  inst.le<std::uint32_t>(static_cast<std::uint32_t>(a.insets.size()));
  for (const alma::MapInsetBox& in : a.insets) {
    strings.ref(inst, in.name);
    strings.ref(inst, in.nutsId);
    for (double d : {in.box.minX, in.box.minY, in.box.maxX, in.box.maxY, in.scale, in.centre.lon, in.centre.lat})
      inst.f64(d);
  }
  sections[0].second = std::move(strings.out);

  // Header, section table, then the sections back to back.
  Out file;
  file.bytes.insert(file.bytes.end(), alma::kMapAssetMagic, alma::kMapAssetMagic + 8);
  file.le<std::uint32_t>(alma::kMapAssetVersion);
  file.le<std::uint32_t>(static_cast<std::uint32_t>(sections.size()));
  for (double d : {a.frame.minX, a.frame.minY, a.frame.maxX, a.frame.maxY, a.step}) file.f64(d);
  std::size_t offset = alma::kMapHeaderSize + 12 * sections.size();
  std::size_t total = offset;
  for (const auto& s : sections) total += s.second.bytes.size();
  file.le<std::uint32_t>(static_cast<std::uint32_t>(total));
  file.le<std::uint32_t>(0);
  for (const auto& [tag, body] : sections) {
    std::uint32_t t = 0;
    for (int i = 0; i < 4; ++i) t |= std::uint32_t(std::uint8_t(tag[i])) << (8 * i);  // as alma::mapTag
    file.le<std::uint32_t>(t);
    file.le<std::uint32_t>(static_cast<std::uint32_t>(offset));
    file.le<std::uint32_t>(static_cast<std::uint32_t>(body.bytes.size()));
    offset += body.bytes.size();
  }
  for (const auto& s : sections) file.bytes.insert(file.bytes.end(), s.second.bytes.begin(), s.second.bytes.end());
  return file.bytes;
}

}  // namespace mapgen
