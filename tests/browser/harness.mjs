// Shared set-up for browser tests: the built site on a local server, Debian's Chromium through
// playwright-core, console errors collected, screenshots saved under test-artifacts/.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';
import { pseudoCatalog } from './pseudo-language.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = process.env.ALMA_DIST || join(ROOT, 'build/web/dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader'];

// Every page of every context the tests open reports Content Security Policy violations here; a
// test file fails when any happened (unless its context was made with expectCspViolations, for
// the test that provokes them on purpose).
export async function launch() {
  // The test server also serves the pseudo-language's catalog (lang=qps), made from en.json.
  const pseudo = JSON.stringify(pseudoCatalog(ROOT));
  const server = await startServer(DIST, 0, '127.0.0.1', {
    '/i18n/qps.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(pseudo),
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const violations = [];
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async ({ expectCspViolations = false, ...options } = {}) => {
    const context = await newContext(options);
    if (!expectCspViolations) context.on('page', (page) => page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    }));
    return context;
  };
  return {
    base, browser, server,
    async close() {
      await browser.close();
      server.close();
      if (violations.length) throw new Error(`Content Security Policy violations:\n${violations.join('\n')}`);
    },
  };
}

// Opens the app and waits until it reports its first frame with data. Records console errors.
export async function openApp(env, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, path = '' } = {}) {
  const context = await env.browser.newContext({ viewport, deviceScaleFactor });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.base + path);
  await page.waitForFunction(() => window.almaState && window.almaState()?.ready === true, null, { timeout: 30000 });
  return { page, context, errors };
}

export const state = (page) => page.evaluate(() => window.almaState());

export async function screenshot(page, name) {
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// Waits until the app has handled every input and stopped drawing: the screen a person now sees.
// With `since` (a frame number read before an action), also until a frame after it was drawn, so
// an idle screen from before the action does not count.
export async function settled(page, since = -1) {
  await page.waitForFunction((s) => { const st = window.almaState(); return st.idle && st.frame > s; }, since, { timeout: 10000 });
}

// Waits until the frame has published a click target of this kind and id, and returns it.
export async function waitForTarget(page, kind, id) {
  try {
    const handle = await page.waitForFunction(
      ([k, i]) => window.almaState().targets.find((t) => t.kind === k && t.id === i), [kind, id], { timeout: 10000 });
    return await handle.jsonValue();
  } catch {
    const shown = (await state(page)).targets.filter((t) => t.kind === kind).map((t) => t.id);
    throw new Error(`no ${kind} target "${id}" on screen; ${kind} targets shown: ${JSON.stringify(shown)}`);
  }
}

// Clicks a target like a hand: move there, let the app see the pointer over it (ImGui widgets need
// a frame with the pointer over them before the press), press, release; then wait until settled.
export async function clickTarget(page, kind, id, modifiers = []) {
  const target = await waitForTarget(page, kind, id);
  const [x, y, w, h] = target.rect;
  let before = (await state(page)).frame;
  await page.mouse.move(x + w / 2 - 2, y + h / 2);  // two moves: the pointer surely moves (and wakes the app)
  await page.mouse.move(x + w / 2, y + h / 2);
  await settled(page, before);
  for (const m of modifiers) await page.keyboard.down(m);
  before = (await state(page)).frame;
  await page.mouse.down();
  await page.mouse.up();
  for (const m of modifiers) await page.keyboard.up(m);
  await settled(page, before);
  return target;
}

// Waits until the app has drawn at least `n` more frames than `since` (frames are event-driven).
export async function framesAfter(page, since, n = 1) {
  await page.waitForFunction(([s, k]) => window.almaState().frame >= s + k, [since, n], { timeout: 10000 });
}

// The screenshot as RGBA pixels, to check what was actually drawn on the canvas.
import { PNG } from 'pngjs';
export async function pixels(page) {
  const png = PNG.sync.read(await page.screenshot());
  return {
    width: png.width, height: png.height,
    at(x, y) { const i = (png.width * y + x) * 4; return [png.data[i], png.data[i + 1], png.data[i + 2]]; },
  };
}

const intersect = (a, b) => a[0] < b[0] + b[2] - 0.5 && b[0] < a[0] + a[2] - 0.5 && a[1] < b[1] + b[3] - 0.5 && b[1] < a[1] + a[3] - 0.5;

// Every pair of panels, and every pair of clickable items, that overlap; and items sticking out of
// the screen.
export function overlaps(s) {
  const found = [];
  const check = (list, what) => {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (intersect(list[i].rect, list[j].rect)) found.push(`${what} ${list[i].id} × ${list[j].id}: ${list[i].rect.map(Math.round)} / ${list[j].rect.map(Math.round)}`);
  };
  check(s.panels, 'panels');
  check(s.targets.filter((t) => t.kind !== 'place'), 'items');
  const screen = [0, 0, s.display.cssWidth, s.display.cssHeight];
  for (const p of s.panels) {
    const [x, y, w, h] = p.rect;
    if (x < -0.5 || y < -0.5 || x + w > screen[2] + 0.5 || y + h > screen[3] + 0.5) found.push(`panel ${p.id} off screen: ${p.rect.map(Math.round)}`);
  }
  for (const t of s.targets.filter((t) => t.kind !== "place")) {
    const [x, y, w, h] = t.rect;
    if (x < -0.5 || x + w > screen[2] + 0.5) found.push(`item ${t.kind}:${t.id} cut at the screen edge: ${t.rect.map(Math.round)}`);
  }
  return found;
}
