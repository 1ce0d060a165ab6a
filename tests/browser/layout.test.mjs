// Nothing on the screen lies over anything else, at every size from a phone to a 4K projector, in
// both themes, in presenter mode and out of it: the app reports the rectangles of its windows and
// boxes (almaState().panels: top bar, legend, zoom buttons, EU-level calls button, attribution,
// details panel) and of every clickable item (targets); no two may intersect.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, state, screenshot, settled, clickTarget, overlaps } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const SIZES = [
  { width: 1024, height: 768, scale: 1 },
  { width: 1280, height: 800, scale: 1 },
  { width: 1920, height: 1080, scale: 2 },
  { width: 390, height: 844, scale: 3 },
];
const MODES = ['?presenter=1&theme=dark', '?presenter=1&theme=light', '?theme=dark', ''];

for (const size of SIZES) {
  test(`no overlaps on the map at ${size.width}×${size.height} (DPR ${size.scale}), presenter and not, dark and light`, async () => {
    for (const mode of MODES) {
      const { page, context, errors } = await openApp(env, { viewport: { width: size.width, height: size.height },
                                                              deviceScaleFactor: size.scale, path: mode });
      if (mode.includes('presenter')) await page.waitForFunction(() => window.almaState().ui.scale === 2);
      await settled(page);
      const s = await state(page);
      for (const id of ['top-bar', 'zoom', 'attribution', 'legend']) assert.ok(s.panels.some((p) => p.id === id), `${id} reported (${mode})`);
      assert.deepEqual(overlaps(s), [], `${mode || 'default'} at ${size.width}×${size.height}`);
      await screenshot(page, `layout-${size.width}x${size.height}${mode.replace(/[?&=]/g, '-')}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
}

test('with a country\'s details open, the controls stay clear of the panel', async () => {
  for (const mode of ['?presenter=1&theme=dark', '']) {
    const { page, context } = await openApp(env, { path: `${mode}#v=map&sel=country:ES` });
    await page.waitForFunction(() => window.almaState().panels.some((p) => p.id === 'details'));
    await settled(page);
    const s = await state(page);
    assert.deepEqual(overlaps(s), [], mode || 'default');
    await screenshot(page, `layout-details${mode.replace(/[?&=]/g, '-')}`);
    await context.close();
  }
});
