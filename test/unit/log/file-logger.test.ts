import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLogger, redactingLogger } from '../../../electron/app/log/file-logger';
import type { LogFields } from '../../../electron/core/ports';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cu-log-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function lines(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('createFileLogger', () => {
  it('writes one JSON object per line with time, level and message, in a private folder and file', () => {
    const dir = join(tempDir(), 'logs');
    const log = createFileLogger({ dir, level: 'info', clock: () => Date.UTC(2025, 0, 2, 3, 4, 5) });
    log.info('batch sent', { events: 1000, adAccountId: '549755885175' });
    log.close();
    expect(lines(log.path)).toEqual([{ t: '2025-01-02T03:04:05.000Z', level: 'info', msg: 'batch sent', events: 1000, adAccountId: '549755885175' }]);
    if (process.platform !== 'win32') {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(log.path).mode & 0o777).toBe(0o600);
    }
  });

  it('drops lines below the configured level', () => {
    const log = createFileLogger({ dir: tempDir(), level: 'warn' });
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    log.close();
    expect(lines(log.path).map((l) => l.level)).toEqual(['warn', 'error']);
  });

  it('redacts canaries a careless caller passes in the message or fields (PRIV-03)', () => {
    const log = createFileLogger({ dir: tempDir(), level: 'debug' });
    const canaries = ['canary-77@example.test', 'pina_CANARYtoken1234567890abcdef', '+49 171 2345678', 'Bearer CANARYbearer'];
    log.error(`failed for ${canaries[0]} with ${canaries[1]}`, { phone: canaries[2], header: canaries[3], t: 'spoofed', msg: 'spoofed' });
    log.close();
    const text = readFileSync(log.path, 'utf8');
    for (const canary of canaries) expect(text).not.toContain(canary);
    expect(text).not.toContain('spoofed');
  });

  it('rotates by size and keeps only maxFiles old files', () => {
    const dir = tempDir();
    const log = createFileLogger({ dir, level: 'info', maxBytes: 300, maxFiles: 2 });
    for (let i = 0; i < 40; i++) log.info('line', { i });
    log.close();
    expect(readdirSync(dir).sort()).toEqual(['app.1.log', 'app.2.log', 'app.log']);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).size).toBeLessThanOrEqual(300);
    const newest = lines(join(dir, 'app.log'));
    expect(newest.at(-1)?.i).toBe(39);
    const older = lines(join(dir, 'app.1.log'));
    expect(Number(older.at(-1)?.i) + 1).toBe(Number(newest[0]?.i));
  });

  it('ignores calls after close instead of throwing', () => {
    const log = createFileLogger({ dir: tempDir(), level: 'info' });
    log.close();
    expect(() => log.info('late')).not.toThrow();
  });
});

describe('redactingLogger', () => {
  it('redacts before handing over to the wrapped logger', () => {
    const seen: Array<[string, LogFields | undefined]> = [];
    const sink = (message: string, fields?: LogFields) => void seen.push([message, fields]);
    const log = redactingLogger({ debug: sink, info: sink, warn: sink, error: sink });
    log.warn('user canary@example.test', { token: 'pina_x' });
    expect(seen).toEqual([['user [email]', { token: '[redacted]' }]]);
  });
});
