// Benchmark (not a test): search + facet counts + sort per keystroke over 100k generated practices
// in the browser, measured inside the app (perf.queryMs: emscripten_get_now around the query).
// The export is generated here (deterministic), served to the page through ?practices=, then the
// search is typed letter by letter with the real keyboard. Usage: node bench/browser_query.mjs [N]
import { launch, state } from '../tests/browser/harness.mjs';
import { generatedPractices, openWithPractices } from './generated_practices.mjs';

const N = Number(process.argv[2] || 100000);
const body = generatedPractices(N);

const env = await launch();
const { page, loadSeconds } = await openWithPractices(env, body, N);
// The Practices tab, then type into the search box letter by letter.
await page.keyboard.press('/');
await page.waitForFunction(() => window.almaState().ui.typing === true);
const samples = [];
for (const word of ['integration', ' women', ' centre']) {
  for (const ch of word) {
    const before = (await state(page)).perf?.queryMs?.practices?.samples ?? 0;
    await page.keyboard.type(ch);
    if (ch === ' ') continue;  // a space ends a word but changes no result: nothing is recomputed
    await page.waitForFunction((b) => (window.almaState().perf?.queryMs?.practices?.samples ?? 0) > b, before, { timeout: 20000 });
    samples.push((await state(page)).perf.queryMs.practices.last);
  }
}
for (let i = 0; i < 10; i++) await page.keyboard.press('Backspace');
const s = await state(page);
// Frame CPU time with the practice table on screen (all N rows, list clipper): hover over rows.
await page.keyboard.press('Control+A');
await page.keyboard.press('Backspace');
const tab = (await state(page)).targets.find((t) => t.kind === 'button' && t.id === 'tab-practices');
await page.mouse.click(tab.rect[0] + tab.rect[2] / 2, tab.rect[1] + tab.rect[3] / 2);
await page.waitForFunction(() => window.almaState().view === 'practices');
const frames = [], builds = [];
for (let i = 0; i < 60; i++) {
  const f0 = (await state(page)).frame;
  await page.mouse.move(700 + (i % 10) * 20, 200 + (i % 15) * 25);
  await page.waitForFunction((f) => window.almaState().frame > f, f0);
  const perf = (await state(page)).perf;
  frames.push(perf.frameMs);
  builds.push(perf.buildMs);
}
const sorted = [...samples].sort((a, b) => a - b);
console.log(`${N} practices, ${(body.length / 1e6).toFixed(1)} MB, loaded and indexed in ${loadSeconds.toFixed(1)} s (page load to ready)`);
console.log(`per keystroke (search + facet counts + sort), ${samples.length} keystrokes: median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)} ms, ` +
            `p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(2)} ms`);
console.log(`matches for "${s.search}": ${s.visible.practices}`);
const fs = [...frames].sort((a, b) => a - b);
const bs = [...builds].sort((a, b) => a - b);
console.log(`frame CPU time with the table of ${N} practices on screen: median ${fs[fs.length >> 1].toFixed(2)} ms, p95 ${fs[Math.floor(fs.length * 0.95)].toFixed(2)} ms`);
console.log(`  of which building the ImGui frame (views, layout, draw lists): median ${bs[bs.length >> 1].toFixed(2)} ms, p95 ${bs[Math.floor(bs.length * 0.95)].toFixed(2)} ms; the rest is WebGL submission`);
await env.close();
