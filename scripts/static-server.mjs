// A small static file server for the built site (used by scripts/serve.sh and the browser tests).
// Binds to 127.0.0.1 only, serves with the MIME types a static host must use (application/wasm)
// and the headers the site's _headers file asks for (Content-Security-Policy, nosniff…; written by
// scripts/page-security.mjs). Exports (.json) may be read by pages of other origins (CORS), as a
// data host must allow for ?calls= links.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.bin': 'application/octet-stream', '.ttf': 'font/ttf', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

// `_headers`: "/path-pattern" lines, each followed by indented "Name: value" lines; * matches anything.
async function headerRules(root) {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`), headers: {} });
    else if (rules.length) { const i = line.indexOf(':'); rules.at(-1).headers[line.slice(0, i).trim()] = line.slice(i + 1).trim(); }
  }
  return (path) => Object.assign({}, ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers));
}

// `routes`: path → handler(req, res) answered instead of a file (tests: a generated 400 MB export).
export function startServer(rootDir, port = 0, host = '127.0.0.1', routes = {}) {
  const root = resolve(rootDir);
  const rulesFor = headerRules(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (routes[path]) { routes[path](req, res); return; }
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache',
                           ...(extname(file) === '.json' ? { 'Access-Control-Allow-Origin': '*' } : {}),
                           ...(await rulesFor)(path), 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

// node scripts/static-server.mjs DIR [PORT]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'build/web/dist', port = '8080'] = process.argv.slice(2);
  const server = await startServer(dir, Number(port));
  console.log(`Serving ${resolve(dir)} at http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)`);
}
