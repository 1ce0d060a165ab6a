// The atlas side by side with the tools people would use instead (issue 13), in one run of headless
// Chromium: a Leaflet 1.9.4 canvas map of the same NUTS-2 regions, DataTables 3.1.5 and a plain
// JavaScript table, all given the same generated practices export (generate.mjs: 10k and 100k
// records). Every page is opened in a new browser context (cold cache), RUNS times; the table
// prints medians, and ratios against the tool each goal compares with. Benchmarks print numbers;
// nothing here passes or fails.
//
//   node bench/compare/run.mjs [--runs 3] [--atlas NAME=DIST ...] [--sizes 10000,100000]
//
// --atlas: the atlas builds to compare (default: this checkout's build/web/dist), e.g. a build of an
// older commit as "before". Times: navigation start → the page's first complete frame (the atlas's
// alma-ready; the others' own), or a key press / click (the event's timeStamp) → the frame showing
// the change has been painted (the atlas: state hook perf.queryMs.*.shownAt; the others: the same
// after-paint mark, pages/common.js). Memory: after a forced garbage collection, the JS heap in use
// plus, for the atlas, its wasm linear memory (state hook perf.memoryBytes).
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';
import { generateExport } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HERE = join(ROOT, 'bench/compare');
const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const RUNS = Number(option('--runs', 3));
const SIZES = option('--sizes', '10000,100000').split(',').map(Number).filter(Boolean);  // --sizes 0: the map only
const atlases = [];
for (let i = 0; i < args.length; i++) if (args[i] === '--atlas') { const [n, d] = args[i + 1].split('='); atlases.push({ name: n, dist: resolve(d) }); }
if (!atlases.length) atlases.push({ name: 'atlas', dist: join(ROOT, 'build/web/dist') });
const TERMS = ['employment', 'dolore', 'область', 'Κρήτη', 'women'];  // typed; the last key is timed

// ---- Inputs: generated exports (cached, git-ignored) and the NUTS-2 regions as GeoJSON -------------
const CACHE = join(ROOT, 'build/bench-compare');
mkdirSync(CACHE, { recursive: true });
const exportsBySize = {};
for (const n of SIZES) {
  const file = join(CACHE, `practices-${n}.json`);
  if (!existsSync(file)) writeFileSync(file, generateExport(n));
  exportsBySize[n] = readFileSync(file);
}
const mapgenInput = join(ROOT, 'build/native/map/mapgen-input.json');
if (!existsSync(mapgenInput)) throw new Error(`${mapgenInput} is missing: build the native preset first`);
const regions = JSON.parse(readFileSync(mapgenInput, 'utf8')).regions.filter((r) => r.level === 2);
const geojson = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: regions.map((r) => ({
  type: 'Feature', properties: { id: r.id, country: r.country }, geometry: { type: 'MultiPolygon', coordinates: r.polygons } })) }));

// ---- Servers: one per atlas build (its own origin: cold, separate caches), one for the others -------
const send = (body, type) => (req, res) => res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length }).end(body);
const dataRoutes = Object.fromEntries(SIZES.map((n) => [`/bench/practices-${n}.json`, send(exportsBySize[n], 'application/json')]));
for (const a of atlases) {
  a.server = await startServer(a.dist, 0, '127.0.0.1', dataRoutes);
  a.base = `http://127.0.0.1:${a.server.address().port}/`;
}
const vendor = (p) => readFileSync(join(ROOT, 'node_modules', p));
const others = await startServer(join(HERE, 'pages'), 0, '127.0.0.1', {
  ...dataRoutes,
  '/vendor/leaflet.js': send(vendor('leaflet/dist/leaflet.js'), 'text/javascript'),
  '/vendor/leaflet.css': send(vendor('leaflet/dist/leaflet.css'), 'text/css'),
  '/vendor/dataTables.js': send(vendor('datatables.net/js/dataTables.min.js'), 'text/javascript'),
  '/nuts2.geojson': send(geojson, 'application/json'),
  '/data/calls.json': send(readFileSync(join(atlases[0].dist, 'data/calls.json')), 'application/json'),
});
const otherBase = `http://127.0.0.1:${others.address().port}/`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox',
  '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--enable-precise-memory-info', '--js-flags=--expose-gc'] });

// Every page: the time of the last key press and click, as the event says it happened.
const INIT = () => {
  window.addEventListener('keydown', (e) => { window.__keyAt = e.timeStamp; }, true);
  window.addEventListener('mouseup', (e) => { window.__clickAt = e.timeStamp; }, true);
  window.addEventListener('alma-ready', () => {  // the atlas: its first frame with data, once painted
    const c = new MessageChannel();
    c.port1.onmessage = () => { window.__readyAt = performance.now(); };
    c.port2.postMessage(null);
  });
};
async function open(url, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const responses = [];
  page.on('response', (r) => responses.push(r));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, responses, errors };
}
const readyAt = (page, atlas) => page.waitForFunction((a) => (a ? window.__readyAt : window.bench?.readyAt) || false, atlas, { timeout: 300000, polling: 50 })
  .then((h) => h.jsonValue());
async function bytesOf(responses) {
  let raw = 0, gzip = 0, brotli = 0;
  const files = [];
  for (const r of responses) {
    const body = await r.body().catch(() => null);
    if (!body) continue;
    const g = gzipSync(body, { level: 9 }).length, b = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    raw += body.length, gzip += g, brotli += b;
    files.push(`${new URL(r.url()).pathname.split('/').pop() || 'index.html'} ${Math.round(b / 1024)}/${Math.round(g / 1024)}`);
  }
  return { raw, gzip, brotli, files };
}
// A key press that types `ch` (any script), as a keyboard with that letter sends it: keydown with
// the text, then keyup (Playwright's press knows only the US layout's keys).
async function pressChar(page, ch) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
  await cdp.detach();
}
async function memory(page, atlas) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate((a) => (a ? window.almaState().perf.memoryBytes : performance.memory.usedJSHeapSize), atlas);
}

// ---- The atlas: its state hook says when a change is painted ----------------------------------------
const atlasState = (page) => page.evaluate(() => window.almaState());
const atlasIdle = (page) => page.waitForFunction(() => window.almaState()?.idle, null, { timeout: 60000 });
async function atlasChange(page, act) {  // → ms from the input event to the painted frame, the query's own ms, frames
  const s = await atlasState(page);
  const before = s.perf.queryMs.practices.samples;
  const at = await act();
  const h = await page.waitForFunction((b) => { const q = window.almaState().perf.queryMs.practices; return q.samples > b && q.shown && q; },
                                       before, { timeout: 120000 });
  const q = await h.jsonValue();
  return { ms: q.shownAt - (await page.evaluate(at)), queryMs: q.last, frames: q.shownFrame - s.frame };
}
async function atlasTable(a, n) {
  const { context, page, errors } = await open(`${a.base}?practices=bench/practices-${n}.json#v=practices`);
  const ready = await readyAt(page, true);
  const s = await atlasState(page);
  if (s.data.practices.loaded !== n || s.view !== 'practices') throw new Error(`${a.name}: ${s.data.practices.loaded} practices loaded, view ${s.view}`);
  await atlasIdle(page);
  // Memory and the first search once the page has also finished what it does when idle (the search
  // index and sort keys of a large export, made after the table is on screen).
  const prepared = await (await page.waitForFunction(() => !window.almaState().perf.preparing && performance.now(), null,
    { timeout: 120000, polling: 50 })).jsonValue();
  const mem = await memory(page, true);
  // Search: focus the box ("/"), then per term: all but the last letter, settle, time the last key.
  await page.keyboard.press('/');
  await page.waitForFunction(() => window.almaState().ui.typing);
  const search = [], searchQuery = [], frames = [];
  for (const term of TERMS) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(term.slice(0, -1));
    await atlasIdle(page);
    const r = await atlasChange(page, async () => { await pressChar(page, term.slice(-1)); return () => window.__keyAt; });
    search.push(r.ms), searchQuery.push(r.queryMs), frames.push(r.frames);
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Escape');
  await atlasIdle(page);
  // Sort by title: one click on its header, like a hand (hover first: ImGui needs a frame of it).
  const header = (await atlasState(page)).targets.find((t) => t.kind === 'column' && t.id === 'title');
  const [x, y, w, h] = header.rect;
  await page.mouse.move(x + w / 2 - 2, y + h / 2);
  await page.mouse.move(x + w / 2, y + h / 2);
  await atlasIdle(page);
  const sort = await atlasChange(page, async () => { await page.mouse.down(); await page.mouse.up(); return () => window.__clickAt; });
  const sorted = (await atlasState(page)).sort;
  if (sorted[0]?.column !== 'title') throw new Error(`${a.name}: not sorted by title: ${JSON.stringify(sorted)}`);
  if (errors.length) throw new Error(`${a.name}: ${errors.join('\n')}`);
  await context.close();
  return { ready, prepared, mem, search: median(search), searchQuery: median(searchQuery), sort: sort.ms, sortQuery: sort.queryMs,
    frames: Math.max(...frames) };
}
async function atlasMap(a) {
  const { context, page, responses } = await open(a.base);
  const ready = await readyAt(page, true);
  const seen = responses.slice();  // what was downloaded before the first complete map
  const bytes = await bytesOf(seen);
  await context.close();
  return { ready, ...bytes };
}

// ---- DataTables and the plain table: a draw counter (pages/common.js) ---------------------------------
async function domChange(page, act, eventAt) {
  const before = await page.evaluate(() => window.bench.drawn);
  await act();
  await page.waitForFunction((b) => window.bench.drawn > b, before, { timeout: 300000 });
  return page.evaluate((e) => window.bench.drawnAt - window[e], eventAt);
}
async function domTable(kind, n) {
  const { context, page, errors } = await open(`${otherBase}${kind}.html?data=bench/practices-${n}.json`);
  const ready = await readyAt(page, false);
  const mem = await memory(page, false);
  const box = page.locator('input[type=search]').first();
  const search = [];
  for (const term of TERMS) {
    await box.fill(term.slice(0, -1));
    await box.focus();
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
    search.push(await domChange(page, () => pressChar(page, term.slice(-1)), '__keyAt'));
  }
  await box.fill('');
  const header = page.locator('th', { hasText: /^title$/ }).first();
  await header.hover();
  const sort = await domChange(page, () => header.click(), '__clickAt');
  if (errors.length) throw new Error(`${kind}: ${errors.join('\n')}`);
  await context.close();
  return { ready, mem, search: median(search), sort };
}
async function leafletMap() {
  const { context, page, responses } = await open(`${otherBase}leaflet.html`);
  const ready = await readyAt(page, false);
  const bytes = await bytesOf(responses.slice());
  await context.close();
  return { ready, ...bytes };
}

// ---- Runs, medians, the table -------------------------------------------------------------------------
function median(xs) { const s = [...xs].sort((p, q) => p - q); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; }
const runs = [];
for (let r = 0; r < RUNS; r++) {
  const run = { leaflet: await leafletMap() };
  for (const a of atlases) run[a.name] = { map: await atlasMap(a) };
  for (const n of SIZES) {
    for (const a of atlases) run[a.name][n] = await atlasTable(a, n);
    run.datatables = { ...run.datatables, [n]: await domTable('datatables', n) };
    run.plain = { ...run.plain, [n]: await domTable('plain', n) };
  }
  runs.push(run);
  process.stderr.write(`run ${r + 1} of ${RUNS} done\n`);
}
const med = (f) => median(runs.map(f));
const ms = (v) => `${Math.round(v).toLocaleString('en')} ms`;
const kb = (v) => `${Math.round(v / 1024).toLocaleString('en')} KB`;
const mb = (v) => `${Math.round(v / 1048576).toLocaleString('en')} MB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const rows = [];
const add = (what, cells) => rows.push([what, ...cells]);
const names = atlases.map((a) => a.name);
const cols = [...names, 'Leaflet canvas', 'DataTables 3', 'plain JS'];
add('navigation → first complete map', [...names.map((n) => `${ms(med((r) => r[n].map.ready))} (${ratio(med((r) => r[n].map.ready), med((r) => r.leaflet.ready))} Leaflet)`), ms(med((r) => r.leaflet.ready)), '—', '—']);
add('first view, brotli / gzip', [...names.map((n) => `${kb(med((r) => r[n].map.brotli))} / ${kb(med((r) => r[n].map.gzip))}`),
  `${kb(med((r) => r.leaflet.brotli))} / ${kb(med((r) => r.leaflet.gzip))}`, '—', '—']);
for (const n of SIZES) {
  const k = `${n / 1000}k`;
  const plainReady = med((r) => r.plain[n].ready), plainMem = med((r) => r.plain[n].mem);
  add(`${k} practices: navigation → table ready`, [...names.map((a) => `${ms(med((r) => r[a][n].ready))} (${ratio(med((r) => r[a][n].ready), plainReady)} plain)`),
    '—', ms(med((r) => r.datatables[n].ready)), ms(plainReady)]);
  add(`${k}: navigation → search index and sort keys made (when idle, after ready)`, [...names.map((a) => ms(med((r) => r[a][n].prepared))), '—', '—', '—']);
  add(`${k}: memory (wasm + JS heap)`, [...names.map((a) => `${mb(med((r) => r[a][n].mem))} (${ratio(med((r) => r[a][n].mem), plainMem)} plain)`),
    '—', mb(med((r) => r.datatables[n].mem)), mb(plainMem)]);
  add(`${k}: search, key → painted (median of ${TERMS.length} terms)`, [...names.map((a) => `${ms(med((r) => r[a][n].search))} (query ${med((r) => r[a][n].searchQuery).toFixed(1)} ms)`),
    '—', ms(med((r) => r.datatables[n].search)), ms(med((r) => r.plain[n].search))]);
  add(`${k}: search, frames from the key to the one showing the result (most)`, [...names.map((a) => {
    const most = Math.max(...runs.map((r) => r[a][n].frames));
    return Number.isFinite(most) ? String(most) : '— (not reported by this build)';
  }), '—', '—', '—']);
  add(`${k}: sort by title, click → painted`, [...names.map((a) => `${ms(med((r) => r[a][n].sort))} (in the app ${med((r) => r[a][n].sortQuery).toFixed(1)} ms)`),
    '—', ms(med((r) => r.datatables[n].sort)), ms(med((r) => r.plain[n].sort))]);
}
console.log(`Medians of ${RUNS} runs, headless Chromium (${browser.version()}), cold cache; export sizes: ${SIZES.map((n) => `${n / 1000}k ${mb(exportsBySize[n].length)}`).join(', ')}\n`);
console.log(`| | ${cols.join(' | ')} |\n|---|${cols.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log('\nFirst view, KB brotli/gzip per file (run 1):');
for (const n of [...names, 'leaflet']) console.log(`- ${n}: ${(runs[0][n].map ?? runs[0][n]).files.join(', ')}`);
writeFileSync(join(CACHE, 'last-run.json'), JSON.stringify(runs, null, 1));
await browser.close();
for (const a of atlases) a.server.close();
others.close();
