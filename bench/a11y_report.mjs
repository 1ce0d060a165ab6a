// Report (not a test): per view of the atlas, what axe-core finds (WCAG 2.1 A/AA tags) and how
// large Chromium's accessibility tree is — before (canvas only) the tree had 4 nodes.
// Usage: node bench/a11y_report.mjs   (after a web build; serves build/web/dist like the tests)
import AxeBuilder from '@axe-core/playwright';
import { launch, openApp, clickTarget, settled } from '../tests/browser/harness.mjs';

const env = await launch();
const views = [
  ['map', {}, null],
  ['map, Spain selected', { path: '#sel=country:ES' }, null],
  ['calls table', { path: '#v=calls' }, null],
  ['practice table', { path: '#v=practices' }, null],
  ['practice details', { path: '#v=practices&sel=practice:EL-0001' }, null],
  ['data panel', {}, async (page) => clickTarget(page, 'button', 'data')],
  ['presenter, dark', { path: '?presenter=1&theme=dark' }, null],
  ['phone 390×844', { viewport: { width: 390, height: 844 } }, null],
];
console.log('view                      violations  passes  incomplete  AX nodes  roles');
for (const [name, options, action] of views) {
  const { page, context } = await openApp(env, options);
  await page.waitForFunction(() => document.querySelector('#a11y-root main'));
  if (action) await action(page);
  await settled(page);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const shown = nodes.filter((n) => !n.ignored);
  const roles = {};
  for (const n of shown) roles[n.role?.value] = (roles[n.role?.value] || 0) + 1;
  const top = ['button', 'row', 'checkbox', 'link', 'heading'].map((r) => `${r} ${roles[r] || 0}`).join(', ');
  console.log(`${name.padEnd(26)}${String(axe.violations.length).padStart(10)}${String(axe.passes.length).padStart(8)}` +
              `${String(axe.incomplete.length).padStart(12)}${String(shown.length).padStart(10)}  ${top}`);
  await context.close();
}
await env.close();
