// The app shell as a visitor meets it: it starts, draws, reads every script, fits the window,
// stays sharp on high-DPI screens, explains failures and stops drawing when nothing happens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, state, screenshot, pixels, framesAfter, settled, clickTarget, ROOT } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const SAMPLE = 'Baden-Württemberg, Łódź, Île-de-France, Ελλάδα, България, Hrvatska, Česko, Região Autónoma dos Açores';

test('starts without console errors and draws its first frame', async () => {
  const { page, context, errors } = await openApp(env);
  const s = await state(page);
  assert.equal(s.ready, true);
  assert.ok(s.frame >= 1, `frames drawn: ${s.frame}`);
  // The top bar is EU blue: proof that WebGL really drew, not just that the page loaded.
  const img = await pixels(page);
  const [r, g, b] = img.at(5, 5);
  assert.ok(b > 120 && r < 40 && g < 80, `top-left pixel is ${[r, g, b]}, expected EU blue`);
  assert.deepEqual(errors, []);
  await screenshot(page, 'shell-1280x800');
  await context.close();
});

test('the font draws Latin Extended, Greek and Cyrillic place names', async () => {
  const { page, context } = await openApp(env);
  const s = await state(page);
  assert.equal(s.font.sample, SAMPLE);
  assert.equal(s.font.missingGlyphs, 0, 'every code point of the sample has a glyph');
  assert.ok(s.font.sizePx >= 15, `body text ${s.font.sizePx}px`);
  // The line is shown in the help dialog ("?" at the right end of the top bar).
  await clickTarget(page, 'button', 'help');
  await page.waitForFunction(() => window.almaState().panel === 'help');
  await screenshot(page, 'shell-font-sample');
  await context.close();
});

test('is crisp at devicePixelRatio 2: canvas pixels = CSS size × 2, fonts rasterised at 2×', async () => {
  const { page, context } = await openApp(env, { deviceScaleFactor: 2 });
  const s = await state(page);
  assert.deepEqual([s.display.cssWidth, s.display.cssHeight], [1280, 800]);
  assert.deepEqual([s.display.canvasWidth, s.display.canvasHeight], [2560, 1600]);
  assert.equal(s.display.pixelRatio, 2);
  assert.ok(Math.abs(s.font.rasterPx - 2 * s.font.sizePx * 1.362) < 0.01, `raster ${s.font.rasterPx}px`);
  const backing = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
  assert.deepEqual(backing, [2560, 1600]);
  await screenshot(page, 'shell-dpr2');
  await context.close();
});

test('the canvas follows a viewport resize', async () => {
  const { page, context } = await openApp(env, { deviceScaleFactor: 2 });
  const before = (await state(page)).frame;
  await page.setViewportSize({ width: 700, height: 900 });
  await framesAfter(page, before);
  await page.waitForFunction(() => window.almaState().display.cssWidth === 700, null, { timeout: 5000 });
  const s = await state(page);
  assert.deepEqual([s.display.cssWidth, s.display.cssHeight], [700, 900]);
  assert.deepEqual([s.display.canvasWidth, s.display.canvasHeight], [1400, 1800]);
  await screenshot(page, 'shell-resized-700x900');
  await context.close();
});

test('draws no frames while idle and wakes at once on input', async () => {
  const { page, context } = await openApp(env);
  await settled(page);  // the start-up frames are done
  const idleStart = (await state(page)).frame;
  await page.waitForTimeout(1000);  // the observation window itself: no condition to wait for
  const idleEnd = (await state(page)).frame;
  assert.equal(idleEnd - idleStart, 0, 'frames rendered over a quiet second');
  await page.mouse.move(400, 300);
  await page.mouse.move(420, 320);
  await framesAfter(page, idleEnd);
  const woken = (await state(page)).frame;
  assert.ok(woken > idleEnd, 'input produced new frames');
  await settled(page);
  const quiet = (await state(page)).frame;
  await page.waitForTimeout(1000);  // the observation window
  assert.equal((await state(page)).frame - quiet, 0, 'idle again after the input');
  await context.close();
});

test('without WebGL2 the page says so instead of showing a blank canvas', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(env.base);
  const message = page.locator('#message');
  await message.waitFor();
  assert.match(await message.textContent(), /WebGL2 is not available/);
  assert.equal(await page.locator('#overlay').isVisible(), true);
  await screenshot(page, 'shell-no-webgl2');
  await context.close();
});

test('a failed download shows a clear message with a retry button', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route('**/alma.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(env.base);
  await page.waitForFunction(() => window.alma.loadError);
  assert.match(await page.locator('#message').textContent(), /could not be loaded.*alma\.wasm.*404/);
  assert.equal(await page.locator('#retry').isVisible(), true);
  await screenshot(page, 'shell-load-failed');
  await context.close();
});

test('the loading screen speaks the visitor\'s language: a failed download explained in German', async () => {
  const de = JSON.parse(readFileSync(join(ROOT, 'assets/i18n/de.json'), 'utf8'));
  const context = await env.browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.route('**/alma.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(env.base);
  await page.waitForFunction(() => window.alma.loadError);
  const [before, after] = de['shell.load_failed'].split('{error}');
  const text = await page.locator('#message').textContent();
  assert.ok(text.startsWith(before) && text.endsWith(after) && /alma\.wasm.*404/.test(text), text);
  assert.equal(await page.locator('#retry').textContent(), de['shell.retry']);
  assert.equal(await page.locator('#card-title').textContent(), de['product.name']);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  await screenshot(page, 'shell-load-failed-de');
  await context.close();
});

test('a browser-zoom change (devicePixelRatio 1 → 2 at run time) re-sizes the canvas and re-rasterises the font', async () => {
  const { page, context } = await openApp(env);
  const before = await state(page);
  assert.equal(before.display.pixelRatio, 1);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 2, mobile: false });
  await page.waitForFunction(() => window.almaState().display.pixelRatio === 2, null, { timeout: 5000 });
  await page.waitForFunction(() => window.almaState().display.canvasWidth === 2560, null, { timeout: 5000 });
  const after = await state(page);
  assert.deepEqual([after.display.canvasWidth, after.display.canvasHeight], [2560, 1600]);
  assert.ok(Math.abs(after.font.rasterPx - 2 * before.font.rasterPx) < 0.01, `raster ${before.font.rasterPx} → ${after.font.rasterPx}`);
  await screenshot(page, 'shell-zoomed-dpr2');
  await context.close();
});

test('"/" jumps to the search box; typing filters at once; pasting works (Greek included)', async () => {
  const { page, context } = await openApp(env);
  const all = await state(page);
  await page.keyboard.press('/');
  await page.waitForFunction(() => window.almaState().ui.typing === true, null, { timeout: 5000 });  // the caret is there
  await page.keyboard.type('andalucia');
  await page.waitForFunction(() => window.almaState().search === 'andalucia', null, { timeout: 5000 });
  const typed = await state(page);
  assert.ok(typed.visible.calls >= 1 && typed.visible.calls < all.visible.calls, `${typed.visible.calls} calls match`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.almaState().search === '', null, { timeout: 5000 });
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Ελλάδα');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  });
  await page.waitForFunction(() => window.almaState().search === 'Ελλάδα', null, { timeout: 5000 });
  const greek = await state(page);
  assert.ok(greek.visible.practices >= 1 && greek.visible.practices < all.visible.practices,
            `${greek.visible.practices} practices match Ελλάδα`);
  await context.close();
});

test('the loading screen counts the bytes of the app and its data, and goes once the data is drawn', async () => {
  const context = await env.browser.newContext();
  let release;
  const held = new Promise((r) => { release = r; });
  await context.route('**/data/practices.json', async (route) => {
    await held;  // hold the export back to look at the loading screen meanwhile
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(env.base);
  await page.waitForFunction(() => document.getElementById('message').textContent.includes('KiB'));
  await page.waitForFunction(() => window.almaState && window.almaState() !== null);
  assert.equal(await page.locator('#overlay').isVisible(), true, 'still loading: the overlay stays');
  const value = await page.evaluate(() => document.getElementById('progress').value);
  assert.ok(value > 0 && value <= 1, `progress ${value}`);
  await screenshot(page, 'shell-loading-progress');
  release();
  await page.waitForFunction(() => window.almaState()?.ready === true, null, { timeout: 30000 });
  assert.equal(await page.locator('#overlay').isVisible(), false, 'gone once the data is on screen');
  await context.close();
});

test('keys typed into an <input> of the page reach it, not the app; keys on the canvas reach the app', async () => {
  const { page, context } = await openApp(env);
  // Another element of the page (an embedding site's search, the accessible mirror): every key the
  // app would act on — "/" (search), "p" (presenter), "0" (reset the map), Backspace — is typed.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'outside';
    input.style.cssText = 'position:fixed;left:20px;bottom:20px;z-index:10;width:200px';
    document.body.appendChild(input);
  });
  await page.click('#outside');
  const before = (await state(page)).frame;
  await page.keyboard.type('/p0x');
  await page.keyboard.press('Backspace');
  assert.equal(await page.inputValue('#outside'), '/p0', 'the input received the keys, Backspace included');
  await settled(page);
  let s = await state(page);
  assert.equal(s.ui.presenter, false, '"p" in the input did not switch presenter mode');
  assert.equal(s.ui.typing, false, '"/" in the input did not put the caret in the app\'s search box');
  assert.equal(s.search, '');
  assert.ok(s.frame >= before);
  // Back on the canvas, the same keys reach the app.
  await page.mouse.click(640, 400);
  await page.waitForFunction(() => document.activeElement?.id === 'canvas');
  await page.keyboard.press('Escape');
  await page.keyboard.press('p');
  await page.waitForFunction(() => window.almaState().ui.presenter === true, null, { timeout: 5000 });
  await context.close();
});
