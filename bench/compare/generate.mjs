// The comparison's practices export: N generated records, 12 fields each (id, title, country,
// region, organisation, stages, themes, target_groups, funds, start, end, summary), with accented
// Latin, Greek and Cyrillic text from @faker-js/faker (pinned in package.json), seeded, so every run
// and every machine gets the same bytes. Clearly generated: the export's source says so and ids are
// "G-<n>"; the vocabulary values are the contract's (docs/data-format.md), so all N records load.
//
//   node bench/compare/generate.mjs N OUT.json     (about 560 bytes per record)
import { writeFileSync } from 'node:fs';
import { Faker, base, de, el, en, fr, pl, ru } from '@faker-js/faker';

const LOCALES = [  // the country a locale's text is filed under, and the locale
  ['EL', el], ['CY', el], ['BG', ru], ['PL', pl], ['DE', de], ['AT', de], ['FR', fr], ['BE', fr], ['IE', en], ['MT', en]];
const STAGES = ['pre-arrival', 'reception', 'long-term', 'cohesive-societies'];
const THEMES = ['education', 'employment', 'skills-recognition', 'language', 'health', 'mental-health', 'housing',
  'childcare', 'participation', 'anti-discrimination', 'family-reunification', 'social-inclusion'];
const GROUPS = ['third-country-nationals', 'ukraine-temporary-protection', 'refugees-asylum-seekers', 'women',
  'children-youth', 'lgbtiq', 'disability', 'roma', 'host-community'];
const FUNDS = ['ESF+', 'AMIF', 'CARE', 'FAST-CARE', 'ERDF', 'national', 'other'];

export function generateExport(N) {
  const fakers = LOCALES.map(([country, locale], i) => {
    const f = new Faker({ locale: [locale, en, base] });
    f.seed(1000 + i);
    return { country, f };
  });
  const pick = (f, a, n) => f.helpers.arrayElements(a, n);
  const practices = new Array(N);
  for (let i = 0; i < N; i++) {
    const { country, f } = fakers[i % fakers.length];
    const start = 2012 + f.number.int(12);
    practices[i] = {
      id: `G-${i}`,
      title: `${f.location.city()}: ${f.lorem.words({ min: 3, max: 9 })}`,
      country,
      region: f.location.state(),
      organisation: f.company.name(),
      stages: pick(f, STAGES, { min: 1, max: 2 }),
      themes: pick(f, THEMES, { min: 1, max: 3 }),
      target_groups: pick(f, GROUPS, { min: 1, max: 2 }),
      funds: pick(f, FUNDS, 1),
      start: String(start),
      end: String(start + 1 + f.number.int(4)),
      summary: `${f.person.fullName()}, ${f.location.street()}. ${f.lorem.sentences({ min: 2, max: 4 })}`,
    };
  }
  return JSON.stringify({ format: 'mi-practices/1', exported: '2026-11-24',
    source: 'generated for the benchmark (bench/compare/generate.mjs): not real practices', practices });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, out] = process.argv.slice(2);
  const text = generateExport(Number(n));
  writeFileSync(out, text);
  console.log(`${out}: ${n} practices, ${(text.length / 1e6).toFixed(1)} MB`);
}
