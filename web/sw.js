// Offline after the first visit, for the hosted site (index.html registers it on http(s) only).
// cmake/AssembleDist.cmake writes VERSION (a hash of every file in FILES) and FILES into dist/sw.js,
// so each deployment that changes anything has a new sw.js: the browser installs it as a new worker
// with its own complete cache, and a page only ever sees one version's files.
const VERSION = '@ALMA_SW_VERSION@';
const FILES = ['@ALMA_SW_FILES@'];  // relative to this script: works from any sub-folder
// Caches are per origin, not per folder: the scope keeps two deployments on one origin apart.
const PREFIX = `alma ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  // All or nothing: if one file fails the install fails and the previous version stays in charge.
  // 'no-cache' revalidates, so a file still in the HTTP cache from the old deployment never lands here.
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' }))))
    .catch((e) => caches.delete(CACHE).then(() => { throw e; })));
});

self.addEventListener('activate', (event) => {
  // The switch: the new cache is complete and no page uses the old one, so drop the older caches of
  // this scope. No clients.claim(): a page stays with the files it started with (and tests that
  // stub requests with context.route see them); the next load is served from here.
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)))));
});

self.addEventListener('message', (event) => { if (event.data === 'activate') self.skipWaiting(); });

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin) return;  // ?calls= on other hosts
  event.respondWith(respond(event.request, url));
});

async function respond(request, url) {
  if (request.mode === 'navigate' && self.registration.waiting) {
    // A newer deployment finished installing during an earlier visit. A waiting worker normally
    // waits until every tab closes (a reload is not enough); if at most this tab uses the old one,
    // switch now and have the page load again, wholly from the new version.
    const tabs = await self.clients.matchAll({ type: 'window' });
    if (tabs.length <= 1) {
      // The new worker takes over as soon as this response is done (Chrome waits for the old
      // worker's requests in flight). Until then every navigation gets this page again, so the reload
      // can never reach the old files: it loops a moment at most.
      self.registration.waiting.postMessage('activate');
      return new Response('<meta http-equiv="refresh" content="0"><link rel="icon" href="data:,">',
                          { headers: { 'Content-Type': 'text/html', Refresh: '0' } });
    }
  }
  // Cache first for this version's files, whatever the query (deep links, ?calls=…); the folder
  // itself means index.html. Anything else (another export, atlas-offline.html) goes to the network.
  const key = url.pathname.endsWith('/') ? new URL('index.html', url) : url;
  const hit = await caches.open(CACHE).then((cache) => cache.match(key.href, { ignoreSearch: true }));
  return hit || fetch(request);
}
