// A small static file server for the built site (used by scripts/serve.sh and the browser tests).
// Binds to 127.0.0.1 only, serves with the MIME types a static host must use (application/wasm).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.bin': 'application/octet-stream', '.ttf': 'font/ttf', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

export function startServer(rootDir, port = 0) {
  const root = resolve(rootDir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
                           'Content-Length': body.length, 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

// node scripts/static-server.mjs DIR [PORT]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'build/web/dist', port = '8080'] = process.argv.slice(2);
  const server = await startServer(dir, Number(port));
  console.log(`Serving ${resolve(dir)} at http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)`);
}
