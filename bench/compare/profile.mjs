// Where the atlas's start-up time goes: one cold load (a new browser context) with the Chrome
// DevTools protocol's CPU profiler running from navigation to the first complete frame (alma-ready),
// printed as the resource timeline (when each download started and ended) and the functions with
// the most CPU time of their own. Benchmark output, not a test.
//
//   node bench/compare/profile.mjs [DIST] [QUERY]     e.g. QUERY='?practices=bench/practices-100000.json#v=practices'
//   (bench/… serves run.mjs's generated exports from build/bench-compare/)
import { chromium } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(process.argv[2] || join(ROOT, 'build/web/dist'));
const query = process.argv[3] || '';
const cache = join(ROOT, 'build/bench-compare');
const routes = Object.fromEntries((existsSync(cache) ? readdirSync(cache) : []).filter((f) => f.startsWith('practices-')).map((f) => [`/bench/${f}`,
  (req, res) => { const body = readFileSync(join(cache, f)); res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length }).end(body); }]));
const server = await startServer(dist, 0, '127.0.0.1', routes);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu',
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-first-run', '--disable-background-networking'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(() => window.addEventListener('alma-ready', () => { window.__readyAt = performance.now(); }));
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(base + query);
const readyAt = await (await page.waitForFunction(() => window.__readyAt, null, { timeout: 120000, polling: 20 })).jsonValue();
const { profile } = await cdp.send('Profiler.stop');

const timeline = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({
  name: e.name.split('/').slice(3).join('/'), start: e.startTime, end: e.responseEnd })));
console.log(`${dist}${query}: navigation → ready ${Math.round(readyAt)} ms\n\nDownloads (ms from navigation):`);
for (const t of timeline) console.log(`  ${String(Math.round(t.start)).padStart(5)} → ${String(Math.round(t.end)).padStart(5)}  ${t.name}`);

// Self time per function (sampled), and what share of the time before ready was spent where.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]);
  const f = node.callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() : ''}`.trim();
  self.set(key, (self.get(key) || 0) + (deltas[i + 1] ?? 0) / 1000);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`\nCPU samples: ${Math.round(total)} ms in all; most self time:`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
// Time inside (self and callees) the app's start-up steps, by function name.
const selfOf = new Map();
for (let i = 0; i < profile.samples.length; i++) selfOf.set(profile.samples[i], (selfOf.get(profile.samples[i]) || 0) + (deltas[i + 1] ?? 0) / 1000);
const inclusive = (n) => (selfOf.get(n.id) || 0) + (n.children || []).reduce((a, c) => a + inclusive(byId.get(c)), 0);
const steps = new Map();
const walk = (n, open) => {
  const name = n.callFrame.functionName;
  const step = STEPS.find((s) => name.startsWith(s));
  if (step && !open.has(step)) { steps.set(step, (steps.get(step) || 0) + inclusive(n)); open = new Set(open).add(step); }
  for (const c of n.children || []) walk(byId.get(c), open);
};
const STEPS = [
  'main', 'alma::fonts::buildAtlas', 'ImGui_ImplOpenGL3_CreateFontsTexture',    // start
  '(anonymous namespace)::fileArrived', 'alma::loadExport', 'alma::(anonymous namespace)::load',  // files
  'alma::(anonymous namespace)::readPractice', 'alma::detail::firstInvalidUtf8', 'alma::parseMapAsset',
  'alma::i18n::Catalog::parse', 'alma::ui::rebuildQueries', 'alma::QueryEngine::buildEngine', 'alma::TextIndex::build',
  'alma::platform::(anonymous namespace)::tick', '(anonymous namespace)::drawFrame', 'alma::ui::drawApp',  // frames
  'alma::ui::drawMap', '(anonymous namespace)::publishMirror', 'alma::buildMirror', 'ImGui::Render',
  'ImGui_ImplOpenGL3_RenderDrawData', '(anonymous namespace)::languageApplied', 'alma::fonts::missingGlyphs'];
walk(profile.nodes[0], new Set());
console.log('\nTime within the start-up steps (self and callees):');
for (const s of STEPS) if (steps.has(s)) console.log(`  ${steps.get(s).toFixed(1).padStart(7)} ms  ${s}`);
await browser.close();
server.close();
