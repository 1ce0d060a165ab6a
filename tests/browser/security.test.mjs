// Hostile input, hostile links, hostile hosts: the page runs under a Content Security Policy (no
// inline script, no eval), exports over the size limit are refused with a message while the data
// on screen stays, links may load exports only from the sites the deployment allows (and data
// from another site says so), and no text from data ever becomes markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, openApp, state, screenshot, settled, clickTarget, DIST, ROOT } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';

let env, other, otherOrigin;
const BIG = 400 * 1024 * 1024;
before(async () => {
  env = await launch();
  // A second site (another origin: 127.0.0.2) serving the same exports, and a 400 MB one that it
  // announces in its header and then streams (zeros) for as long as anyone reads.
  const big = (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': BIG, 'Access-Control-Allow-Origin': '*' });
    const chunk = Buffer.alloc(1 << 20, 0x20);
    let sent = 0;
    const more = () => { while (sent < BIG && res.write(chunk)) sent += chunk.length; if (sent >= BIG) res.end(); };
    res.on('drain', more);
    req.on('close', () => res.destroy());
    more();
  };
  other = await startServer(DIST, 0, '127.0.0.2', { '/big.json': big });
  otherOrigin = `http://127.0.0.2:${other.address().port}`;
});
after(async () => { other?.close(); await env?.close(); });

const calls = JSON.parse(readFileSync(join(DIST, 'data', 'calls.json'), 'utf8')).calls;
const practices = JSON.parse(readFileSync(join(DIST, 'data', 'practices.json'), 'utf8')).practices;

// A deployment of the built site whose atlas-config.json allows `exportsFrom` (its policy rebuilt
// as a deployment would), served while `use(server)` runs.
async function withDeployment(exportsFrom, use, routes = {}) {
  const site = mkdtempSync(join(tmpdir(), 'alma-site-'));
  cpSync(DIST, site, { recursive: true });
  writeFileSync(join(site, 'atlas-config.json'), JSON.stringify({ exportsFrom }));
  execFileSync(process.execPath, [join(ROOT, 'scripts/page-security.mjs'), site]);
  const server = await startServer(site, 0, '127.0.0.1', routes);
  try {
    await use(server);
  } finally {
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
}

// Drops a file on the page as a person would drag it from their desktop.
async function drop(page, name, content, size) {
  await page.evaluate(([n, text, bytes]) => {
    const file = text !== null ? new File([text], n, { type: 'application/json' }) : new File([new ArrayBuffer(bytes)], n);
    const data = new DataTransfer();
    data.items.add(file);
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [name, content, size ?? 0]);
}

test('the page and the one-file page run under a CSP: an injected inline script and eval are blocked, the app works', async () => {
  const csp = readFileSync(join(DIST, 'index.html'), 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(csp, /object-src 'none'/);
  assert.match(csp, /base-uri 'none'/);
  for (const [name, url, offline] of [['hosted', env.base, false], ['one file', `file://${join(DIST, 'atlas-offline.html')}`, true]]) {
    const context = await env.browser.newContext({ expectCspViolations: true, viewport: { width: 1280, height: 800 } });
    if (offline) await context.route(/^https?:/, (route) => route.abort());  // no network at all
    const page = await context.newPage();
    const violations = [];
    page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
    await page.goto(url);
    await page.waitForFunction(() => window.almaState?.()?.ready === true, null, { timeout: 30000 });
    assert.deepEqual(violations, [], `${name}: the app itself causes no violation`);
    // What the browser blocks, as the page's own events report it (DevTools' evaluate itself is
    // exempt from the policy, so the probes are an inline <script> and a string timer — code the
    // page would compile from text, as an injected payload would).
    await page.evaluate(() => {
      window.blocked = [];
      document.addEventListener('securitypolicyviolation', (e) => window.blocked.push(e.blockedURI));
    });
    await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => {});
    await page.evaluate(() => setTimeout('window.evalRan = true', 0));
    await page.waitForFunction(() => window.blocked.includes('inline') && window.blocked.includes('eval'));
    assert.equal(await page.evaluate(() => window.injected), undefined, `${name}: the inline script did not run`);
    assert.equal(await page.evaluate(() => window.evalRan), undefined, `${name}: code from a string did not run`);
    const [x, y] = await page.evaluate(() => window.almaScreenPos(-3.7, 40.42));
    await page.mouse.click(x, y);
    await page.waitForFunction(() => window.almaState().selected.id === 'ES');
    await context.close();
  }
});

test('a 400 MB export by link or by drop: a clear message, the bundled data still shown, the app responsive', async () => {
  // By link, from a site the deployment allows (the limit, not the policy, must refuse it).
  await withDeployment([otherOrigin], async (server) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/?calls=${encodeURIComponent(otherOrigin + '/big.json')}`);
    await page.waitForFunction(() => window.almaState?.()?.ready === true, null, { timeout: 30000 });
    let s = await state(page);
    assert.equal(s.data.calls.loaded, calls.length, 'the bundled calls are shown');
    assert.equal(s.panel, 'data', 'the data panel opens with the reason');
    const said = await page.evaluate(() => document.getElementById('a11y-root').textContent);
    assert.match(said, /is 400 MB: the atlas opens exports of up to \d+ MB/);
    await screenshot(page, 'security-400mb-by-link');
    // By drop: refused before it is read.
    await drop(page, 'huge-calls.json', null, BIG);
    await page.waitForFunction(() => document.getElementById('a11y-root').textContent.includes('huge-calls.json'));
    s = await state(page);
    assert.equal(s.data.calls.loaded, calls.length, 'still the bundled calls');
    // Still responsive: a click selects.
    await clickTarget(page, 'button', 'tab-calls');
    await page.waitForFunction(() => window.almaState().view === 'calls');
    await context.close();
  });
});

test('a 400 MB export on the site itself, by link: refused from its header before the app even runs, nothing of it read', async () => {
  // The page starts downloading a same-site link's export at once (web/shell.js), with the app's
  // limit from shellwords.js: the header says 400 MB, so it stops there.
  let sent = 0;
  const big = (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': BIG });
    const chunk = Buffer.alloc(1 << 20, 0x20);
    const more = () => {
      while (sent < BIG) { sent += chunk.length; if (!res.write(chunk)) return; }
      res.end();
    };
    res.on('drain', more);
    req.on('close', () => res.destroy());
    more();
  };
  await withDeployment([], async (server) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/?practices=big.json`);
    await page.waitForFunction(() => window.almaState?.()?.ready === true, null, { timeout: 30000 });
    const s = await state(page);
    assert.equal(s.data.practices.loaded, practices.length, 'the bundled practices are shown');
    assert.equal(s.panel, 'data', 'the data panel opens with the reason');
    assert.match(await page.evaluate(() => document.getElementById('a11y-root').textContent), /big\.json.*is 400 MB/s);
    assert.ok(sent < 64 * 1024 * 1024, `the page stopped reading (${Math.round(sent / 1048576)} MB sent, of 400)`);
    await context.close();
  }, { '/big.json': big });
});

test('exports from another site: refused by default, shown with a banner where the deployment allows them', async () => {
  const link = `?calls=${encodeURIComponent(otherOrigin + '/data/calls.json')}`;
  // Default atlas-config.json: this site's own exports only.
  let { page, context } = await openApp(env, { path: link });
  let s = await state(page);
  assert.equal(s.data.calls.source, 'data/calls.json', 'the bundled calls instead');
  assert.equal(s.data.calls.from, null);
  assert.equal(s.panel, 'data');
  assert.match(await page.evaluate(() => document.getElementById('a11y-root').textContent),
    new RegExp(`${otherOrigin.replace(/[.:/]/g, '\\$&')}/data/calls.json: was not opened: links may open exports only from this site`));
  await context.close();
  // A deployment that allows 127.0.0.2: loaded, and said everywhere.
  await withDeployment([otherOrigin], async (server) => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/${link}`);
    await page.waitForFunction(() => window.almaState?.()?.ready === true, null, { timeout: 30000 });
    s = await state(page);
    assert.equal(s.data.calls.source, `${otherOrigin}/data/calls.json`);
    assert.equal(s.data.calls.from, otherOrigin.replace('http://', ''));
    const note = await page.evaluate(() => document.querySelector('#a11y-root [role=note]')?.textContent);
    assert.match(note, /The calls shown come from 127\.0\.0\.2:\d+, not from this site/);
    await screenshot(page, 'security-other-site-banner');
    const download = page.waitForEvent('download');
    await clickTarget(page, 'button', 'tab-calls');
    await clickTarget(page, 'button', 'download-json');
    const file = await download;
    assert.match(file.suggestedFilename(), /^calls-from-127\.0\.0\.2/);
    assert.match(readFileSync(await file.path(), 'utf8'), /loaded from 127\.0\.0\.2:\d+, not from the atlas's own site/);
    await context.close();
  });
});

test('hostile text in every field: nothing runs, no element is made from it, the layout holds', async () => {
  const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
  const rtl = '\u202Eevil\u202C';
  const long = 'W'.repeat(10000);
  const text = (i) => `${evil} ${rtl} ${i % 2 ? long : ''} Title ${i}`;
  const exportJson = JSON.stringify({
    format: 'alma-calls/1', exported: '2026-11-29', source: evil,
    calls: [0, 1, 2].map((i) => ({
      id: `ES-EVIL-${i}`, title: text(i), title_original: evil, country: 'ES', level: 'national', status: 'open',
      authority: text(i), programme: evil, target_group: long, notes: evil + rtl, contact: `javascript:alert(${i})`,
      url: i === 0 ? 'javascript:window.pwned=3' : `https://example.org/${evil}`, closes: '2027-01-15',
    })),
  });
  const { page, context, errors } = await openApp(env);
  await drop(page, `${evil}.json`, exportJson);
  await page.waitForFunction(() => window.almaState().data.calls.loaded === 3);
  const [x, y] = await page.evaluate(() => window.almaScreenPos(-3.7, 40.42));
  await page.mouse.click(x, y);
  await page.waitForFunction(() => window.almaState().details.length === 3);
  await clickTarget(page, 'button', 'data');
  await settled(page);
  await screenshot(page, 'security-hostile-text');
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'nothing ran');
  assert.equal(await page.evaluate(() => document.querySelectorAll('img, script:not([src])').length), 0, 'no element made from data');
  const mirror = await page.evaluate(() => document.getElementById('a11y-root').textContent);
  assert.ok(mirror.includes('<img src=x onerror='), 'the text is shown as text');
  const links = await page.evaluate(() => [...document.querySelectorAll('#a11y-root a')].map((a) => a.getAttribute('href')));
  assert.ok(links.every((h) => /^(https?:|mailto:)/.test(h)), `only safe links: ${links}`);
  assert.ok(!links.some((h) => h.startsWith('javascript')));
  assert.equal(await page.evaluate(() => document.title.includes('<img') ? 'markup in title text' : 'ok'), 'ok');
  // The layout holds: every top-bar control is still inside the window.
  const targets = (await state(page)).targets.filter((t) => t.kind === 'button');
  for (const t of targets) assert.ok(t.rect[0] >= 0 && t.rect[0] + t.rect[2] <= 1280.5, `${t.id} inside the window`);
  assert.deepEqual(errors, []);
  await context.close();
});
