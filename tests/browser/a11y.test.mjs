// Everyone can use it: the accessible mirror (#a11y-root) as a screen reader and a keyboard-only
// visitor meet it. axe-core audits every view (and the audit is never of an empty page: each test
// also asserts what the accessibility tree contains); Chromium's own accessibility tree is read
// through CDP; the keyboard journeys use no mouse event at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { launch, openApp, state, screenshot, settled, clickTarget, DIST } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const calls = JSON.parse(readFileSync(join(DIST, 'data', 'calls.json'), 'utf8')).calls;
const practices = JSON.parse(readFileSync(join(DIST, 'data', 'practices.json'), 'utf8')).practices;

async function audit(page, name) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
  assert.deepEqual(summary, [], `axe on ${name}`);
  assert.ok(result.passes.length > 10, `axe checked real content on ${name} (${result.passes.length} rules passed)`);
  return result;
}

// Chromium's accessibility tree, as a screen reader receives it: [{role, name}] of the nodes that
// are not ignored.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value, name: n.name?.value ?? '' }));
}

// The mirror follows the view once the app has drawn it (it is published after the frame).
const mirrorReady = (page) => page.waitForFunction(() => document.querySelector('#a11y-root main'));
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return { tag: e.tagName.toLowerCase(), act: e.getAttribute('data-act'), arg: e.getAttribute('data-arg'), role: e.getAttribute('role'),
           text: e.textContent.trim(), id: e.id, href: e.getAttribute('href') };
});
async function tabUntil(page, pred, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.notEqual(f.tag, 'body', 'the focus is never lost to <body>');
    if (pred(f)) return f;
  }
  throw new Error('never reached the element with the keyboard');
}

test('axe: no WCAG 2.1 A/AA violation on the map, the tables, details, the data panel, presenter mode and a phone', async () => {
  const { page, context } = await openApp(env);
  await mirrorReady(page);
  await audit(page, 'map');
  const tree = await axTree(page);
  assert.ok(tree.some((n) => n.role === 'button' && n.name.startsWith('Spain / España:')), 'Spain is in the tree');
  assert.ok(tree.filter((n) => n.role === 'tab').length === 3);
  await clickTarget(page, 'button', 'tab-calls');
  await page.waitForFunction(() => document.querySelector('#a11y-root table'));
  await audit(page, 'calls table');
  await clickTarget(page, 'button', 'tab-practices');
  await page.waitForFunction(() => document.querySelector('#a11y-root caption')?.textContent.startsWith('Practices'));
  await audit(page, 'practice table');
  await clickTarget(page, 'row', practices[0].id);
  await page.waitForFunction(() => document.querySelector('#a11y-details-title'));
  await audit(page, 'practice details');
  await clickTarget(page, 'button', 'data');
  await page.waitForFunction(() => document.querySelector('#a11y-data-title'));
  await audit(page, 'data panel');
  await context.close();

  const presenter = await openApp(env, { path: '?presenter=1&theme=dark' });
  await mirrorReady(presenter.page);
  await audit(presenter.page, 'presenter mode, dark');
  await presenter.context.close();

  const phone = await openApp(env, { viewport: { width: 390, height: 844 } });
  await mirrorReady(phone.page);
  await audit(phone.page, 'phone');
  await phone.context.close();
});

test('the accessibility tree: the live region names the count, the table rows match, Spain selects like a click', async () => {
  const { page, context } = await openApp(env, { path: '#v=practices' });
  await page.waitForFunction(() => document.querySelector('#a11y-root caption'));
  let tree = await axTree(page);
  const rows = tree.filter((n) => n.role === 'row').length;
  assert.equal(rows, 1 + Math.min(50, (await state(page)).visible.practices), 'a header row and the first page of rows');
  assert.ok(tree.some((n) => n.role === 'columnheader' && n.name === 'Title'));
  // Type into the mirror's search field: the canvas search shows the same text.
  await page.focus('#a11y-search');
  await page.keyboard.type('lodz');
  await page.waitForFunction(() => window.almaState().search === 'lodz');
  const visible = (await state(page)).visible.practices;
  const expected = `${visible} of ${practices.length} practices`;
  await page.waitForFunction((t) => document.getElementById('a11y-status').textContent === t, expected);
  tree = await axTree(page);
  assert.ok(tree.some((n) => n.role === 'status' && n.name === expected) ||
            (await page.evaluate(() => document.getElementById('a11y-status').getAttribute('role'))) === 'status');
  assert.equal(tree.filter((n) => n.role === 'row').length, 1 + visible);
  await context.close();

  // Spain's button in the map list selects exactly what a click on Madrid selects.
  const byClick = await openApp(env);
  const [x, y] = await byClick.page.evaluate(() => window.almaScreenPos(-3.7, 40.42));
  await byClick.page.mouse.click(x, y);
  await byClick.page.waitForFunction(() => window.almaState().selected.id === 'ES');
  const clicked = await state(byClick.page);
  await byClick.context.close();

  const byButton = await openApp(env);
  await mirrorReady(byButton.page);
  tree = await axTree(byButton.page);
  const spain = tree.find((n) => n.role === 'button' && n.name.startsWith('Spain / España:'));
  const spanish = calls.filter((c) => c.country === 'ES').length;
  assert.match(spain.name, new RegExp(`^Spain / España: ${spanish} calls — `));
  await byButton.page.focus('#a11y-root [data-act=place][data-arg=ES]');
  await byButton.page.keyboard.press('Enter');
  await byButton.page.waitForFunction(() => window.almaState().selected.id === 'ES');
  const pressed = await state(byButton.page);
  assert.deepEqual(pressed.selected, clicked.selected);
  assert.deepEqual(pressed.details, clicked.details);
  // Opening details moves the focus to their heading.
  await byButton.page.waitForFunction(() => document.activeElement?.id === 'a11y-details-title');
  await byButton.context.close();
});

test('keyboard only: find Andalucía, open its call, reach the official page, come back with Esc', async () => {
  const { page, context } = await openApp(env);
  await mirrorReady(page);
  const andalucia = calls.find((c) => c.region?.code === 'ES61');
  // From the start of the page (its first stop, the skip link), Tab as a keyboard user does, until
  // the Andalucía button.
  await page.focus('#a11y-root [data-act=skip]');
  const region = await tabUntil(page, (f) => f.act === 'place' && f.arg === 'ES61');
  assert.match(region.text, /^Andalucía: 1 call/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.almaState().selected.id === 'ES61');
  await page.waitForFunction(() => document.activeElement?.id === 'a11y-details-title');
  assert.equal((await focused(page)).text, 'Andalucía (Spain)');
  const link = await tabUntil(page, (f) => f.tag === 'a');
  assert.equal(link.href, andalucia.url);
  await screenshot(page, 'a11y-keyboard-official-link');
  // No internet here: answer the official site with a stub; the new tab's address is what counts.
  await context.route((url) => url.hostname !== '127.0.0.1', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>official page</title>' }));
  const popup = context.waitForEvent('page');
  await page.keyboard.press('Enter');
  const opened = await popup;
  await opened.waitForLoadState();
  assert.equal(opened.url(), andalucia.url);
  await opened.close();
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.almaState().selected.kind === null);
  const back = await focused(page);
  assert.deepEqual([back.act, back.arg], ['place', 'ES61'], 'Esc returns the focus to the button that opened the details');
  await context.close();
});

test('Tab order: skip link, tabs, search, filters, results, details, tools — never <body>', async () => {
  const { page, context } = await openApp(env, { path: '#v=practices&sel=practice:' + practices[0].id });
  await page.waitForFunction(() => document.querySelector('#a11y-details-title'));
  await page.focus('#a11y-root [data-act=skip]');  // the page's first stop
  const kinds = ['skip'];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.notEqual(f.tag, 'body', 'the focus is never lost to <body>');
    if (f.id === 'canvas') break;
    const kind = f.act === 'skip' ? 'skip' : f.role === 'tab' ? 'tabs' : f.act === 'search' ? 'search'
      : ['facet', 'year-from', 'year-to', 'undated'].includes(f.act) ? 'filters'
      : ['row', 'sort', 'more', 'download'].includes(f.act) ? 'results'
      : f.act === 'clear-all' || f.act === 'clear-search' ? 'filters'
      : ['close', 'show-practice'].includes(f.act) || f.tag === 'a' ? 'details' : 'tools';
    if (kinds[kinds.length - 1] !== kind) kinds.push(kind);
  }
  assert.deepEqual(kinds, ['skip', 'tabs', 'search', 'filters', 'results', 'details', 'tools']);
  await context.close();
});

test('the focus indicator is drawn on the canvas, in light, dark and presenter themes', async () => {
  for (const [name, path] of [['light', ''], ['dark', '?theme=dark'], ['presenter', '?presenter=1']]) {
    const { page, context } = await openApp(env, { path });
    await mirrorReady(page);
    await page.focus('#a11y-root [role=tab][data-arg=calls]');
    await page.waitForFunction(() => !document.getElementById('a11y-focus').hidden);
    await settled(page);
    const echo = await page.evaluate(() => document.getElementById('a11y-focus').textContent);
    assert.equal(echo, 'Calls');
    await screenshot(page, `a11y-focus-${name}`);
    // The place list's focus outlines the country on the map.
    await page.focus('#a11y-root [data-act=place][data-arg=ES]');
    await settled(page);
    await screenshot(page, `a11y-focus-place-${name}`);
    await context.close();
  }
});

test('text up to 200 % and a 320 px wide screen: every top-bar control is whole, inside the screen, none overlapping', async () => {
  const overlaps = (a, b) => a.rect[0] < b.rect[0] + b.rect[2] && b.rect[0] < a.rect[0] + a.rect[2] &&
                             a.rect[1] < b.rect[1] + b.rect[3] && b.rect[1] < a.rect[1] + a.rect[3];
  const check = async (page, width, what) => {
    await settled(page);
    const buttons = (await state(page)).targets.filter((t) => t.kind === 'button' && !t.id.startsWith('details'));
    for (const id of ['tab-map', 'tab-calls', 'tab-practices', 'search', 'data', 'copy-link', 'load-data', 'text-size', 'presenter', 'theme', 'help'])
      assert.ok(buttons.some((b) => b.id === id), `${what}: ${id} is on screen`);
    for (const b of buttons) assert.ok(b.rect[0] >= 0 && b.rect[0] + b.rect[2] <= width + 0.5, `${what}: ${b.id} inside the screen ${JSON.stringify(b.rect)}`);
    for (let i = 0; i < buttons.length; i++)
      for (let j = i + 1; j < buttons.length; j++)
        assert.ok(!overlaps(buttons[i], buttons[j]), `${what}: ${buttons[i].id} and ${buttons[j].id} overlap`);
  };
  const { page, context } = await openApp(env);
  const before = await state(page);
  for (let i = 0; i < 3; i++) await clickTarget(page, 'button', 'text-size');  // 125, 150, 200 %
  await page.waitForFunction((px) => window.almaState().font.sizePx === 2 * px, before.font.sizePx);
  assert.equal(await page.evaluate(() => localStorage.getItem('alma.text')), '200', 'the setting is remembered');
  await check(page, 1280, 'text 200 %');
  await screenshot(page, 'a11y-text-200');
  await context.close();
  const phone = await openApp(env, { viewport: { width: 320, height: 640 } });
  await check(phone.page, 320, '320 px');
  await screenshot(phone.page, 'a11y-320px');
  await phone.context.close();
});

test('keyboard only in the practice table: the period filter and the downloads', async () => {
  const { page, context } = await openApp(env, { path: '#v=practices' });
  await page.waitForFunction(() => document.querySelector('#a11y-year-from'));
  await page.focus('#a11y-year-from');
  await page.keyboard.type('2020');
  await page.keyboard.press('Tab');  // leaving the field commits it, as in any form
  await page.waitForFunction(() => window.almaState().filters.period?.[0] === '2020');
  // Active in 2020 or later: dated, and not ended before 2020 (undated ones are left out).
  const active = practices.filter((p) => (p.start || p.end) && (!p.end || Number(p.end.slice(0, 4)) >= 2020)).length;
  await page.waitForFunction((n) => window.almaState().visible.practices === n, active);
  const download = page.waitForEvent('download');
  await page.focus('#a11y-root [data-act=download][data-arg=csv]');
  await page.keyboard.press('Enter');
  const file = await download;
  assert.match(file.suggestedFilename(), /^practices-.*\.csv$/);
  const text = readFileSync(await file.path(), 'utf8');
  const lines = text.trim().split(/\r\n/).length - 1;  // records after the header (no multi-line cells in the bundled data)
  assert.equal(lines, (await state(page)).visible.practices, 'the CSV has exactly the rows on screen');
  await context.close();
});
