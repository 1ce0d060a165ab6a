// Build step 2 of the map asset: projects, clips, triangulates, quantises and writes atlas.bin.
//
//   mapgen INPUT.json OUTPUT.bin     (INPUT from extract.mjs)
//
// Boundaries © EuroGeographics (Eurostat GISCO NUTS 2021) and Natural Earth (public domain),
// see docs/map-data.md. Uses the core's map_frame, so positions match the app's exactly.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <tuple>

#include "asset_writer.hpp"
#include "core/map/map_frame.hpp"
#include "geometry.hpp"
#include "input.hpp"

using namespace mapgen;

namespace {

int failures = 0;
void fail(const std::string& message) {
  std::fprintf(stderr, "mapgen: error: %s\n", message.c_str());
  ++failures;
}

// Polygon centroid (holes are CW, so they subtract) and an even-odd inside test.
alma::MapPoint centroidOf(const MappedPolygon& p, double& areaOut) {
  double a = 0, cx = 0, cy = 0;
  for (const QRing& r : p.rings)
    for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
      const alma::MapPoint u = toMetres(r[j]), v = toMetres(r[i]);
      const double ux = u.x - alma::kEuropeFrame.minX, uy = u.y - alma::kEuropeFrame.minY;
      const double vx = v.x - alma::kEuropeFrame.minX, vy = v.y - alma::kEuropeFrame.minY;
      const double c = ux * vy - vx * uy;
      a += c;
      cx += (ux + vx) * c;
      cy += (uy + vy) * c;
    }
  areaOut = a / 2;
  if (a == 0) return toMetres(p.rings[0][0]);
  return {alma::kEuropeFrame.minX + cx / (3 * a), alma::kEuropeFrame.minY + cy / (3 * a)};
}

// x coordinates where the horizontal line y crosses the polygon's edges (half-open rule).
std::vector<double> crossings(const MappedPolygon& p, double y) {
  std::vector<double> xs;
  for (const QRing& r : p.rings)
    for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
      const alma::MapPoint u = toMetres(r[j]), v = toMetres(r[i]);
      if ((u.y > y) != (v.y > y)) xs.push_back(u.x + (y - u.y) / (v.y - u.y) * (v.x - u.x));
    }
  std::sort(xs.begin(), xs.end());
  return xs;
}

bool insidePolygon(const MappedPolygon& p, alma::MapPoint q) {
  int n = 0;
  for (double x : crossings(p, q.y)) n += x > q.x;
  return n % 2 == 1;
}

// A point for labels and "zoom to": the centroid of the region's largest main polygon (mainland
// parts first), or — for crescent shapes like Croatia — the middle of the widest span through it.
alma::MapPoint anchorOf(const std::vector<MappedPolygon>& main) {
  const MappedPolygon* best = nullptr;
  alma::MapPoint bestCentroid;
  double bestArea = -1;
  for (const MappedPolygon& p : main) {
    double a = 0;
    const alma::MapPoint c = centroidOf(p, a);
    if (a > bestArea) { bestArea = a; best = &p; bestCentroid = c; }
  }
  if (!best || insidePolygon(*best, bestCentroid)) return bestCentroid;
  const std::vector<double> xs = crossings(*best, bestCentroid.y);
  double width = -1, mid = bestCentroid.x;
  for (std::size_t i = 0; i + 1 < xs.size(); i += 2)
    if (xs[i + 1] - xs[i] > width) { width = xs[i + 1] - xs[i]; mid = (xs[i] + xs[i + 1]) / 2; }
  return {mid, bestCentroid.y};
}

std::string parentId(const InputRegion& r) { return r.id.substr(0, r.id.size() - 1); }

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: mapgen INPUT.json OUTPUT.bin\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  Input in;
  std::string error;
  if (!readInput(argv[1], in, error)) {
    std::fprintf(stderr, "mapgen: %s\n", error.c_str());
    return 1;
  }
  // NUTS regions and neighbours are drawn on the mainland up to the context extent's edge (maps).
  // The outermost regions go through mapsFrame: on the mainland they are clipped to the frame,
  // where they have nothing, so they show only in their boxes — never at their real place, which
  // for the Canaries, Madeira and the Açores lies in the context around the frame.
  const std::vector<Mapping> maps = allMappings(alma::kContextExtent);
  const std::vector<Mapping> mapsFrame = allMappings(alma::kEuropeFrame);
  const auto sameRect = [](const alma::MapRect& a, const alma::MapRect& b) {
    return a.minX == b.minX && a.minY == b.minY && a.maxX == b.maxX && a.maxY == b.maxY;
  };
  if (!sameRect(in.frame, alma::kEuropeFrame) || !sameRect(in.extent, alma::kContextExtent))
    fail("extract.mjs's FRAME / EXTENT differ from kEuropeFrame / kContextExtent (map_frame.hpp)");
  for (std::size_t m = 1; m < maps.size(); ++m) {  // full detail must cover what each inset shows
    const Rect& g = maps[m].geo;
    const bool covered = std::any_of(in.insetAreas.begin(), in.insetAreas.end(), [&](const Rect& a) {
      return a.minX <= g.minX + 1 && a.minY <= g.minY + 1 && a.maxX >= g.maxX - 1 && a.maxY >= g.maxY - 1;  // geo has a 1° margin
    });
    if (!covered) fail(std::string(alma::insets()[m - 1].name) + ": no INSET_AREAS box in extract.mjs covers it");
  }
  // An inset's source area must not also be visible where NUTS regions are drawn on the mainland
  // (it is not: the outermost regions lie far outside the frame). Checked, because toMapPlane relies on it.
  for (const alma::Inset& inset : alma::insets()) {
    const alma::LaeaParams& o = inset.projection.params();
    if (alma::kEuropeFrame.contains(alma::toMainland(o.lon0Deg, o.lat0Deg))) fail(std::string(inset.name) + " is inside the frame");
  }

  // Regions ordered by level, then id: the NUTS-2 regions of any NUTS-1 region or country are then
  // contiguous, so levels 0/1 can point at one range of NUTS-2 triangles.
  std::sort(in.regions.begin(), in.regions.end(),
            [](const InputRegion& a, const InputRegion& b) { return std::tie(a.level, a.id) < std::tie(b.level, b.id); });
  std::map<std::string, int> indexOf;
  for (std::size_t i = 0; i < in.regions.size(); ++i) indexOf[in.regions[i].id] = static_cast<int>(i);

  QAsset out;
  out.frame = alma::kContextExtent;  // what the asset covers; its grid starts at the lower-left corner
  out.step = kStep;
  VertexPool pool;
  out.regions.resize(in.regions.size());
  std::vector<std::vector<MappedPolygon>> mapped(in.regions.size());
  double worstAreaError = 0;
  std::string worstRegion;

  // NUTS-2 first (they own the triangles and put the vertices into the pool in ring order), then
  // levels 0 and 1 (outlines only).
  std::vector<std::size_t> order;
  for (int level : {2, 0, 1})
    for (std::size_t i = 0; i < in.regions.size(); ++i)
      if (in.regions[i].level == level) order.push_back(i);
  for (std::size_t i : order) {
    const InputRegion& src = in.regions[i];
    QRegion& r = out.regions[i];
    r.id = src.id, r.country = src.country, r.nameLatin = src.nameLatin, r.nameNative = src.nameNative;
    r.level = src.level;
    r.parent = src.level == 0 ? -1 : indexOf.count(parentId(src)) ? indexOf[parentId(src)] : -2;
    if (r.parent == -2) fail(src.id + " has no parent region");
    mapped[i] = mapPolygons(src.polygons, maps);
    for (MappedPolygon& p : mapPolygons(src.insetPolygons, mapsFrame)) mapped[i].push_back(std::move(p));

    // Which inset(s) show it; NUTS-2 regions must appear exactly where map_frame says they do.
    const int expected = src.level == 2 ? alma::insetIndexOfRegion(src.id) : -1;
    int inset = mapped[i].empty() ? -1 : maps[static_cast<std::size_t>(mapped[i][0].mapping)].inset;
    for (const MappedPolygon& p : mapped[i]) {
      const int at = maps[static_cast<std::size_t>(p.mapping)].inset;
      if (src.level == 2 && at != expected) fail(src.id + " has geometry outside its place on the map");
      if (at != inset) inset = -1;
      if (at < 0)  // mainland shapes must leave the inset boxes free
        for (const QRing& ring : p.rings)
          for (QPoint q : ring)
            if (alma::insetIndexAt(toMetres(q)) >= 0) { fail(src.id + " reaches into an inset box"); break; }
    }
    r.inset = inset;

    r.rings.first = static_cast<std::uint32_t>(out.rings.size());
    for (const MappedPolygon& p : mapped[i])
      for (const QRing& ring : p.rings) out.rings.push_back(pool.add(ring));
    r.rings.count = static_cast<std::uint32_t>(out.rings.size()) - r.rings.first;

    if (src.level == 2) {
      r.triangles.first = static_cast<std::uint32_t>(out.triangles.size() / 3);
      double ringArea = 0, triArea = 0;
      for (const MappedPolygon& p : mapped[i]) {
        for (QPoint v : p.triangles) out.triangles.push_back(pool.add(v));
        for (const QRing& ring : p.rings) ringArea += area2(ring) / 2;
        for (std::size_t k = 0; k < p.triangles.size(); k += 3)
          triArea += std::abs(area2(QRing(p.triangles.begin() + k, p.triangles.begin() + k + 3))) / 2;
      }
      r.triangles.count = static_cast<std::uint32_t>(out.triangles.size() / 3) - r.triangles.first;
      const double err = ringArea > 0 ? std::abs(triArea - ringArea) / ringArea : 0;
      if (err > worstAreaError) { worstAreaError = err; worstRegion = src.id; }
    }

    // Box and anchor of the main part: mainland geometry when there is any (Spain without the
    // Canaries), else everything (the Canaries themselves, or all of FRY).
    std::vector<MappedPolygon> main;
    for (const MappedPolygon& p : mapped[i])
      if (maps[static_cast<std::size_t>(p.mapping)].inset < 0) main.push_back(p);
    if (main.empty()) main = mapped[i];
    if (main.empty()) {
      std::fprintf(stderr, "mapgen: note: %s (%s) lies outside the frame and has no geometry\n", src.id.c_str(),
                   src.nameLatin.c_str());
      continue;
    }
    QPoint lo{65535, 65535}, hi{0, 0};
    for (const MappedPolygon& p : main)
      for (QPoint q : p.rings[0]) {
        lo = {std::min(lo.x, q.x), std::min(lo.y, q.y)};
        hi = {std::max(hi.x, q.x), std::max(hi.y, q.y)};
      }
    r.bboxMin = lo, r.bboxMax = hi;
    r.centroid = toGrid(anchorOf(main));
  }

  // Levels 0/1 fill with their NUTS-2 regions' triangles: one contiguous range each.
  for (std::size_t i = 0; i < out.regions.size(); ++i) {
    QRegion& r = out.regions[i];
    if (r.level == 2) continue;
    std::uint32_t first = UINT32_MAX, end = 0, sum = 0;
    for (const QRegion& c : out.regions)
      if (c.level == 2 && c.id.starts_with(r.id)) {
        if (c.triangles.count == 0) continue;
        first = std::min(first, c.triangles.first);
        end = std::max(end, c.triangles.first + c.triangles.count);
        sum += c.triangles.count;
      }
    if (sum == 0) first = end = 0;
    if (end - first != sum) fail(r.id + ": NUTS-2 triangles are not contiguous");
    r.triangles = {first, sum};
  }

  // Grey neighbours: fill only, wherever they show (mainland and inset boxes).
  std::size_t neighbourInBoxes = 0;
  for (const InputNeighbour& n : in.neighbours) {
    QNeighbour q{n.code, n.name, {static_cast<std::uint32_t>(out.triangles.size() / 3), 0}};
    for (const MappedPolygon& p : mapPolygons(n.polygons, maps)) {
      for (QPoint v : p.triangles) out.triangles.push_back(pool.add(v));
      if (maps[static_cast<std::size_t>(p.mapping)].inset < 0)
        for (QPoint v : p.rings[0]) neighbourInBoxes += alma::insetIndexAt(toMetres(v)) >= 0;
    }
    q.triangles.count = static_cast<std::uint32_t>(out.triangles.size() / 3) - q.triangles.first;
    if (q.triangles.count > 0) out.neighbours.push_back(std::move(q));
  }
  if (neighbourInBoxes) std::fprintf(stderr, "mapgen: warning: %zu neighbour vertices inside inset boxes\n", neighbourInBoxes);

  // Border lines by class: NUTS outer/0/1/2, then lines between neighbours.
  auto addLines = [&](const std::vector<Path>& lines, alma::BorderClass cls, const std::vector<Mapping>& where) {
    alma::IndexRange& range = out.borders[static_cast<std::size_t>(cls)];
    if (range.count == 0) range.first = static_cast<std::uint32_t>(out.lines.size());
    for (const Path& line : lines)
      for (const Mapping& m : where)
        for (const QRing& part : mapLine(line, m)) out.lines.push_back(pool.add(part));
    range.count = static_cast<std::uint32_t>(out.lines.size()) - range.first;
  };
  addLines(in.nutsBorders[0], alma::BorderClass::Outer, maps);
  addLines(in.insetCoasts, alma::BorderClass::Outer, mapsFrame);  // same class, right after
  addLines(in.nutsBorders[1], alma::BorderClass::Country, maps);
  addLines(in.nutsBorders[2], alma::BorderClass::Nuts1, maps);
  addLines(in.nutsBorders[3], alma::BorderClass::Nuts2, maps);
  addLines(in.neighbourBorders, alma::BorderClass::Neighbour, maps);

  for (const alma::Inset& inset : alma::insets()) {
    const alma::LaeaParams& o = inset.projection.params();
    out.insets.push_back({std::string(inset.name), std::string(inset.nutsId), inset.box, inset.scale, {o.lon0Deg, o.lat0Deg}});
  }
  out.vertices = pool.vertices();

  if (worstAreaError > 0.005) fail("triangulation of " + worstRegion + " misses area");
  if (failures) return 1;
  const std::vector<std::uint8_t> bytes = encode(out);
  std::ofstream f(argv[2], std::ios::binary | std::ios::trunc);
  f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (!f) {
    std::fprintf(stderr, "mapgen: cannot write %s\n", argv[2]);
    return 1;
  }
  std::size_t regionTris = 0, lineVerts = 0;
  for (const QRegion& r : out.regions) regionTris += r.level == 2 ? r.triangles.count : 0;
  for (const auto& l : out.lines) lineVerts += l.size();
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("mapgen: %s\n", in.sources.c_str());
  std::printf("mapgen: %zu regions, %zu neighbours; %zu vertices, %zu triangles (%zu NUTS-2, %zu neighbours), "
              "%zu outline rings, %zu border lines (%zu points); worst fill/outline area mismatch %.4f%% (%s)\n",
              out.regions.size(), out.neighbours.size(), out.vertices.size(), out.triangles.size() / 3, regionTris,
              out.triangles.size() / 3 - regionTris, out.rings.size(), out.lines.size(), lineVerts,
              worstAreaError * 100, worstRegion.empty() ? "all exact" : worstRegion.c_str());
  std::printf("mapgen: wrote %s: %zu bytes (%.1f KiB) in %.0f ms\n", argv[2], bytes.size(), bytes.size() / 1024.0, ms);
  return 0;
}
