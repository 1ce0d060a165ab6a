// Offline use: the one-file page from file:// with no network at all, and the hosted site through
// its service worker once the network is gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openApp, state, screenshot, DIST } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const bundled = (name) => JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8'));
const MADRID = [-3.70, 40.42];

function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

test('the one-file page opens from file:// with every network request blocked', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const blocked = [];
  await context.route('**/*', (r) => {
    if (r.request().url().startsWith('file:')) return r.continue();
    blocked.push(r.request().url());
    return r.abort();
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(pathToFileURL(join(DIST, 'atlas-offline.html')).href);
  await page.waitForFunction(() => window.almaState && window.almaState()?.ready === true, null, { timeout: 30000 });
  const s = await state(page);
  assert.equal(s.data.calls.loaded, bundled('calls.json').calls.length);
  assert.equal(s.data.practices.loaded, bundled('practices.json').practices.length);
  assert.notEqual(s.map, null, 'the embedded map asset is drawn');
  const [x, y] = await page.evaluate(([lon, lat]) => window.almaScreenPos(lon, lat), MADRID);
  await page.mouse.click(x, y);
  await page.waitForFunction(() => window.almaState().selected.kind !== null);
  assert.deepEqual((await state(page)).selected, { kind: 'country', id: 'ES' });
  assert.deepEqual(blocked, [], 'the page asked the network for nothing');
  assert.deepEqual(errors, []);
  await screenshot(page, 'offline-one-file-spain-selected');
  await context.close();
});

test('the hosted site reloads offline from the service worker cache', async () => {
  const { page, context, errors } = await openApp(env);
  // The first visit installs the worker, which takes over the page once its cache is complete.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated' &&
                                          navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => window.almaState && window.almaState()?.ready === true, null, { timeout: 30000 });
  const s = await state(page);
  assert.equal(s.data.calls.loaded, bundled('calls.json').calls.length);
  assert.equal(s.data.practices.loaded, bundled('practices.json').practices.length);
  assert.notEqual(s.map, null);
  assert.deepEqual(errors, []);
  await screenshot(page, 'offline-service-worker-reload');
  await context.close();
});
