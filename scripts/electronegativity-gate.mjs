// Electron security gate (SECURITY §2): runs Electronegativity over the TypeScript sources and
// fails on any finding that is not in the reviewed baseline test/security/electronegativity-baseline.json.
// Electronegativity always exits 0, so we gate on its SARIF ourselves. Findings are keyed by
// (issue, file, sample) where sample is the trimmed source line, never the line number (drifts).
// It tries the network (translations, release list) and carries on offline (~10 s).
// Usage: node scripts/electronegativity-gate.mjs [--print]   (--print lists findings as baseline JSON)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scanned = 'electron';
export const baselinePath = join(root, 'test/security/electronegativity-baseline.json');

/** Turns SARIF results into keyed findings; the sample is read from the source line. */
export function findingsFromSarif(sarif, readLine) {
  return (sarif.runs?.[0]?.results ?? []).map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    const file = location?.artifactLocation?.uri ?? 'N/A';
    const line = location?.region?.startLine ?? 0;
    const sample = file.endsWith('.ts') || file.endsWith('.js') ? readLine(file, line) : 'N/A';
    return { issue: result.ruleId, file, sample };
  });
}

const keyOf = (f) => `${f.issue}\u0000${f.file}\u0000${f.sample}`;

/** Compares findings with the baseline: new findings fail, stale entries are reported. */
export function compareWithBaseline(findings, baseline) {
  const unjustified = baseline.filter((entry) => typeof entry.justification !== 'string' || entry.justification.trim().length < 10);
  const allowed = new Set(baseline.map(keyOf));
  const found = new Set(findings.map(keyOf));
  return {
    fresh: findings.filter((f) => !allowed.has(keyOf(f))),
    stale: baseline.filter((entry) => !found.has(keyOf(entry))),
    unjustified,
  };
}

function readSourceLine(file, line) {
  try {
    return (readFileSync(join(root, scanned, file), 'utf8').split('\n')[line - 1] ?? '').trim();
  } catch {
    return 'N/A';
  }
}

function runElectronegativity(out) {
  const bin = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const args = [bin, '-i', join(root, scanned), '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', out];
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`electronegativity failed (${result.status}): ${result.stderr}`);
}

function main() {
  const dir = mkdtempSync(join(tmpdir(), 'cu-eng-'));
  try {
    const sarifPath = join(dir, 'eng.sarif');
    runElectronegativity(sarifPath);
    const findings = findingsFromSarif(JSON.parse(readFileSync(sarifPath, 'utf8')), readSourceLine);
    if (process.argv.includes('--print')) {
      process.stdout.write(`${JSON.stringify(findings.map((f) => ({ ...f, justification: '' })), null, 2)}\n`);
      return 0;
    }
    const baseline = JSON.parse(readFileSync(baselinePath, 'utf8'));
    const { fresh, stale, unjustified } = compareWithBaseline(findings, baseline);
    for (const f of stale) process.stderr.write(`stale baseline entry (no longer found): ${f.issue} ${f.file} ${f.sample}\n`);
    for (const f of unjustified) process.stderr.write(`baseline entry without a justification: ${f.issue} ${f.file}\n`);
    for (const f of fresh) process.stderr.write(`NEW finding: ${f.issue} in ${scanned}/${f.file}: ${f.sample}\n`);
    process.stderr.write(`electronegativity: ${findings.length} findings, ${fresh.length} new, ${stale.length} stale baseline entries\n`);
    return fresh.length === 0 && unjustified.length === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exit(main());
