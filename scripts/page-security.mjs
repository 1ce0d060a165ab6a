// The pages' security policy, written at build time into the assembled site (run by the `offline`
// target after dist/ is assembled, before the one-file page is made from it):
// - a Content Security Policy without 'unsafe-inline' or 'unsafe-eval' for scripts: the hosted
//   page loads only its own script files ('self'); the one-file page's inline scripts are allowed
//   by their SHA-256 hashes; WebAssembly needs 'wasm-unsafe-eval'. connect-src: the site itself and
//   the origins its atlas-config.json allows exports from (docs/hosting.md);
// - dist/_headers (the format Netlify and Cloudflare Pages read; scripts/static-server.mjs too):
//   the same policy plus what only a header can say (frame-ancestors), nosniff, Referrer-Policy,
//   cache rules.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inline = (html, tag) => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);

// The origins besides the site's own that links may load exports from (docs/hosting.md).
export function allowedOrigins(dist) {
  const file = join(dist, 'atlas-config.json');
  if (!existsSync(file)) return [];
  try {
    const list = JSON.parse(readFileSync(file, 'utf8')).exportsFrom;
    return Array.isArray(list) ? list.filter((o) => typeof o === 'string' && /^https?:\/\/[^/?#@\s]+$/.test(o)) : [];
  } catch { return []; }
}

// The policy of a page: `oneFile` pages carry their scripts inline (allowed by hash) and fetch
// nothing of their own.
export function policy(html, origins, { oneFile = false } = {}) {
  const scripts = oneFile ? inline(html, 'script').map(sha).join(' ') : "'self'";
  const styles = inline(html, 'style').map(sha).join(' ') || "'none'";
  const connect = (oneFile ? origins : ["'self'", ...origins]).join(' ') || "'none'";
  return [`default-src 'none'`, `script-src ${scripts} 'wasm-unsafe-eval'`, `style-src ${styles}`,
    `img-src 'self' data: blob:`, `connect-src ${connect}`, `worker-src ${oneFile ? "'none'" : "'self'"}`,
    `base-uri 'none'`, `form-action 'none'`, `object-src 'none'`].join('; ');
}

export function withPolicy(html, csp) {
  return html.replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*(">)/, (_, a, b) => a + csp + b);
}

// node scripts/page-security.mjs DIST
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2];
  const page = join(dist, 'index.html');
  const html = readFileSync(page, 'utf8');
  const csp = policy(html, allowedOrigins(dist));
  writeFileSync(page, withPolicy(html, csp));
  writeFileSync(join(dist, '_headers'), `# Headers for static hosts that read this file (Netlify, Cloudflare Pages); nginx and Apache:
# docs/hosting.md. Written by scripts/page-security.mjs at build time.
/*
  Content-Security-Policy: ${csp}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Cache-Control: no-cache
/*.wasm
  Content-Type: application/wasm
`);
  console.log(`page-security: ${page}: ${csp}`);
}
