// Size of the one-file offline page (raw, gzip, brotli) next to the hosted dist/, and its time to the
// first frame with data from file:// with the network blocked (Chromium, software GL, median of 5).
// Usage: node bench/offline_size.mjs [DIST]   (default build/web/dist)
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] || process.env.ALMA_DIST || 'build/web/dist');
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
const sizes = (files) => {
  const raw = files.reduce((s, f) => s + statSync(f).size, 0);
  const gz = files.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const br = files.reduce((s, f) => s + brotliCompressSync(readFileSync(f)).length, 0);
  return `${kib(raw)} raw, ${kib(gz)} gzip, ${kib(br)} brotli`;
};
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]);
const one = join(dist, 'atlas-offline.html');
console.log(`one-file page: ${sizes([one])}`);
console.log(`hosted dist/ (without the one-file page): ${sizes(walk(dist).filter((f) => f !== one))}`);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const times = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
  const page = await context.newPage();
  // Every animation frame, note when the app first reports a frame with data (navigation start = 0).
  await page.addInitScript(() => {
    const poll = () => (window.almaState?.()?.ready ? (window.benchReadyAt = performance.now()) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  });
  await page.goto(pathToFileURL(one).href);
  await page.waitForFunction(() => window.benchReadyAt !== undefined, null, { timeout: 30000 });
  times.push(await page.evaluate(() => window.benchReadyAt));
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
console.log(`time to first frame from file://: ${times[2].toFixed(0)} ms median (${times.map((t) => t.toFixed(0)).join(', ')})`);
