// Benchmark (not a test): frame CPU time of the practice table with N generated practices
// (default 100,000) — opening the tab, scrolling with the wheel, and a window resize (which
// re-measures every row's height) — read from the app's own timings (perf.frameMs, buildMs).
// Usage: node bench/table_scroll.mjs [N]   (ALMA_DIST=… to measure another build)
import { launch, state, settled } from '../tests/browser/harness.mjs';
import { generatedPractices, openWithPractices } from './generated_practices.mjs';

const N = Number(process.argv[2] || 100000);
const body = generatedPractices(N);
const env = await launch();
const { page } = await openWithPractices(env, body, N);
await settled(page);

// Every frame's CPU time, sampled in the page once per animation frame (the app draws at most one
// frame per animation frame), from the action until the app is idle again.
await page.evaluate(() => {
  window.benchFrames = [];
  let last = -1;
  const tick = () => {
    const s = window.almaState();
    if (s.frame !== last) { window.benchFrames.push(s.perf.frameMs); last = s.frame; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
async function framesOf(action) {
  const f0 = (await state(page)).frame;
  await page.evaluate(() => { window.benchFrames.length = 0; });
  await action();
  await settled(page, f0);
  return page.evaluate(() => window.benchFrames.slice());
}
const stats = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return `median ${s[s.length >> 1].toFixed(2)} ms, p95 ${s[Math.floor(s.length * 0.95)].toFixed(2)} ms, max ${s[s.length - 1].toFixed(2)} ms`;
};

const tab = (await state(page)).targets.find((t) => t.kind === 'button' && t.id === 'tab-practices');
const open = await framesOf(() => page.mouse.click(tab.rect[0] + tab.rect[2] / 2, tab.rect[1] + tab.rect[3] / 2));
await page.mouse.move(800, 450);
const scroll = [];
for (let i = 0; i < 60; i++) scroll.push(...await framesOf(() => page.mouse.wheel(0, 240)));
await settled(page);
const resize = await framesOf(() => page.setViewportSize({ width: 1100, height: 800 }));
console.log(`${N} generated practices, ${(body.length / 1e6).toFixed(1)} MB`);
console.log(`opening the Practices tab: slowest frame ${Math.max(...open).toFixed(1)} ms (${open.length} frames)`);
console.log(`scrolling (60 wheel steps, ${scroll.length} frames): frame CPU ${stats(scroll)}`);
console.log(`window resize 1280 → 1100 px: slowest frame ${Math.max(...resize).toFixed(1)} ms (${resize.length} frames)`);
await env.close();
