import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSample, freshenTimes, prepareSample } from '../../../electron/app/backend/sample-file';

describe('sample file', () => {
  it('moves every ISO time alike so the newest is an hour old, and leaves malformed dates alone', () => {
    const now = Date.parse('2030-01-10T12:00:00Z');
    const text = 'a,2026-12-01T09:00:00Z\nb,2026-12-03T09:00:00Z\nc,31/02/2026 11:00\n';
    expect(freshenTimes(text, now)).toBe('a,2030-01-08T11:00:00Z\nb,2030-01-10T11:00:00Z\nc,31/02/2026 11:00\n');
    expect(freshenTimes('no times here', now)).toBe('no times here');
  });

  it('finds the shipped sample and writes a fresh private copy into the data folder', () => {
    expect(findSample(__dirname)).toMatch(/samples[\\/]sample-conversions\.csv$/);
    const dataDir = mkdtempSync(join(tmpdir(), 'cu-sample-'));
    const now = Date.parse('2031-06-01T00:00:00Z');
    const path = prepareSample(dataDir, __dirname, now);
    expect(path).toBe(join(dataDir, 'sample', 'sample-conversions.csv'));
    const text = readFileSync(path!, 'utf8');
    expect(text).toContain('2031-05-31T23:');
    expect(text.split('\n').length).toBe(readFileSync(findSample(__dirname)!, 'utf8').split('\n').length);
    if (process.platform !== 'win32') expect(statSync(path!).mode & 0o777).toBe(0o600);
  });
});
