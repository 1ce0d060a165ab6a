// The room's phones: the QR code of the current view decodes (jsQR, as a phone camera would) to
// exactly the page's link, in presenter mode on a projector-sized screen and on a laptop; the
// code follows the view. Deadlines into calendars: a call's "Add to calendar" and the Calls tab's
// "Deadlines (.ics)" are RFC 5545 files (parsed with ical.js) with the right date, link and reminder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { launch, openApp, state, screenshot, settled, clickTarget, waitForTarget } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

// Decodes the QR code drawn on the canvas, from a screenshot of the page (device pixels).
async function decodeCode(page) {
  await waitForTarget(page, 'qr', 'share');
  await settled(page);  // the panel placed and sized (ImGui windows settle over their first frames)
  const [x, y, w, h] = (await waitForTarget(page, 'qr', 'share')).rect;
  const png = PNG.sync.read(await page.screenshot({ clip: { x, y, width: w, height: h } }));
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  assert.ok(code, 'a QR code is found in the picture');
  // Module size in CSS px: the code's side over its modules and the 4-module quiet zone each side.
  return { text: code.data, size: Math.min(w, h), module: Math.min(w, h) / (17 + 4 * code.version + 8) };
}

test('presenter mode at 1920×1080: the QR code decodes to the page\'s link, and follows the view', async () => {
  const { page, context, errors } = await openApp(env, { viewport: { width: 1920, height: 1080 }, path: '?presenter=1&theme=dark#v=calls&q=alma' });
  await page.waitForFunction(() => window.almaState().ui.scale === 2);
  await settled(page);
  await clickTarget(page, 'button', 'share');
  const first = await decodeCode(page);
  assert.equal(first.text, page.url());
  assert.ok(first.text.includes('q=alma'), 'the link carries the view');
  // A 10 px module on a 1080-line projector is about 1 % of the screen's height: phones read it from
  // the back of a room; half the screen's height in all.
  assert.ok(first.module >= 10 && first.size >= 500, `large enough to scan from the back of a room (${first.size} px, module ${first.module} px)`);
  await screenshot(page, 'share-presenter-1920');
  // Another view, another code.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !window.almaState().panels.some((p) => p.id === 'share'));
  await clickTarget(page, 'button', 'tab-practices');
  await page.keyboard.press('q');
  const second = await decodeCode(page);
  assert.equal(second.text, page.url());
  assert.ok(second.text.includes('v=practices'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a laptop in the light theme the code decodes too, and Esc closes it', async () => {
  const { page, context } = await openApp(env, { path: '#v=map&sel=country:ES' });
  await settled(page);
  await page.keyboard.press('q');
  const { text } = await decodeCode(page);
  assert.equal(text, page.url());
  assert.ok(text.includes('sel=country:ES'));
  await screenshot(page, 'share-laptop');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !window.almaState().panels.some((p) => p.id === 'share'));
  assert.equal((await state(page)).selected.id, 'ES', 'Esc closed the code, not the selection');
  await context.close();
});
