// Benchmark (not a test): CPU time per frame while panning and zooming the full map in headless
// Chromium, measured inside the app (platform::lastFrameMs: ImGui build + draw lists + GL submit),
// plus the map asset's size. Usage: node bench/map_pan.mjs   (after scripts/test.sh or a web build)
// Chromium here draws with SwiftShader (CPU), so GPU time is not representative; CPU time is.
import { statSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { launch, openApp, state, DIST } from '../tests/browser/harness.mjs';

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const p95 = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length * 0.95)]; };

async function panSamples(page, steps) {
  const samples = [], builds = [];
  await page.mouse.move(300, 400);
  await page.mouse.down();
  for (let i = 0; i < steps; i++) {
    const f0 = (await state(page)).frame;
    await page.mouse.move(300 + (i % 40) * 12, 400 + Math.sin(i / 7) * 80);
    await page.waitForFunction((f) => window.almaState().frame > f, f0);
    const perf = (await state(page)).perf;
    samples.push(perf.frameMs);
    builds.push(perf.buildMs);
  }
  await page.mouse.up();
  return { samples, builds };
}

const env = await launch();
const rows = [];
for (const [label, dpr, zoomSteps] of [['whole map, DPR 1', 1, 0], ['whole map, DPR 2', 2, 0], ['NUTS-2 zoom, DPR 1', 1, 10]]) {
  const { page, context } = await openApp(env, { deviceScaleFactor: dpr });
  await page.mouse.move(640, 420);
  for (let i = 0; i < zoomSteps; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(30); }
  await page.waitForTimeout(300);
  const s = await state(page);
  const { samples, builds } = await panSamples(page, 120);
  rows.push({ view: label, level: s.map.level, zoom: s.map.zoom.toFixed(1), frames: samples.length,
              'median ms': median(samples).toFixed(2), 'p95 ms': p95(samples).toFixed(2),
              'build median ms': median(builds).toFixed(2) });
  await context.close();
}
await env.close();
console.table(rows);
const asset = join(DIST, 'map/atlas.bin');
const raw = statSync(asset).size, gz = gzipSync(readFileSync(asset), { level: 9 }).length;
console.log(`map asset: ${(raw / 1024).toFixed(0)} KiB raw, ${(gz / 1024).toFixed(0)} KiB gzip`);
