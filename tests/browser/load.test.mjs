// Facilitators load the latest export without a rebuild: by link (?calls=URL), by the file
// picker, or by dropping files; a broken file is explained and the data on screen stays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, state, screenshot, clickTarget, ROOT, DIST } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const bundledPractices = JSON.parse(readFileSync(join(DIST, 'data', 'practices.json'), 'utf8')).practices;
const twoCalls = {
  format: 'alma-calls/1', exported: '2026-11-20', source: 'test export handed over by link',
  calls: [
    { id: 'T-1', title: 'Test call one', country: 'PT', status: 'open', closes: '2027-01-31' },
    { id: 'T-2', title: 'Test call two', country: 'pt', status: 'planned' },
  ],
};

// Drops files on the page the way a browser does (DataTransfer with File objects).
async function drop(page, files) {
  const handle = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return dt;
  }, files.map((f) => ({ name: f.name, type: f.type, bytes: [...Buffer.from(f.text, 'utf8')] })));
  await page.dispatchEvent('#canvas', 'drop', { dataTransfer: handle });
}

test('?calls=URL loads another export instead of the bundled one', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/exports/latest-calls.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(twoCalls) }));
  const page = await context.newPage();
  await page.goto(env.base + '?calls=exports/latest-calls.json');
  await page.waitForFunction(() => window.almaState()?.ready === true, null, { timeout: 30000 });
  const s = await state(page);
  assert.equal(s.data.calls.loaded, 2);
  assert.equal(s.data.calls.exported, '2026-11-20');
  assert.equal(s.data.calls.source, 'exports/latest-calls.json');
  assert.equal(s.data.practices.loaded, bundledPractices.length, 'practices stay the bundled ones');
  await context.close();
});

test('a ?calls= link that cannot be loaded says so and shows the bundled calls', async () => {
  const { page, context } = await openApp(env, { path: '?calls=missing/calls.json' });
  const s = await state(page);
  assert.ok(s.data.calls.loaded > 0, 'bundled calls shown instead');
  assert.ok(s.data.diagnostics >= 1, 'the failed download is reported');
  await context.close();
});

test('dropping a CSV spreadsheet and a broken JSON: the CSV loads, the broken file is explained, data stays', async () => {
  const { page, context } = await openApp(env);
  const sheet = '\uFEFFid;title;country;stages;funds;start\r\n' +
    'PT-X1;"One-stop shop\r\nfor newcomers";PT;reception;AMIF|ESF+;2024-01\r\n' +
    'PT-X2;Language café;PT;long-term;AMIF;2023\r\n';
  await drop(page, [{ name: 'practices-from-excel.csv', type: 'text/csv', text: sheet }]);
  await page.waitForFunction(() => window.almaState().data.practices.loaded === 2, null, { timeout: 5000 });
  let s = await state(page);
  assert.equal(s.data.practices.source, 'practices-from-excel.csv');
  const callsBefore = s.data.calls.loaded;

  await drop(page, [{ name: 'calls-broken.json', type: 'application/json', text: '{"format":"alma-calls/1","calls":[{"id":' }]);
  await page.waitForFunction(() => window.almaState().panel === 'data', null, { timeout: 5000 });
  s = await state(page);
  assert.equal(s.data.calls.loaded, callsBefore, 'the calls on screen stay');
  assert.equal(s.data.practices.loaded, 2, 'the dropped practices stay');
  assert.ok(s.data.diagnostics >= 1);
  await screenshot(page, 'load-dropped-broken-json');
  await context.close();
});

test('the "Load data" button opens the browser\'s file picker', async () => {
  const { page, context } = await openApp(env);
  const chooser = page.waitForEvent('filechooser');
  await clickTarget(page, 'button', 'load-data');
  const fc = await chooser;
  assert.equal(fc.isMultiple(), true);
  await fc.setFiles({ name: 'calls.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(twoCalls)) });
  await page.waitForFunction(() => window.almaState().data.calls.loaded === 2, null, { timeout: 5000 });
  assert.equal((await state(page)).data.calls.source, 'calls.json');
  await context.close();
});
