// Runs every tests/browser/*.test.mjs with node's test runner, one file at a time (two cores and
// a software GPU), prints the spec report and a final "browser: N passed, N failed" line.
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const dir = join(ROOT, 'tests/browser');
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o))).map((f) => join(dir, f));

let passed = 0, failed = 0;
const stream = run({ files, concurrency: 1, timeout: 180000 });
stream.on('test:pass', (t) => { if (t.details?.type !== 'suite') passed++; });
stream.on('test:fail', (t) => { if (t.details?.type !== 'suite') failed++; });
stream.compose(spec).pipe(process.stdout);
stream.on('close', () => {
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
});
