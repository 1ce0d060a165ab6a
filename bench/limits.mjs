// Measurement (not a test) behind the size limit (docs/data-format.md, "Limits"): generated
// practices exports of growing size are loaded by link from a copy of the site, with the limit
// lifted for the measurement (?nolimit is not a thing: the copy's shell raises alma.fileLimit), and
// the wasm memory and time to a table with the data are reported — or how it failed.
// Usage: node bench/limits.mjs [MB ...]   (default 50 100 150 200 300); "1000000r": that many
// minimal records (id, title, country) instead of a size.
import { cpSync, mkdtempSync, rmSync, statSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { launch, DIST } from '../tests/browser/harness.mjs';
import { startServer } from '../scripts/static-server.mjs';

const sizes = process.argv.slice(2).length ? process.argv.slice(2) : ['50', '100', '150', '200', '300'];
let seed = 7;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) >>> 0; return seed % n; };
const words = ['integration', 'Łódź', 'Württemberg', 'Ελλάδα', 'Москва', 'women', 'housing', 'language', 'Açores', 'mentoring'];
const sentence = (k) => Array.from({ length: k }, () => words[rnd(words.length)]).join(' ');

async function writeExport(file, megabytes, minimalRecords = 0) {
  const out = createWriteStream(file);
  out.write('{"format":"mi-practices/1","exported":"2026-11-29","source":"generated for bench/limits.mjs","practices":[');
  let bytes = 0, n = 0;
  while (minimalRecords ? n < minimalRecords : bytes < megabytes * 1048576) {
    const line = (n ? ',' : '') + JSON.stringify(minimalRecords ? { id: `G-${n}`, title: `Practice ${n}`, country: 'PT' }
      : { id: `G-${n}`, title: sentence(4), country: 'PT', organisation: sentence(2),
          stages: ['reception'], funds: ['AMIF'], start: `${2010 + rnd(14)}`, summary: sentence(12) });
    bytes += Buffer.byteLength(line);
    n++;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end(']}');
  await once(out, 'finish');
  return n;
}

const site = mkdtempSync(join(tmpdir(), 'alma-limits-'));
cpSync(DIST, site, { recursive: true });
const server = await startServer(site);
const env = await launch();
console.log('export      records   result                           wasm memory   time');
for (const size of sizes) {
  const minimal = size.endsWith('r') ? Number(size.slice(0, -1)) : 0;
  const records = await writeExport(join(site, 'data', 'big.json'), Number(size), minimal);
  const mb = Math.round(statSync(join(site, 'data', 'big.json')).size / 1048576);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => { window.alma = {}; Object.defineProperty(window.alma, 'fileLimit', { get: () => Infinity, set: () => {} }); });
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${server.address().port}/?practices=data/big.json`);
  let result;
  try {
    await page.waitForFunction((n) => window.alma.loadError || (window.almaState?.()?.ready && window.almaState().data.practices.loaded === n),
      records, { timeout: 600000, polling: 1000 });
    result = (await page.evaluate(() => window.alma.loadError)) ? 'stopped: ' + (await page.evaluate(() => window.alma.loadError)).slice(0, 24) : 'loaded';
  } catch (e) { result = 'no answer in 10 min'; }
  const memory = await page.evaluate(() => window.Module?.HEAP8?.length ?? 0).catch(() => 0);
  console.log(`${String(mb).padStart(4)} MB  ${String(records).padStart(9)}   ${result.padEnd(32)} ${(memory / 1048576).toFixed(0).padStart(6)} MiB   ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await context.close();
}
await env.close();
server.close();
rmSync(site, { recursive: true, force: true });
