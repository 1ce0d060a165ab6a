// The ALMA call map as a visitor uses it: find a country or region, see its calls, zoom and pan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, state, screenshot, settled, clickTarget, waitForTarget, DIST } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const calls = JSON.parse(readFileSync(join(DIST, 'data', 'calls.json'), 'utf8')).calls;
const idsWhere = (pred) => calls.filter(pred).map((c) => c.id);
const screenPos = (page, lon, lat) => page.evaluate(([a, b]) => window.almaScreenPos(a, b), [lon, lat]);
const MADRID = [-3.70, 40.42], SEVILLA = [-5.98, 37.39], VALLETTA = [14.51, 35.90];

test('clicking on Madrid selects Spain and lists every Spanish call', async () => {
  const { page, context, errors } = await openApp(env);
  const [x, y] = await screenPos(page, ...MADRID);
  await page.mouse.click(x, y);
  await page.waitForFunction(() => window.almaState().selected.kind !== null);
  const s = await state(page);
  assert.deepEqual(s.selected, { kind: 'country', id: 'ES' });
  assert.deepEqual([...s.details].sort(), idsWhere((c) => c.country === 'ES').sort());
  assert.ok(s.details.length > 0);
  assert.deepEqual(errors, []);
  await screenshot(page, 'map-spain-selected-1280x800');
  await context.close();
});

test('wheel-zooming to regions and clicking Sevilla lists the Andalusian call only', async () => {
  const { page, context } = await openApp(env);
  let [x, y] = await screenPos(page, ...SEVILLA);
  await page.mouse.move(x, y);
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, -120);
    await settled(page);
  }
  await page.waitForFunction(() => window.almaState().map.level === 2, null, { timeout: 5000 });
  const zoomed = await state(page);
  assert.ok(zoomed.map.zoom > 4, `zoom ${zoomed.map.zoom}`);
  [x, y] = await screenPos(page, ...SEVILLA);
  await page.mouse.click(x, y);
  await page.waitForFunction(() => window.almaState().selected.kind === 'region');
  const s = await state(page);
  assert.deepEqual(s.selected, { kind: 'region', id: 'ES61' });
  assert.deepEqual(s.details, idsWhere((c) => c.region?.code === 'ES61'));
  await screenshot(page, 'map-andalucia-zoomed');
  await context.close();
});

test('dragging pans the map without selecting anything', async () => {
  const { page, context } = await openApp(env);
  const before = await state(page);
  await page.mouse.move(640, 400);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(640 + i * 15, 400 + i * 8);
  await page.mouse.up();
  await settled(page);
  const after = await state(page);
  assert.ok(after.map.center[0] < before.map.center[0], 'dragging right moves the view west');
  assert.ok(after.map.center[1] > before.map.center[1], 'dragging down moves the view north');
  assert.equal(after.selected.kind, null, 'a drag is not a click');
  await context.close();
});

test('Malta is clickable at the lowest zoom', async () => {
  const { page, context } = await openApp(env);
  const [x, y] = await screenPos(page, ...VALLETTA);
  await page.mouse.click(x, y);
  await page.waitForFunction(() => window.almaState().selected.kind !== null);
  assert.deepEqual((await state(page)).selected, { kind: 'country', id: 'MT' });
  await context.close();
});

test('the keyboard pans and zooms the map; Tab leaves the canvas for the list of places', async () => {
  const { page, context } = await openApp(env);
  const s0 = await state(page);
  await page.keyboard.press('Equal');
  await page.keyboard.press('ArrowLeft');
  await settled(page);
  const s1 = await state(page);
  assert.ok(s1.map.zoom > s0.map.zoom, 'the + key zooms in');
  assert.ok(s1.map.center[0] < s0.map.center[0], 'the left arrow moves west');
  // Shift+Tab from the canvas goes back into the page (no keyboard trap), to the accessible mirror's
  // last controls; its place buttons select countries as a click does (tests/browser/a11y.test.mjs).
  await page.keyboard.press('Shift+Tab');
  await page.waitForFunction(() => document.getElementById('a11y-root').contains(document.activeElement));
  await page.focus('#a11y-root [data-act=place]');
  await page.keyboard.press('Enter');
  await settled(page);
  const s2 = await state(page);
  assert.equal(s2.selected.kind, 'country');
  assert.ok(s2.details.length > 0, `${s2.selected.id} has calls`);
  await page.focus('#canvas');
  await page.keyboard.press('Escape');
  await settled(page);
  assert.equal((await state(page)).selected.kind, null, 'Esc closes the details');
  await page.keyboard.press('Digit0');
  await settled(page);
  const reset = await state(page);
  assert.equal(reset.map.zoom, s0.map.zoom, '0 resets the view to where it started');
  assert.deepEqual(reset.map.center, s0.map.center);
  assert.ok(!reset.fragment.includes('m='), 'the home view puts no map position in the link');
  await context.close();
});

test('EU-level calls are listed apart, and the map is sharp at devicePixelRatio 2', async () => {
  const { page, context } = await openApp(env, { deviceScaleFactor: 2 });
  await page.mouse.click(60, 72);  // the "EU-level ALMA calls" button in the map's top-left corner
  await page.waitForFunction(() => window.almaState().selected.kind !== null);
  const s = await state(page);
  assert.deepEqual(s.selected, { kind: 'country', id: 'EU' });
  assert.deepEqual([...s.details].sort(), idsWhere((c) => c.country === 'EU').sort());
  await screenshot(page, 'map-eu-calls-dpr2');
  await context.close();
});

test('on a phone-sized screen a tap selects a country and the details come up as a bottom sheet', async () => {
  const { page, context } = await openApp(env, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const [x, y] = await screenPos(page, 2.35, 46.5);  // central France
  await page.mouse.click(x, y);
  await page.waitForFunction(() => window.almaState().selected.kind !== null);
  assert.deepEqual((await state(page)).selected, { kind: 'country', id: 'FR' });
  await screenshot(page, 'map-phone-france');
  await context.close();
});

test('touch: a tap selects, one finger pans, two fingers pinch-zoom', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(env.base);
  await page.waitForFunction(() => window.almaState()?.ready === true, null, { timeout: 30000 });
  const cdp = await context.newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });

  const [x, y] = await screenPos(page, 10.0, 51.0);  // Germany
  await page.touchscreen.tap(x, y);
  await page.waitForFunction(() => window.almaState().selected.kind !== null);
  assert.deepEqual((await state(page)).selected, { kind: 'country', id: 'DE' });
  await page.keyboard.press('Escape');

  const before = await state(page);
  await touch('touchStart', [[200, 300]]);
  for (let i = 1; i <= 8; i++) await touch('touchMove', [[200 + i * 10, 300 + i * 6]]);
  await touch('touchEnd', []);
  await settled(page);
  const panned = await state(page);
  assert.ok(panned.map.center[0] < before.map.center[0], 'one-finger drag pans');
  assert.equal(panned.selected.kind, null, 'a drag is not a tap');

  await touch('touchStart', [[150, 400], [240, 400]]);
  for (let i = 1; i <= 8; i++) await touch('touchMove', [[150 - i * 10, 400], [240 + i * 10, 400]]);
  await touch('touchEnd', []);
  await settled(page);
  const pinched = await state(page);
  assert.ok(pinched.map.zoom > panned.map.zoom * 1.5, `pinch zoomed ${panned.map.zoom} → ${pinched.map.zoom}`);
  await screenshot(page, 'map-phone-pinched');
  await context.close();
});

test('selecting a call with destinations draws its flows, and its official page opens in a new tab', async () => {
  const { page, context } = await openApp(env);
  const [x, y] = await screenPos(page, ...MADRID);
  await page.mouse.click(x, y);
  const andalucia = calls.find((c) => c.region?.code === 'ES61');
  await clickTarget(page, 'call', andalucia.id);
  await page.waitForFunction(() => window.almaState().map.flows.length > 0);
  const s = await state(page);
  assert.deepEqual([...s.map.flows].sort(), andalucia.destinations.map((d) => `ES61>${d}`).sort());
  await screenshot(page, 'map-flows-andalucia');
  // No internet here: answer the official site with a stub and record what the new tab asked for.
  const external = [];
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => {
    external.push(route.request().url());
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>official page</title>' });
  });
  const popup = context.waitForEvent('page');
  const link = await clickTarget(page, 'link', andalucia.id);
  assert.equal(link.url, andalucia.url);
  const opened = await popup;
  await opened.waitForLoadState();
  assert.equal(opened.url(), andalucia.url, 'the new tab shows the official page');
  assert.deepEqual(external, [andalucia.url], 'nothing but the clicked link left the app');
  await context.close();
});

test('EU-level projects are markers at their region; clicking one lists it with its flows', async () => {
  const { page, context } = await openApp(env);
  const project = calls.find((c) => c.country === 'EU' && c.destinations?.length && c.region?.code);
  assert.ok(project, 'the bundled data has an EU-level project with destinations');
  // Trento (ITH2) for the bundled project; find the marker through the region's position.
  const [x, y] = await screenPos(page, project.region.lon ?? 11.12, project.region.lat ?? 46.07);
  await page.mouse.move(x, y);
  await page.mouse.click(x, y);
  await page.waitForFunction(() => window.almaState().selected.kind === 'call', null, { timeout: 5000 }).catch(() => {});
  const s = await state(page);
  if (s.selected.kind !== 'call') {
    await screenshot(page, 'map-eu-marker-missed');
    assert.fail(`expected the ${project.id} marker at ${x},${y}; selected ${JSON.stringify(s.selected)}`);
  }
  assert.deepEqual(s.selected, { kind: 'call', id: project.id });
  assert.deepEqual(s.details, [project.id]);
  assert.ok(s.map.flows.length === project.destinations.length);
  await screenshot(page, 'map-eu-project-marker');
  await context.close();
});

test('hostile data: a javascript: link is shown as text, never as a link', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const hostile = {
    format: 'alma-calls/1', exported: '2026-11-24', source: 'test: hostile links',
    calls: [{ id: 'X-1', title: 'Call with a hostile link <script>', country: 'PT', status: 'open',
              url: 'javascript:alert(document.cookie)', contact: 'data:text/html,<b>x</b>' }],
  };
  await context.route('**/data/calls.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(hostile) }));
  const page = await context.newPage();
  await page.goto(env.base);
  await page.waitForFunction(() => window.almaState()?.ready === true, null, { timeout: 30000 });
  const [x, y] = await screenPos(page, -8.2, 39.6);  // Portugal
  await page.mouse.click(x, y);
  await page.waitForFunction(() => window.almaState().details.length === 1);
  const s = await state(page);
  assert.deepEqual(s.details, ['X-1']);
  assert.equal(s.targets.filter((t) => t.kind === 'link').length, 0, 'no link button for javascript:');
  assert.ok(s.data.diagnostics >= 1, 'the unsafe url is reported');
  await screenshot(page, 'map-hostile-link');
  await context.close();
});

// The status a call has today, as the app derives it (a given status wins; else from the dates).
function statusToday(c, today = new Date().toISOString().slice(0, 10)) {
  if (['open', 'planned', 'closed'].includes(c.status)) return c.status;
  const first = (d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const last = (d) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
  if (c.opens && today < first(c.opens)) return 'planned';
  if (c.closes && today > last(c.closes)) return 'closed';
  return c.opens || c.closes ? 'open' : 'unknown';
}

test('the legend filters the map by status: only closed calls, then all again', async () => {
  const { page, context } = await openApp(env);
  await clickTarget(page, 'legend', 'closed');
  const closed = calls.filter((c) => statusToday(c) === 'closed').length;
  await page.waitForFunction((n) => window.almaState().visible.calls === n, closed, { timeout: 5000 });
  // Poland's only call has no status and no dates: with "closed" selected, Poland lists nothing.
  const [x, y] = await screenPos(page, 19.0, 52.0);
  await page.mouse.click(x, y);
  await page.waitForFunction(() => window.almaState().selected.id === 'PL');
  assert.deepEqual((await state(page)).details, []);
  await screenshot(page, 'map-legend-closed-only');
  await clickTarget(page, 'legend', 'closed');
  await page.waitForFunction((n) => window.almaState().visible.calls === n, calls.length, { timeout: 5000 });
  assert.deepEqual((await state(page)).details, idsWhere((c) => c.country === 'PL'));
  await context.close();
});

test('touch: tapping the search box brings up the on-screen keyboard, and typing there searches', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(env.base);
  await page.waitForFunction(() => window.almaState()?.ready === true, null, { timeout: 30000 });
  const box = await waitForTarget(page, 'button', 'search');
  await page.touchscreen.tap(box.rect[0] + box.rect[2] / 2, box.rect[1] + box.rect[3] / 2);
  // A real <input> has the focus: that is what makes a phone show its keyboard.
  await page.waitForFunction(() => document.activeElement?.id === 'alma-text-input', null, { timeout: 5000 });
  await page.waitForFunction(() => window.almaState().ui.typing === true, null, { timeout: 5000 });
  await page.keyboard.type('andaluc');
  await page.waitForFunction(() => window.almaState().search === 'andaluc', null, { timeout: 5000 });
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.almaState().search === 'andalu', null, { timeout: 5000 });
  assert.ok((await state(page)).visible.calls >= 1);
  await screenshot(page, 'map-phone-search-keyboard');
  await context.close();
});

test('the calls arriving after the practices (and after frames were drawn) are all on the map', async () => {
  // A cache of what the map shows must not outlive the data it was computed from (found by a
  // repeated full run, where the practices happened to arrive first).
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await context.route('**/data/calls.json', async (route) => { await gate; await route.continue(); });
  const page = await context.newPage();
  await page.goto(env.base);
  // Frames drawn while the calls are still on their way: the practices' arrival wakes the app for a
  // few frames; wait until it has drawn them and is idle again. (Not by moving the mouse: the
  // loading overlay covers the canvas until the app is ready, so the app would never see it.)
  await page.waitForFunction(() => { const s = window.almaState?.(); return s && s.data.practices.loaded > 0 && s.idle; }, null,
                             { timeout: 30000 });
  const between = await state(page);
  assert.equal(between.data.calls.loaded, 0, 'the calls are still on their way');
  assert.ok(between.frame > 0, 'frames were drawn with the practices and without the calls');
  release();
  await page.waitForFunction(() => window.almaState().ready === true, null, { timeout: 30000 });
  assert.equal((await state(page)).visible.calls, calls.length);
  const [x, y] = await screenPos(page, ...MADRID);
  await page.mouse.click(x, y);
  await page.waitForFunction(() => window.almaState().selected.kind !== null);
  assert.deepEqual([...(await state(page)).details].sort(), idsWhere((c) => c.country === 'ES').sort());
  await context.close();
});
