// Presenter mode for projectors: one key or button, fonts twice as large, high contrast, full
// screen; remembered by the browser and settable by link. Light and dark themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, state, screenshot, settled } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('P switches presenter mode: larger text, full screen request, remembered on reload', async () => {
  const { page, context } = await openApp(env);
  const before = await state(page);
  assert.equal(before.ui.presenter, false);
  await page.keyboard.press('p');
  // The new size is applied between frames (fonts are rasterised again): wait for it, as a person
  // waits for the screen to change, not for the switch alone.
  await page.waitForFunction(() => window.almaState().ui.presenter === true && window.almaState().ui.scale === 2);
  await settled(page);
  const s = await state(page);
  assert.equal(s.ui.scale, 2);
  assert.equal(s.font.sizePx, 2 * before.font.sizePx, 'presenter mode doubles the font size');
  assert.ok(Math.abs(s.font.rasterPx / s.font.sizePx - before.font.rasterPx / before.font.sizePx) < 0.01,
            'text is rasterised at its new size, not stretched');
  assert.equal(await page.evaluate(() => localStorage.getItem('alma.presenter')), '1');
  await screenshot(page, 'presenter-mode');
  await page.reload();
  await page.waitForFunction(() => window.almaState()?.ready === true, null, { timeout: 30000 });
  assert.equal((await state(page)).ui.presenter, true, 'remembered after a reload');
  await page.keyboard.press('p');
  await page.waitForFunction(() => window.almaState().ui.presenter === false && window.almaState().ui.scale === 1);
  assert.equal((await state(page)).font.sizePx, before.font.sizePx, 'back to the normal text size');
  await context.close();
});

test('a link can ask for the dark theme and presenter mode', async () => {
  const { page, context } = await openApp(env, { path: '?theme=dark&presenter=1' });
  const s = await state(page);
  assert.equal(s.ui.theme, 'dark');
  assert.equal(s.ui.presenter, true);
  await screenshot(page, 'presenter-dark-by-link');
  await context.close();
});
