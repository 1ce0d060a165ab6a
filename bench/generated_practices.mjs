// A deterministic practices export of N generated records (accented Latin, Greek and Cyrillic
// words) for the browser benchmarks. Clearly generated: source says so, ids are "G-<n>".
export function generatedPractices(N) {
  let seed = 42;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) >>> 0; return seed % n; };
  const pick = (a) => a[rnd(a.length)];
  const words = ['integration', 'Łódź', 'Württemberg', 'Ελλάδα', 'Москва', 'women', 'housing', 'language', 'Açores',
    'one-stop', 'shop', 'centre', 'mentoring', 'jobs', 'Straße', 'café', 'support', 'youth', 'newcomers', 'skills'];
  const countries = ['AT', 'BE', 'BG', 'CZ', 'DE', 'EL', 'ES', 'FI', 'FR', 'HR', 'IT', 'LT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI'];
  const stages = ['pre-arrival', 'reception', 'long-term', 'cohesive-societies'];
  const funds = ['ESF+', 'AMIF', 'ERDF', 'national', 'other'];
  const themes = ['education', 'employment', 'language', 'health', 'housing', 'participation'];
  const sentence = (k) => Array.from({ length: k }, () => pick(words)).join(' ');
  const practices = Array.from({ length: N }, (_, i) => ({
    id: `G-${i}`, title: sentence(4 + rnd(12)), country: pick(countries), region: pick(words), organisation: sentence(2),
    stages: [pick(stages)], themes: [pick(themes), pick(themes)], funds: [pick(funds)],
    start: `${2010 + rnd(14)}`, summary: sentence(12),
  }));
  return JSON.stringify({ format: 'mi-practices/1', exported: '2026-11-24', source: 'generated for bench', practices });
}

// Opens the atlas with `body` served as the practices export (through ?practices=, so it loads like
// a facilitator's link) and waits until all N records are on screen. Returns the page and the
// seconds from navigation to ready.
export async function openWithPractices(env, body, N) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/bench/practices.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(env.base + '?practices=bench/practices.json');
  await page.waitForFunction((n) => window.almaState()?.ready === true && window.almaState().data.practices.loaded === n,
                            N, { timeout: 180000, polling: 500 });
  return { page, loadSeconds: (Date.now() - t0) / 1000 };
}
