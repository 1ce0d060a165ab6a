// The bundled exports reach the screen, and a broken export is explained without losing the rest.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, state, screenshot, clickTarget, DIST } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const bundled = (name) => JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8'));

test('the bundled calls and practices are all loaded, with their export dates', async () => {
  const { page, context, errors } = await openApp(env);
  const s = await state(page);
  const calls = bundled('calls.json');
  const practices = bundled('practices.json');
  assert.equal(s.data.calls.loaded, calls.calls.length);
  assert.equal(s.data.practices.loaded, practices.practices.length);
  assert.equal(s.data.calls.exported, calls.exported);
  assert.equal(s.data.practices.exported, practices.exported);
  assert.equal(s.data.diagnostics, 0, 'the bundled data has no problems');
  // Memory for benchmarks: at least the wasm's 32 MiB linear memory, plus the page's JS heap.
  assert.ok(s.perf.memoryBytes >= 32 * 1024 * 1024, `perf.memoryBytes ${s.perf.memoryBytes}`);
  const wasm = await page.evaluate(() => window.Module.HEAP8.length);
  assert.ok(s.perf.memoryBytes > wasm, 'the JS heap is counted too');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken export is reported in the data panel and the other export stays on screen', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/data/calls.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": "alma-calls/1", "calls": [' }));
  const page = await context.newPage();
  await page.goto(env.base);
  await page.waitForFunction(() => window.almaState()?.ready === true, null, { timeout: 30000 });
  const s = await state(page);
  assert.equal(s.data.calls.loaded, 0);
  assert.ok(s.data.diagnostics >= 1, 'the rejection is counted');
  assert.equal(s.data.practices.loaded, bundled('practices.json').practices.length, 'practices unaffected');
  // The top bar's data button says there is a problem; clicking it opens the panel.
  assert.equal(s.panel, null);
  await clickTarget(page, 'button', 'data');
  await page.waitForFunction(() => window.almaState().panel === 'data', null, { timeout: 5000 });
  await screenshot(page, 'data-broken-export-panel');
  await context.close();
});
