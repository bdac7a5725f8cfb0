// Upload benchmark (issue 5): 1,000,000 events to the embedded sandbox at its DEFAULT limit of
// 5,000 calls per minute per ad account. The sandbox runs as its own process (the `sandbox`
// CLI command, keeping only event ids); the uploader is the real engine in another process
// (bench/upload-bench-child.ts) with pre-built events. Reports the achieved call rate as a
// fraction of the limit (target >= 0.9), the 429 responses (target 0), the uploader's peak RSS
// (OS high-water mark) and CPU time. Run alone: node bench/upload-bench.mjs [--events N]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const limitPerMinute = 5000;

function startSandbox() {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(root, 'out/node/cli.js'), 'sandbox', '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolvePromise({ child, info: JSON.parse(line) });
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`sandbox exited ${code}`)));
  });
}

function runChild(args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/upload-bench-child.ts'), ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = err.split('\n').find((l) => l.startsWith('@@upload '));
      if (!line) return reject(new Error(`upload child exited ${code}: ${err.slice(-2000)}`));
      resolvePromise(JSON.parse(line.slice('@@upload '.length)));
    });
  });
}

/** Runs the benchmark; returns its figures (never asserts: tests do not time things). */
export async function runUploadBench({ events = 1_000_000, log = () => {} } = {}) {
  if (!existsSync(join(root, 'out/node/cli.js'))) throw new Error('Build first: npm run build');
  const { child: sandbox, info } = await startSandbox();
  const dataDir = mkdtempSync(join(tmpdir(), 'cu-upload-bench-'));
  try {
    const account = info.adAccountIds[0];
    log(`  sending ${events.toLocaleString('en-US')} events to the sandbox (${limitPerMinute} calls/min limit)…`);
    const child = await runChild([info.baseUrl, info.conversionToken, account, String(events), dataDir]);
    const stats = await (await fetch(`${info.origin}/_sandbox/stats`)).json();
    const callsPerMinute = (child.calls / child.seconds) * 60;
    return {
      events,
      state: child.outcome,
      sent: child.counts.sent,
      calls: child.calls,
      seconds: child.seconds,
      eventsPerSecond: child.counts.sent / child.seconds,
      callsPerMinute,
      fractionOfLimit: callsPerMinute / limitPerMinute,
      responses429: stats.statuses['429'] ?? 0,
      sandboxEvents: stats.liveEvents,
      duplicatedEventIds: stats.accounts[account]?.duplicatedEventIds ?? 0,
      journalFsyncs: child.syncs,
      peakRssMb: child.maxRssMb,
      cpuSeconds: child.cpuSeconds,
    };
  } finally {
    sandbox.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' } } });
  const figures = await runUploadBench({ events: Number(values.events), log: (l) => process.stderr.write(`${l}\n`) });
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
