// The room's phones: the QR code of the current view decodes (jsQR, as a phone camera would) to
// exactly the page's link, in presenter mode on a projector-sized screen and on a laptop; the
// code follows the view. Deadlines into calendars: a call's "Add to calendar" and the Calls tab's
// "Deadlines (.ics)" are RFC 5545 files (parsed with ical.js) with the right date, link and reminder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import ICAL from 'ical.js';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { launch, openApp, state, screenshot, settled, clickTarget, waitForTarget, DIST, ARTIFACTS as ARTIFACTS_DIR } from './harness.mjs';

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

const calls = JSON.parse(readFileSync(join(DIST, 'data', 'calls.json'), 'utf8')).calls;

// The events of an .ics download, parsed as a calendar app would (ical.js).
async function events(download) {
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.split('\n').every((l) => l === '' || l.endsWith('\r')), 'lines end in CRLF');
  const vcal = new ICAL.Component(ICAL.parse(text));
  assert.equal(vcal.getFirstPropertyValue('version'), '2.0');
  return vcal.getAllSubcomponents('vevent').map((e) => ({
    start: e.getFirstPropertyValue('dtstart'), end: e.getFirstPropertyValue('dtend'),
    url: e.getFirstPropertyValue('url'), summary: e.getFirstPropertyValue('summary'),
    alarm: e.getFirstSubcomponent('valarm'),
  }));
}

test('"Add to calendar" on a call gives an all-day event on its deadline with its link and a reminder a week before', async () => {
  const call = calls.find((c) => c.closes && /^\d{4}-\d{2}-\d{2}$/.test(c.closes) && c.url?.startsWith('https://'));
  const { page, context } = await openApp(env, { path: `#v=calls&call=${encodeURIComponent(call.id)}` });
  await settled(page);
  const wait = page.waitForEvent('download');
  await clickTarget(page, 'button', `add-to-calendar-${call.id}`);
  const download = await wait;
  assert.match(download.suggestedFilename(), /^alma-deadline-.*\.ics$/);
  const [e, ...more] = await events(download);
  assert.equal(more.length, 0);
  assert.ok(e.start.isDate, 'an all-day event (DATE, not DATE-TIME)');
  assert.equal(e.start.toString(), call.closes);
  const next = new Date(call.closes + 'T00:00:00Z'); next.setUTCDate(next.getUTCDate() + 1);
  assert.equal(e.end.toString(), next.toISOString().slice(0, 10), 'ends the next day (RFC 5545 all-day)');
  assert.equal(e.url, call.url);
  assert.ok(e.summary.includes(call.title));
  assert.equal(e.alarm.getFirstPropertyValue('action'), 'DISPLAY');
  assert.equal(e.alarm.getFirstPropertyValue('trigger').toString(), '-P7D');
  await context.close();
});

test('the Calls tab exports the deadlines of the calls listed, as filtered', async () => {
  const { page, context } = await openApp(env, { path: '#v=calls&q=JUVENTUS' });
  await settled(page);
  const wait = page.waitForEvent('download');
  await clickTarget(page, 'button', 'deadlines-ics');
  const list = await events(await wait);
  const expected = calls.filter((c) => c.closes && c.title.includes('JUVENTUS'));
  assert.ok(expected.length >= 2);
  assert.deepEqual(list.map((e) => e.start.toString()).sort(), expected.map((c) => c.closes).sort());
  await context.close();
});

test('"Save map as image" writes a PNG of the map at twice its size, with the legend and the caption', async () => {
  const { page, context, errors } = await openApp(env, { path: '#v=map&sel=country:ES' });
  await settled(page);
  const before = await state(page);
  const wait = page.waitForEvent('download');
  await clickTarget(page, 'button', 'save-map-image');
  const download = await wait;
  assert.match(download.suggestedFilename(), /^alma-map-\d{4}-\d{2}-\d{2}\.png$/);
  const png = PNG.sync.read(readFileSync(await download.path()));
  const s = await state(page);
  const bar = s.panels.find((p) => p.id === 'top-bar').rect;
  assert.equal(png.width, 2 * 1280, 'twice the map\'s width');
  assert.equal(png.height, 2 * (800 - bar[3]), 'twice the map\'s height');
  assert.deepEqual([s.picture.width, s.picture.height], [png.width, png.height]);
  // The legend is in the picture: its status swatches are there, in the palette's colours.
  const [lx, ly, lw, lh] = s.picture.legend.map(Math.round);
  assert.ok(lw > 100 && lh > 100, 'the legend is drawn open');
  const has = (rgb) => {
    for (let y = ly; y < ly + lh; y += 2)
      for (let x = lx; x < lx + lw; x += 2) {
        const i = (png.width * y + x) * 4;
        if (Math.abs(png.data[i] - rgb[0]) < 3 && Math.abs(png.data[i + 1] - rgb[1]) < 3 && Math.abs(png.data[i + 2] - rgb[2]) < 3) return true;
      }
    return false;
  };
  assert.ok(has([163, 168, 178]), 'the "closed" swatch');
  assert.ok(has([204, 196, 222]), 'the "status unknown" swatch');
  // Nothing on screen changed: the same view, the same selection.
  assert.deepEqual(s.map.center, before.map.center);
  assert.equal(s.selected.id, 'ES');
  assert.deepEqual(errors, []);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(ARTIFACTS_DIR, 'map-picture.png'), readFileSync(await download.path()));
  await context.close();
});

test('keyboard and screen reader: the accessible mirror offers the calendar files, the QR code and the picture', async () => {
  const { page, context } = await openApp(env, { path: '#v=calls&q=JUVENTUS' });
  await settled(page);
  const names = await page.$$eval('#a11y-root button', (bs) => bs.map((b) => b.textContent));
  assert.ok(names.includes('Download the deadlines of these calls for a calendar (.ics)'));
  assert.ok(names.includes("Show this view's link as a QR code (for phones in the room)"));
  await page.focus('#a11y-root [data-act=download][data-arg=ics]');
  const wait = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  assert.match((await wait).suggestedFilename(), /^alma-deadlines\.ics$/);
  await page.focus('#a11y-root [data-act=share]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.almaState().panels.some((p) => p.id === 'share'));
  await context.close();
  // The map's details: each call with a deadline has its own calendar button; the map, its picture.
  const map = await openApp(env, { path: '#v=map&sel=country:ES' });
  await settled(map.page);
  const calendar = await map.page.$$('#a11y-root [data-act=calendar]');
  assert.ok(calendar.length >= 1, 'a calendar button per call with a deadline');
  await map.page.focus('#a11y-root [data-act=picture]');
  const png = map.page.waitForEvent('download');
  await map.page.keyboard.press('Enter');
  assert.match((await png).suggestedFilename(), /\.png$/);
  await map.context.close();
});
