// `npm run bench`: speed and memory figures, each as a ratio against a baseline measured in the
// same run (machines are noisy), plus peak RSS. Tests never assert timings; this prints them.
//   validate: validate + normalize + hash + build 1,000,000 events vs papaparse parsing the same file
//   upload:   1,000,000 events to the embedded sandbox at its default 5,000 calls/min limit
//   preview:  longest main-thread task while scrolling a 1,000,000-row preview in Chromium
// Options: --rows N (default 1000000), --only validate,upload,preview
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, only: { type: 'string' } } });
const rows = Number(values.rows);
const only = values.only ? new Set(values.only.split(',')) : null;
const log = (line) => process.stderr.write(`${line}\n`);

const benches = [
  { name: 'validate', file: './validate-bench.mjs', fn: 'runValidateBench', args: { rows } },
  { name: 'upload', file: './upload-bench.mjs', fn: 'runUploadBench', args: { events: rows } },
  { name: 'preview', file: './preview-scroll-bench.mjs', fn: 'runPreviewScrollBench', args: { rows } },
];

const report = { date: new Date().toISOString(), rows, results: {} };
let failures = 0;
for (const bench of benches) {
  if (only && !only.has(bench.name)) continue;
  log(`\n== ${bench.name} ==`);
  try {
    const module = await import(bench.file);
    const figures = await module[bench.fn]({ ...bench.args, log });
    report.results[bench.name] = figures;
    for (const [key, value] of Object.entries(figures)) log(`  ${key}: ${typeof value === 'number' ? Number(value.toFixed(3)) : JSON.stringify(value)}`);
  } catch (error) {
    failures += 1;
    report.results[bench.name] = { error: String(error?.message ?? error) };
    log(`  failed: ${error?.stack ?? error}`);
  }
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(report, null, 2));
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exit(failures === 0 ? 0 : 1);
