// Offline use: the one-file page from file:// with no network at all, and the hosted site through
// its service worker once the network is gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openApp, state, screenshot, DIST, ROOT } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';

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

test('the one-file page shows the practice table from a link, offline', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${pathToFileURL(join(DIST, 'atlas-offline.html')).href}#v=practices`);
  await page.waitForFunction(() => window.almaState && window.almaState()?.ready === true, null, { timeout: 30000 });
  await page.waitForFunction(() => window.almaState().targets.some((t) => t.kind === 'row'), null, { timeout: 10000 });
  const s = await state(page);
  assert.equal(s.view, 'practices');
  assert.equal(s.visible.practices, bundled('practices.json').practices.length);
  assert.deepEqual(errors, []);
  await screenshot(page, 'offline-one-file-practices');
  await context.close();
});

// The service worker registration's state, seen from the page.
const worker = (page) => page.evaluate(async () => {
  const r = await navigator.serviceWorker.getRegistration();
  return { active: r?.active?.state, waiting: r?.waiting?.state, controlled: navigator.serviceWorker.controller !== null };
});
// Polls until check(worker state) holds (waitForFunction does not await an async predicate).
async function until(page, check, timeout = 30000) {
  for (const end = Date.now() + timeout; !check(await worker(page));) {
    assert.ok(Date.now() < end, `service worker: ${JSON.stringify(await worker(page))}`);
    await page.waitForTimeout(100);
  }
}
// Waits until the service worker is active and this page (after a load) is controlled by it.
async function untilControlled(page) {
  await until(page, (w) => w.active === 'activated');
  await reload(page);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'controlled after a reload');
}
async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.almaState && window.almaState()?.ready === true, null, { timeout: 30000 });
}

test('the one-file page carries every language: Finnish from a link, offline', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${pathToFileURL(join(DIST, 'atlas-offline.html')).href}#v=calls&lang=fi`);
  await page.waitForFunction(() => window.almaState && window.almaState()?.ready === true, null, { timeout: 30000 });
  const embedded = await page.evaluate(() => Object.keys(window.alma.embedded).filter((k) => k.startsWith('i18n/')).sort());
  assert.equal(embedded.length, 24, 'all 24 catalogs inside the page');
  const s = await state(page);
  assert.equal(s.language.code, 'fi');
  assert.equal(s.language.englishFallbacks, 0);
  const finnish = JSON.parse(readFileSync(join(ROOT, 'assets/i18n/fi.json'), 'utf8'));
  assert.equal(await page.$eval('#a11y-root nav button', (b) => b.textContent), finnish['tab.map']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the hosted site reloads offline from the service worker cache', async () => {
  const { page, context, errors } = await openApp(env);
  await untilControlled(page);
  await context.setOffline(true);
  await reload(page);
  const s = await state(page);
  assert.equal(s.data.calls.loaded, bundled('calls.json').calls.length);
  assert.equal(s.data.practices.loaded, bundled('practices.json').practices.length);
  assert.notEqual(s.map, null);
  assert.deepEqual(errors, []);
  await screenshot(page, 'offline-service-worker-reload');
  await context.close();
});

test('a new deployment is picked up on the next visit, as a whole', async (t) => {
  // A private copy of the site, "redeployed" with one call fewer and a new sw.js version.
  const site = mkdtempSync(join(tmpdir(), 'alma-sw-'));
  cpSync(DIST, site, { recursive: true });
  const server = await startServer(site);
  t.after(() => { server.close(); rmSync(site, { recursive: true, force: true }); });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(base);
  await page.waitForFunction(() => window.almaState && window.almaState()?.ready === true, null, { timeout: 30000 });
  await untilControlled(page);
  const before = bundled('calls.json');
  const after = { ...before, calls: before.calls.slice(1) };
  writeFileSync(join(site, 'data/calls.json'), JSON.stringify(after));
  const sw = readFileSync(join(site, 'sw.js'), 'utf8');
  writeFileSync(join(site, 'sw.js'), sw.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-next'"));

  // This visit still runs the old version entirely; the new one installs in the background.
  await reload(page);
  assert.equal((await state(page)).data.calls.loaded, before.calls.length);
  await until(page, (w) => w.waiting === 'installed');
  // The next visit is the new version, and the old cache is gone.
  await reload(page);
  assert.equal((await state(page)).data.calls.loaded, after.calls.length);
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1);
  assert.ok(caches[0].endsWith('-next'), caches[0]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the one-file page, offline, accepts a dropped export and switches to presenter mode', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(DIST, 'atlas-offline.html')).href);
  await page.waitForFunction(() => window.almaState && window.almaState()?.ready === true, null, { timeout: 30000 });
  const latest = { format: 'alma-calls/1', exported: '2026-11-23', source: 'latest export from the network meeting',
                   calls: [{ id: 'LT-1', title: 'A new call', country: 'LT', status: 'open' }] };
  const dt = await page.evaluateHandle((text) => {
    const d = new DataTransfer();
    d.items.add(new File([text], 'calls-latest.json', { type: 'application/json' }));
    return d;
  }, JSON.stringify(latest));
  await page.dispatchEvent('#canvas', 'drop', { dataTransfer: dt });
  await page.waitForFunction(() => window.almaState().data.calls.exported === '2026-11-23', null, { timeout: 5000 });
  assert.equal((await state(page)).data.calls.loaded, 1);
  await page.keyboard.press('p');
  await page.waitForFunction(() => window.almaState().ui.presenter === true && window.almaState().ui.scale === 2);
  await screenshot(page, 'offline-one-file-dropped-presenter');
  await context.close();
});
