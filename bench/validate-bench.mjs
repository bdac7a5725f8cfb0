// Validate benchmark (issue 4 point 11): a generated 1,000,000-row conversions CSV (~165 MB);
// papaparse alone parsing it (baseline) vs `validate` (read + map + normalize + hash + build +
// self-check every event, in worker threads), both as child processes in the same run.
// Reports the ratio, peak RSS of the validate process (the OS high-water mark, workers
// included, from process.resourceUsage().maxRSS) and CPU time / wall time (> 1 = both cores).
// Targets: ratio <= 6, peak RSS <= 400 MB. Run alone: node bench/validate-bench.mjs [--rows N]
// [--file F] (any CSV with the generator's header, e.g. one made by the shared yardstick tool).
// Data v2 (file name suffix): phones are mostly real numbers, ~7% bad, 8% blank (see
// validate-gen.mjs); v1 had every phone digit random, so ~55% of phones were impossible.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateConversionsCsv, header } from './validate-gen.mjs';

const root = resolve(import.meta.dirname, '..');
const refMs = Date.UTC(2025, 0, 20, 12);
const usageMarker = '@@usage ';

const mapping = {
  version: 1,
  fields: {
    event_name: { column: 'event_name' }, action_source: { value: 'offline' }, event_time: { column: 'event_time' },
    'user_data.em': { column: 'email' }, 'user_data.ph': { column: 'phone' }, 'user_data.fn': { column: 'first_name' },
    'user_data.ln': { column: 'last_name' }, 'user_data.ct': { column: 'city' }, 'user_data.st': { column: 'state' },
    'user_data.zp': { column: 'zip' }, 'user_data.country': { column: 'country' }, 'user_data.external_id': { column: 'external_id' },
    'custom_data.order_id': { column: 'order_id' }, 'custom_data.value': { column: 'value' }, 'custom_data.currency': { column: 'currency' },
    'custom_data.content_ids': { column: 'content_ids' }, 'custom_data.num_items': { column: 'quantity' },
  },
  options: { timezone: 'UTC', defaultCountry: 'US' },
};

// Child scripts print process.resourceUsage() (maxRSS in KiB covers every thread) when done.
const papaScript = `
const Papa = require('papaparse'); const fs = require('node:fs');
let rows = 0;
Papa.parse(fs.createReadStream(process.argv[1], 'utf8'), {
  chunk: (r) => { rows += r.data.length; },
  complete: () => process.stderr.write(${JSON.stringify(usageMarker)} + JSON.stringify({ rows, usage: process.resourceUsage() }) + '\\n'),
});`;

const validateScript = `
const { Writable } = require('node:stream');
const { main } = require(${JSON.stringify(join(root, 'out/node/cli.js'))});
let out = '';
const stdout = new Writable({ write(c, _e, done) { out += c; done(); } });
main(process.argv.slice(1), { stdout, stderr: process.stderr, env: process.env, interrupted: new AbortController().signal }).then((code) => {
  const body = JSON.parse(out);
  const summary = { code, rows: body.rows, valid: body.valid, invalid: body.invalid, duplicates: body.duplicates, warnings: body.warnings };
  process.stderr.write(${JSON.stringify(usageMarker)} + JSON.stringify({ ...summary, usage: process.resourceUsage() }) + '\\n');
});`;

function runChild(script, args) {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-e', script, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const line = err.split('\n').find((l) => l.startsWith(usageMarker));
      if (!line) return reject(new Error(`child exited ${code} without figures: ${err.slice(-2000)}`));
      resolvePromise({ seconds, ...JSON.parse(line.slice(usageMarker.length)) });
    });
  });
}

function ensureFile(rows, file, log) {
  if (existsSync(file) && statSync(file).size > 0) return;
  log(`  generating ${rows.toLocaleString('en-US')} rows → ${file}`);
  generateConversionsCsv(rows, file, { refMs });
}

/** Runs the benchmark; returns the figures (seconds, ratio, peak RSS in MB, CPU/wall). */
export async function runValidateBench({ rows = 1_000_000, file, log = () => {} } = {}) {
  if (!existsSync(join(root, 'out/node/cli.js'))) throw new Error('Build first: npm run build');
  const dir = join(tmpdir(), 'conversions-uploader-bench');
  mkdirSync(dir, { recursive: true });
  const csv = file ?? join(dir, `conversions-${rows}-v2.csv`);
  ensureFile(rows, csv, log);
  const mappingFile = join(dir, 'validate-bench-mapping.json');
  writeFileSync(mappingFile, JSON.stringify(mapping));
  if (header.some((h) => !JSON.stringify(mapping).includes(`"${h}"`))) log('  note: some generated columns are not mapped');
  log('  papaparse alone…');
  const papa = await runChild(papaScript, [csv]);
  log(`  papaparse: ${papa.seconds.toFixed(2)} s for ${papa.rows} rows`);
  log('  validate (read + map + normalize + hash + build + check)…');
  const args = ['validate', csv, '--mapping', mappingFile, '--now', String(refMs), '--json', '--max-issues', '100'];
  const run = await runChild(validateScript, args);
  const cpu = (run.usage.userCPUTime + run.usage.systemCPUTime) / 1e6;
  return {
    rows: run.rows, fileMB: statSync(csv).size / 1e6, papaparseSeconds: papa.seconds, validateSeconds: run.seconds,
    ratio: run.seconds / papa.seconds, peakRssMB: (run.usage.maxRSS * 1024) / 1e6, papaparsePeakRssMB: (papa.usage.maxRSS * 1024) / 1e6,
    cpuPerWall: cpu / run.seconds, valid: run.valid, invalid: run.invalid, duplicates: run.duplicates, warnings: run.warnings, exitCode: run.code,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, file: { type: 'string' } } });
  const log = (line) => process.stderr.write(`${line}\n`);
  const figures = await runValidateBench({ rows: Number(values.rows), file: values.file, log });
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
