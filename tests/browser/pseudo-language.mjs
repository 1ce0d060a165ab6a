// The pseudo-language (code "qps"), for finding clipped and hard-coded text: every English message
// accented and padded by 40 % ("Map" → "[Ṁåƥ ··]"), placeholders kept. Only the test harness serves
// it (/i18n/qps.json): the shipped site has no such catalog, so lang=qps there stays English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOWER = 'åƀçđéƒĝĥîĵķļṁñöƥǫŕšţûṽŵẋýž';
const UPPER = 'ÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ';
const accent = (text) => text.replace(/[a-zA-Z]/g, (c) => {
  const lower = c.toLowerCase();
  const i = lower.charCodeAt(0) - 97;
  return c === lower ? LOWER[i] : UPPER[i];
});

export function pseudoText(text) {
  // Placeholders ({n}, {date}) stay as they are: the app fills them.
  const body = text.split(/(\{[a-z_]+\})/).map((part, i) => (i % 2 ? part : accent(part))).join('');
  const pad = '·'.repeat(Math.max(1, Math.ceil(text.length * 0.4) - 3));
  return `[${body} ${pad}]`;
}

export function pseudoCatalog(root) {
  const english = JSON.parse(readFileSync(join(root, 'assets/i18n/en.json'), 'utf8'));
  const out = { '@language': 'qps', '@status': 'Pseudo-language of the browser tests (tests/browser/pseudo-language.mjs)' };
  for (const [key, value] of Object.entries(english)) {
    if (key.startsWith('@')) continue;
    out[key] = typeof value === 'string' ? pseudoText(value)
      : Object.fromEntries(Object.entries(value).map(([category, form]) => [category, pseudoText(form)]));
  }
  return out;
}

// node tests/browser/pseudo-language.mjs > build/web/dist/i18n/qps.json: the catalog for a local look.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(pseudoCatalog(join(new URL('.', import.meta.url).pathname, '../..')), null, 1) + '\n');
}
