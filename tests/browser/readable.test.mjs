// Tables people can read: every title, date and amount in view is shown whole or wrapped onto more
// lines — never cut, never squeezed behind "…" at a laptop's size — and no header is truncated.
//
// The app reports, per visible table cell, how its text was shown (almaState().cells: {row,
// column, fit} with fit "whole", "wrapped" or "ellipsised"); the screenshots are looked at too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, state, screenshot, settled, clickTarget, waitForTarget, pixels, DIST } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const calls = JSON.parse(readFileSync(join(DIST, 'data', 'calls.json'), 'utf8')).calls;
const practices = JSON.parse(readFileSync(join(DIST, 'data', 'practices.json'), 'utf8')).practices;

// The cells of the rows on screen, by column.
function cellsOf(s, column) { return s.cells.filter((c) => c.column === column && c.row !== 'header'); }
function headers(s) { return s.cells.filter((c) => c.row === 'header'); }

async function tableOpen(page, view) {
  await page.waitForFunction((v) => window.almaState().view === v && window.almaState().cells.some((c) => c.row === 'header'), view);
  await settled(page);
  return state(page);
}

test('Calls at 1280×800: every title in view reads whole or wrapped, dates and budgets whole, headers whole', async () => {
  const { page, context, errors } = await openApp(env, { path: '#v=calls' });
  const s = await tableOpen(page, 'calls');
  const titles = cellsOf(s, 'title');
  assert.ok(titles.length >= 8, `at least 8 rows in view (saw ${titles.length})`);
  assert.ok(titles.every((c) => calls.some((k) => k.id === c.row)), 'rows are the export\'s calls');
  for (const c of titles) assert.notEqual(c.fit, 'ellipsised', `title of ${c.row} is cut`);
  assert.ok(titles.some((c) => c.fit === 'wrapped'), 'long titles wrap onto more lines');
  for (const column of ['closes', 'budget', 'status']) {
    const cells = cellsOf(s, column);
    assert.ok(cells.length === titles.length, `${column} shown for every row`);
    for (const c of cells) assert.equal(c.fit, 'whole', `${column} of ${c.row}`);
  }
  const h = headers(s);
  assert.ok(h.length >= 5, 'at least five columns at 1280 px');
  for (const c of h) assert.equal(c.fit, 'whole', `header ${c.column} truncated`);
  await screenshot(page, 'readable-calls-1280');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Practices at 1280×800: titles, filter labels and headers read whole or wrapped', async () => {
  const { page, context, errors } = await openApp(env, { path: '#v=practices' });
  const s = await tableOpen(page, 'practices');
  const titles = cellsOf(s, 'title');
  assert.ok(titles.length >= 8, `at least 8 rows in view (saw ${titles.length})`);
  assert.ok(titles.every((c) => practices.some((p) => p.id === c.row)));
  for (const c of titles) assert.notEqual(c.fit, 'ellipsised', `title of ${c.row} is cut`);
  for (const c of headers(s)) assert.equal(c.fit, 'whole', `header ${c.column} truncated`);
  const facets = cellsOf(s, 'facet');
  assert.ok(facets.some((c) => c.row.startsWith('stage=')), 'the stage filter is in view');
  for (const c of facets) assert.notEqual(c.fit, 'ellipsised', `filter label ${c.row} is cut`);
  assert.ok(facets.some((c) => c.fit === 'wrapped'), 'long filter labels wrap');
  await screenshot(page, 'readable-practices-1280');
  assert.deepEqual(errors, []);
  await context.close();
});

test('stage and fund tags read dark on light in the dark theme too (no white text on a pastel tag)', async () => {
  for (const theme of ['dark', 'light']) {
    const { page, context, errors } = await openApp(env, { path: `?theme=${theme}#v=practices` });
    const s = await tableOpen(page, 'practices');
    const column = s.targets.find((t) => t.kind === 'column' && t.id === 'stages');
    const rows = s.targets.filter((t) => t.kind === 'row').slice(0, 6);
    assert.ok(column && rows.length === 6, 'the Stages column and six rows are in view');
    const shot = await pixels(page);
    let tagPixels = 0, whitePixels = 0;
    for (const r of rows)
      for (let y = Math.ceil(r.rect[1]); y < r.rect[1] + r.rect[3]; y++)
        for (let x = Math.ceil(column.rect[0]); x < column.rect[0] + column.rect[2]; x++) {
          const [red, green, blue] = shot.at(x, y);
          if (Math.min(red, green, blue) >= 245) ++whitePixels;        // the light theme's row background is not this white
          else if (Math.min(red, green, blue) >= 200) ++tagPixels;      // a pastel tag
        }
    await screenshot(page, `readable-tags-${theme}`);
    assert.ok(tagPixels > 500, `${theme}: tags are drawn (${tagPixels} tag pixels)`);
    if (theme === 'dark') assert.ok(whitePixels < 20, `dark: ${whitePixels} white text pixels on the tags`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('columns that do not fit are one click away: the Columns menu shows them, headers stay whole', async () => {
  const { page, context, errors } = await openApp(env, { path: '#v=calls' });
  let s = await tableOpen(page, 'calls');
  const hidden = ['level', 'participants', 'fundingModel'].filter((c) => !headers(s).some((h) => h.column === c));
  assert.ok(hidden.length > 0, 'some columns give way at 1280 px');
  await clickTarget(page, 'button', 'columns');
  await clickTarget(page, 'column-toggle', hidden[0]);
  await page.keyboard.press('Escape');
  await page.waitForFunction((c) => window.almaState().cells.some((x) => x.row === 'header' && x.column === c), hidden[0]);
  await settled(page);
  s = await state(page);
  for (const c of headers(s)) assert.equal(c.fit, 'whole', `header ${c.column} truncated`);
  for (const c of cellsOf(s, 'title')) assert.notEqual(c.fit, 'ellipsised', `title of ${c.row} is cut`);
  await screenshot(page, 'readable-calls-more-columns');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone (390×844) the call list keeps titles readable and dates whole', async () => {
  const { page, context, errors } = await openApp(env, { viewport: { width: 390, height: 844 }, path: '#v=calls' });
  const s = await tableOpen(page, 'calls');
  const titles = cellsOf(s, 'title');
  assert.ok(titles.length >= 4, `rows in view (saw ${titles.length})`);
  for (const c of s.cells) if (c.column !== 'title' && c.column !== 'facet') assert.notEqual(c.fit, 'ellipsised', `${c.column} of ${c.row}`);
  for (const c of headers(s)) assert.equal(c.fit, 'whole', `header ${c.column} truncated`);
  await screenshot(page, 'readable-calls-phone');
  assert.deepEqual(errors, []);
  await context.close();
});
