// Builds the one-file offline page DIST/atlas-offline.html from an assembled dist/ folder:
// the shell (index.html) + alma.js inlined + alma.wasm, the bundled data and the map asset as base64
// in window.alma.embedded. The shell then instantiates the embedded wasm and jsFetch
// (src/platform/browser_web.cpp) serves embedded files, so the page needs no network and opens from
// file:// (where fetch of local files is blocked). It reuses the very alma.wasm the hosted site
// serves: no second link, and the offline page cannot drift from what the browser tests cover.
// Usage: node scripts/assemble-offline.mjs DIST   (run by the `offline` target, part of ALL)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allowedOrigins, policy, withPolicy } from './page-security.mjs';

const dist = process.argv[2];
if (!dist) { console.error('usage: assemble-offline.mjs DIST'); process.exit(2); }
const out = join(dist, 'atlas-offline.html');

// The names are the URLs the app asks for (src/main.cpp) and the shell's 'alma.wasm'.
const names = ['alma.wasm', 'map/atlas.bin', 'atlas-config.json',
  ...readdirSync(join(dist, 'data')).filter((f) => f.endsWith('.json')).sort().map((f) => `data/${f}`),
  ...readdirSync(join(dist, 'i18n')).filter((f) => f.endsWith('.json')).sort().map((f) => `i18n/${f}`)];  // every language
const embedded = {};
for (const name of names) {
  const file = join(dist, name);
  if (!existsSync(file)) { console.warn(`assemble-offline: ${file} missing, not embedded`); continue; }
  embedded[name] = readFileSync(file).toString('base64');
}

// Inline JS must not end its <script> early: "</script" (and "<!--", which changes how the
// HTML parser reads script text) are escaped; "<\/" and "<\!" mean the same in JS strings/regexes.
const inlineJs = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

let html = readFileSync(join(dist, 'index.html'), 'utf8');
// Scripts the shell loads by name are inlined where they stand.
html = html.replace(/<script src="([a-z0-9]+\.js)"><\/script>/g, (tag, name) =>
  name === 'alma.js' ? tag : `<script>\n${inlineJs(readFileSync(join(dist, name), 'utf8'))}\n</script>`);
const first = html.indexOf('<script>');  // the first script: the embedded files come before it
const end = html.lastIndexOf('</body>');
if (first < 0 || end < 0) throw new Error('assemble-offline: index.html has no <script> or </body>');
// Base64 holds no '<', so the table is safe inline. It comes before the shell's script (which reads
// it), alma.js after it (which needs window.Module).
const table = `<script>window.alma = Object.assign(window.alma || {}, { embedded: ${JSON.stringify(embedded)} });</script>\n`;
const app = `<script>\n${inlineJs(readFileSync(join(dist, 'alma.js'), 'utf8'))}\n</script>\n`;
html = html.slice(0, first) + table + html.slice(first, end) + app + html.slice(end);
// Its own policy: every script is inline, allowed by its hash; it fetches only what links name.
html = withPolicy(html, policy(html, allowedOrigins(dist), { oneFile: true }));
writeFileSync(out, html);
console.log(`assemble-offline: ${out} (${(Buffer.byteLength(html) / 1048576).toFixed(2)} MiB)`);
