import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The sample spreadsheet behind "Try the sample file" (samples/sample-conversions.csv, owned by
// the renderer area). Pinterest refuses events older than 7 days, so the app never opens the
// shipped file itself: it writes a copy into the data folder with every ISO time moved forward
// by the same amount, the newest one hour before now. Malformed dates stay malformed on purpose.

const sampleName = 'sample-conversions.csv';
const isoUtc = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\b/g;

/** Finds samples/sample-conversions.csv from a module's folder (built CLI, sources, app resources). */
export function findSample(fromDir: string): string | undefined {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'samples', sampleName);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Shifts every ISO-8601 UTC time in `text` alike, so the newest is `hoursAgo` hours before `now`. */
export function freshenTimes(text: string, now: number, hoursAgo = 1): string {
  const times = [...text.matchAll(isoUtc)].map((m) => Date.parse(m[0]));
  if (times.length === 0) return text;
  const shift = now - hoursAgo * 3_600_000 - Math.max(...times);
  return text.replace(isoUtc, (t) => new Date(Date.parse(t) + shift).toISOString().replace(/\.\d{3}Z$/, 'Z'));
}

/** Writes today's copy of the sample into `<dataDir>/sample/` and returns its path (undefined without one). */
export function prepareSample(dataDir: string, fromDir: string, now = Date.now()): string | undefined {
  const source = findSample(fromDir);
  if (!source) return undefined;
  const target = join(dataDir, 'sample', sampleName);
  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  writeFileSync(target, freshenTimes(readFileSync(source, 'utf8'), now), { mode: 0o600 });
  return target;
}
