// The page's shell: loading progress, clear error messages, the one-file page's embedded files, and
// the read-only test hooks. A file of its own (not inline) so the page runs under a Content
// Security Policy without 'unsafe-inline' (scripts/page-security.mjs writes the policy).
(function () {
  // Everything the page keeps on window lives in window.alma (the one-file page has already put
  // its embedded files there). The two read-only test hooks are also published under the names
  // shared/docs/state-hook.md documents: window.almaState and window.almaScreenPos.
  const alma = window.alma = window.alma || {};
  // The loading screen speaks the language the app will (docs/translations.md: the link's lang,
  // else the one chosen before, else the browser's): its words come from the catalogs, made into
  // shellwords.js at build time.
  const words = (() => {
    const all = alma.shellWords || {};
    let stored = null;
    try { stored = localStorage.getItem('alma.lang'); } catch (e) { /* private window */ }
    const fromLink = (location.hash.match(/[#&]lang=([A-Za-z-]+)/) || [])[1] || new URLSearchParams(location.search).get('lang');
    const wanted = [fromLink, stored, ...(navigator.languages || [navigator.language])].filter(Boolean)
      .map((l) => l.toLowerCase().split(/[-_]/)[0]);
    const lang = wanted.find((l) => all[l]) || 'en';
    document.documentElement.lang = lang;
    return { ...(all.en || {}), ...(all[lang] || {}), lang };
  })();
  const say = (key, args = {}) => (words[key] || key).replace(/\{(\w+)\}/g, (m, k) => (k in args ? String(args[k]) : m));
  const overlay = document.getElementById('overlay');
  document.getElementById('retry').addEventListener('click', () => location.reload());
  document.getElementById('canvas').addEventListener('contextmenu', (e) => e.preventDefault());
  const progress = document.getElementById('progress');
  const message = document.getElementById('message');
  document.getElementById('card-title').textContent = document.title = say('product.name');
  message.textContent = say('loading');
  document.getElementById('retry').textContent = say('retry');
  const fail = (text, canRetry) => {
    document.getElementById('card').classList.add('error');
    progress.hidden = true;
    message.textContent = text;
    document.getElementById('retry').hidden = !canRetry;
    overlay.hidden = false;
    alma.loadError = text;
  };

  // WebGL2 first: without it the app cannot draw, and a blank canvas would explain nothing.
  const probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) {
    fail(say('no_webgl'), false);
    return;
  }

  // The interface language's formatting (src/platform/intl_web.cpp): one set of Intl formatters per
  // locale, made on first use and kept, so the app's cached questions cost one call each.
  const formatters = new Map();
  const formatter = (locale, kind, make) => {
    const key = locale + '|' + kind;
    if (!formatters.has(key)) formatters.set(key, make());
    return formatters.get(key);
  };
  alma.intl = (what, locale, a, b, c, text) => {
    try {
      if (what === 'number') return formatter(locale, what, () => new Intl.NumberFormat(locale)).format(a);
      if (what === 'money') {
        // Under a million in full ("€850,000", "850.000 €"); above, the amount in words as the
        // language writes it ("€6.3 million", "6,3 Millionen €"): Intl's compact currency knows
        // only abbreviations ("6,3 Mio. €", "€6.3M"), which the public reads less easily.
        if (Math.abs(a) < 1e6) return formatter(locale, what, () => new Intl.NumberFormat(locale,
          { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })).format(a);
        const amount = formatter(locale, 'compact', () => new Intl.NumberFormat(locale,
          { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 })).format(a);
        const euroFirst = formatter(locale, 'euro-first', () => new Intl.NumberFormat(locale,
          { style: 'currency', currency: 'EUR' }).formatToParts(1)[0].type === 'currency');
        return euroFirst ? '€' + amount : amount + '\u00a0€';
      }
      if (what === 'date') {  // text: precision 0 year, 1 month, 2 day, 3 day where room is short
        const options = [{ year: 'numeric' }, { year: 'numeric', month: 'long' },
          { year: 'numeric', month: 'long', day: 'numeric' }, { dateStyle: 'medium' }][Number(text)] || { year: 'numeric' };
        return formatter(locale, what + text, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }))
          .format(Date.UTC(a, b - 1, c));
      }
      if (what === 'days') return formatter(locale, what, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(a, 'day');
      if (what === 'plural') return formatter(locale, what, () => new Intl.PluralRules(locale)).select(a);
      if (what === 'region') return formatter(locale, what, () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })).of(text) || '';
    } catch (e) { /* an engine without this part of Intl: the app writes it in plain English */ }
    return '';
  };

  // The one-file offline page carries its files as base64 (alma.embedded): the one decoder of them.
  alma.embeddedBytes = (name) => {
    const text = alma.embedded && alma.embedded[name];
    return text ? Uint8Array.from(atob(text), (c) => c.charCodeAt(0)) : null;
  };

  // Every download of the start-up (the wasm, the exports, the map, the language) feeds one
  // progress bar: bytes received of bytes expected. It says so while any is under way; once all
  // are in and the app runs, that the data is being read.
  const downloads = new Map();
  let unfinished = 0, runtimeReady = false;
  const showStage = () => {
    if (unfinished > 0) showProgress();
    else if (runtimeReady) message.textContent = say('loading_data');
  };
  const showProgress = () => {
    let received = 0, total = 0;
    for (const d of downloads.values()) { received += d.received; total += d.total; }
    if (total > 0) progress.value = received / total;
    message.textContent = say('progress', { received: Math.round(received / 1024), total: Math.round(total / 1024) });
  };
  // A response's place in the progress bar: its size as the header says (0: unknown, not counted),
  // and arrived(n) as its bytes come.
  const progressOf = (name, response) => {
    const total = Number(response.headers.get('Content-Length')) || 0;
    const entry = { received: 0, total, arrived(n) { entry.received += n; if (total) showProgress(); } };
    if (total) downloads.set(name, entry);
    return entry;
  };
  // With a `limit` (the app's file limit), a larger file is refused before it is read (it says so
  // in the header) or as soon as more than the limit has arrived: error.tooLarge = its size.
  const tooLarge = (size) => Object.assign(new Error('too large'), { tooLarge: size });
  async function fetchWithProgress(url, limit = Infinity) {
    ++unfinished;
    try { return await download(url, limit); } finally { --unfinished; showStage(); }
  }
  async function download(url, limit) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
    const total = Number(response.headers.get('Content-Length')) || 0;
    if (total > limit) { response.body?.cancel(); throw tooLarge(total); }
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const entry = progressOf(url, response);
    const reader = response.body.getReader();
    // The size is known (and not of a compressed encoding): chunks go straight into one buffer, so
    // a 50 MB export is held once while it arrives, not as chunks and then again as their sum.
    let whole = total ? new Uint8Array(total) : null;
    const chunks = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (whole && entry.received + value.length <= whole.length) whole.set(value, entry.received);
      else {
        if (whole) chunks.push(whole.subarray(0, entry.received));
        whole = null;
        chunks.push(value);
      }
      entry.arrived(value.length);
      if (entry.received > limit) { reader.cancel(); throw tooLarge(entry.received); }
    }
    if (whole) return entry.received === whole.length ? whole : whole.subarray(0, entry.received);
    const bytes = new Uint8Array(entry.received);
    let offset = 0;
    for (const c of chunks) { bytes.set(c, offset); offset += c.length; }
    return bytes;
  }
  // Every download the start-up needs begins now, at once, instead of when the app asks (after its
  // wasm has arrived, compiled and started): the map, the site's settings, the language's catalog,
  // and the exports: the bundled ones, or those a link names on this site (main.cpp asks for
  // exactly these; a link's export on another site waits for the site's settings to allow it,
  // docs/hosting.md). The app's alma.fetchBytes then takes the download already under way. The
  // size limit is the app's (alma.fileLimit, from shellwords.js until the app sets it).
  const early = new Map();
  if (!alma.embedded) {
    const search = new URLSearchParams(location.search);
    const files = ['atlas-config.json', 'map/atlas.bin'];
    for (const kind of ['calls', 'practices']) {
      const asked = search.get(kind);
      let sameSite = false;
      try { sameSite = !!asked && /^https?:$/.test(location.protocol) && new URL(asked, location.href).origin === location.origin; } catch (e) { /* not a URL */ }
      if (!asked) files.push(`data/${kind}.json`);
      else if (sameSite) files.push(asked);
    }
    if (words.lang !== 'en') files.push(`i18n/${words.lang}.json`);
    for (const f of files) {
      const download = fetchWithProgress(f, alma.fileLimit);
      download.catch(() => {});  // reported when the app takes it
      early.set(f, download);
    }
  }
  alma.fetchBytes = (url, limit) => {
    const download = early.get(url);
    if (!download) return fetchWithProgress(url, limit);
    early.delete(url);  // taken once: a later fetch of the same file is a new one
    return download.then((bytes) => { if (bytes.length > limit) throw tooLarge(bytes.length); return bytes; });
  };

  // The wasm is compiled while it downloads (and while alma.js loads), where the browser can:
  // WebAssembly.compileStreaming, fed through the progress bar. The response is re-labelled
  // application/wasm, so a host that sends another type costs nothing but the streaming. The
  // one-file offline page carries the wasm inside it: no fetch at all.
  const compiled = (() => {
    const embedded = alma.embeddedBytes('alma.wasm');
    if (embedded) return WebAssembly.compile(embedded);
    ++unfinished;
    let done = false;
    const finished = () => { if (!done) { done = true; --unfinished; showStage(); } };
    return fetch('alma.wasm').then((response) => {
      if (!response.ok) throw new Error(`alma.wasm: HTTP ${response.status} ${response.statusText}`);
      const entry = progressOf('alma.wasm', response);
      const counted = response.body.pipeThrough(new TransformStream({
        transform(chunk, out) { entry.arrived(chunk.length); out.enqueue(chunk); },
        flush: finished,
      }));
      const relabelled = new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
      return WebAssembly.compileStreaming ? WebAssembly.compileStreaming(relabelled)
        : relabelled.arrayBuffer().then((b) => WebAssembly.compile(b));
    }).finally(finished);
  })();
  compiled.catch(() => {});  // reported by instantiateWasm
  // The app says when its first frame with the data is on screen; until then the loading screen
  // stays, so a visitor never sees a half-drawn page.
  window.addEventListener('alma-ready', () => {
    overlay.hidden = true;
    // Offline after the first visit (web/sw.js, versioned cache), registered once the first view is
    // on screen so that its caching never competes with the first load. Only over http(s): not
    // file://, not the one-file page. Relative URL: works from a sub-folder. update(): look for a new
    // deployment on every visit (Chrome would otherwise wait for the page to close); offline, that
    // check just fails quietly.
    if (/^https?:$/.test(location.protocol) && 'serviceWorker' in navigator && !alma.embedded) {
      navigator.serviceWorker.register('sw.js')
        .then((r) => r.update().catch(() => {}), (e) => console.warn(`Offline cache unavailable: ${e.message}`));
    }
  }, { once: true });

  window.Module = {
    canvas: document.getElementById('canvas'),
    print: (t) => console.log(t),
    printErr: (t) => console.warn(t),
    instantiateWasm(imports, done) {
      compiled.then((module) => WebAssembly.instantiate(module, imports))
        .then((instance) => done(instance))
        .catch((e) => fail(say('load_failed', { error: e.message }), true));
      return {};
    },
    onRuntimeInitialized() {
      runtimeReady = true;  // the exports exist before the wasm instance does
      showStage();
      document.getElementById('canvas').focus();
    },
    onAbort(what) { fail(say('stopped', { error: what }), true); },
  };

  // Read-only test hooks (shared/docs/state-hook.md): they report what is on screen, never change it.
  alma.state = () => runtimeReady
    ? JSON.parse(window.Module.UTF8ToString(window.Module._alma_state_json())) : null;
  alma.screenPos = (lon, lat) => {
    if (!runtimeReady) return null;
    const p = window.Module._alma_screen_pos(lon, lat);
    return p ? [window.Module.HEAPF32[p >> 2], window.Module.HEAPF32[(p >> 2) + 1]] : null;
  };
  window.almaState = alma.state;
  window.almaScreenPos = alma.screenPos;

  if (alma.embedded) return;  // the one-file page inlines alma.js right after this script
  const script = document.createElement('script');
  script.src = 'alma.js';
  script.onerror = () => fail(say('load_failed', { error: 'alma.js is missing' }), true);
  document.body.appendChild(script);
})();
