// Deep links: the view lives in the URL fragment; opening a link restores it, Back and Forward
// step through meaningful changes, "Copy link" hands the exact view over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, state, screenshot, clickTarget } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const screenPos = (page, lon, lat) => page.evaluate(([a, b]) => window.almaScreenPos(a, b), [lon, lat]);

test('opening a deep link restores the tab, search, filters, selection and map position', async () => {
  const { page, context } = await openApp(env, { path: '#v=map&q=alma&sel=region:ES61&m=3200000,1800000,6&cf=status:closed' });
  const s = await state(page);
  assert.equal(s.view, 'map');
  assert.equal(s.search, 'alma');
  assert.deepEqual(s.selected, { kind: 'region', id: 'ES61' });
  assert.deepEqual(s.map.center, [3200000, 1800000]);
  assert.equal(s.map.zoom, 6);
  assert.equal(s.map.level, 2);
  assert.equal(s.fragment, '#v=map&q=alma&sel=region:ES61&m=3200000,1800000,6&cf=status:closed'.replace('v=map&', ''));
  assert.ok((await page.title()).startsWith('Andalucía'), await page.title());
  await screenshot(page, 'links-restored-andalucia');
  await context.close();
});

test('Back returns to the previous selection; Forward goes again', async () => {
  const { page, context } = await openApp(env);
  const click = async (lon, lat) => {
    const [x, y] = await screenPos(page, lon, lat);
    await page.mouse.click(x, y);
  };
  await click(-3.7, 40.4);
  await page.waitForFunction(() => window.almaState().selected.id === 'ES');
  await click(15.5, 49.8);
  await page.waitForFunction(() => window.almaState().selected.id === 'CZ');
  assert.match(page.url(), /sel=country:CZ/);
  await page.goBack();
  await page.waitForFunction(() => window.almaState().selected.id === 'ES', null, { timeout: 5000 });
  await page.goBack();
  await page.waitForFunction(() => window.almaState().selected.kind === null, null, { timeout: 5000 });
  await page.goForward();
  await page.waitForFunction(() => window.almaState().selected.id === 'ES', null, { timeout: 5000 });
  await context.close();
});

test('garbage in the fragment is ignored and the app still starts', async () => {
  const { page, context, errors } = await openApp(env, { path: '#v=%ZZ&sel=&m=1,2&cf=:::&%%%' });
  const s = await state(page);
  assert.equal(s.ready, true);
  assert.equal(s.selected.kind, null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Copy link" copies the address of exactly this view', async () => {
  const { page, context } = await openApp(env);
  const [x, y] = await screenPos(page, -3.7, 40.4);
  await page.mouse.click(x, y);
  await page.waitForFunction(() => window.almaState().selected.id === 'ES');
  await clickTarget(page, 'button', 'copy-link');
  await page.waitForFunction(() => typeof window.alma.lastCopied === 'string');
  const copied = await page.evaluate(() => window.alma.lastCopied);
  assert.match(copied, /^http:\/\/127\.0\.0\.1:\d+\/#sel=country:ES$/);
  const other = await context.newPage();
  await other.goto(copied);
  await other.waitForFunction(() => window.almaState()?.ready === true, null, { timeout: 30000 });
  assert.deepEqual((await state(other)).selected, { kind: 'country', id: 'ES' });
  await context.close();
});
