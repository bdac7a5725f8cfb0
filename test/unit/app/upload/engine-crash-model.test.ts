import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { silentLogger } from '../../../../electron/core/ports';
import { reconciles } from '../../../../electron/core/upload/row-tally';
import { JobJournal, readJournal } from '../../../../electron/app/upload/job-journal';
import { Ledger } from '../../../../electron/app/upload/ledger';
import type { RunInput, UploadItem } from '../../../../electron/app/upload/engine-types';
import { enginePolicy } from '../../../../electron/app/upload/engine-policy';
import { UploadEngine } from '../../../../electron/app/upload/upload-engine';
import { RateLimiter } from '../../../../electron/core/upload/rate-limiter';
import type { Step } from './model-pinterest';
import { makeItems, modelPinterest } from './model-pinterest';

const root = mkdtempSync(join(tmpdir(), 'cu-engine-model-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

function input(dir: string, items: UploadItem[], sender: RunInput['sender'], journal: JobJournal, extra: Partial<RunInput>): RunInput {
  return {
    jobId: 'job',
    adAccountId: '123',
    test: false,
    rowCount: items.length,
    force: false,
    resendPossiblySent: false,
    journal,
    stream: async function* () {
      for (let i = 0; i < items.length; i += 9) yield { items: items.slice(i, i + 9) };
    },
    sender,
    ledger: new Ledger(join(dir, 'ledger')),
    limiter: new RateLimiter({ limit: 1000, windowMs: 1, marginMs: 0 }),
    clock: Date.now,
    random: () => 0,
    hash: () => 'h',
    policy: enginePolicy({ batch: { maxEvents: 7, maxBytes: 1e6 }, backoff: { baseMs: 0, capMs: 0, maxRetryAfterMs: 0 }, concurrency: { initial: 3, max: 5 } }),
    log: silentLogger,
    ...extra,
  };
}

/** TEST-03: when a request leaves, the journal ON DISK already says its events are in flight. */
const violations: string[] = [];
function durableBeforeSend(journalPath: string): (events: unknown[]) => void {
  return (events) => {
    const read = readJournal(journalPath);
    if (!read.ok) return void violations.push('journal unreadable at send time');
    for (const e of events) {
      const ordinal = Number((e as { event_id: string }).event_id.slice(1));
      if (read.job.codes.get(ordinal) !== 3) violations.push(`event ${ordinal} sent without a durable inflight record`);
    }
  };
}

const steps = fc.constantFrom<Step>('ok', 'ok', 'ok', '429', '500', 'lost-after-processing');
const scenario = fc.record({
  n: fc.integer({ min: 1, max: 120 }),
  crashAt: fc.integer({ min: 1, max: 25 }),
  crashAfter: fc.boolean(),
  resend: fc.boolean(),
  script: fc.array(steps, { maxLength: 40 }),
  invalid: fc.uniqueArray(fc.nat(119), { maxLength: 10 }),
  duplicates: fc.uniqueArray(fc.nat(119), { maxLength: 10 }),
  bad: fc.uniqueArray(fc.nat(119), { maxLength: 6 }),
  poison: fc.uniqueArray(fc.nat(119), { maxLength: 3 }),
});

describe('engine: crash at any request, resume (REL-INV, TEST-02 model)', () => {
  test.prop([scenario], { numRuns: 120 })('every row ends in one state; nothing acked is resent; resends only with consent', async (s) => {
    const items = makeItems(s.n, new Set(s.invalid), new Set(s.duplicates));
    const script = new Map<number, Step>(s.script.map((step, i) => [i + 1, step]));
    script.set(s.crashAt, s.crashAfter ? 'crash-after' : 'crash-before');
    const model = modelPinterest(script, new Set(s.bad.map((i) => `e${i}`)), new Set(s.poison.map((i) => `e${i}`)));
    const first = join(root, `r${++runs}a`);
    const second = join(root, `r${runs}b`);
    mkdirSync(first, { recursive: true });
    let crashed = false;
    let killed: (value: string) => void = () => {};
    const kill = new Promise<string>((resolve) => (killed = resolve));
    const journal1 = await JobJournal.create(join(first, 'journal.log'), { t: 'h', v: 1, job: 'job', acct: '123', test: false, fp: 'f', mh: 'm', created: 0, rows: s.n });
    const run1 = new UploadEngine(input(first, items, model.sender(() => {
      crashed = true;
      cpSync(first, second, { recursive: true }); // the disk at the instant of the kill
      killed('killed');
    }, durableBeforeSend(join(first, 'journal.log'))), journal1, {})).run();
    const outcome1 = await Promise.race([run1, kill]);
    expect(violations).toEqual([]);
    if (!crashed) {
      // The run finished before request k: nothing to resume; check the first run itself.
      expect(outcome1).toMatchObject({ state: expect.stringMatching(/done|paused/) });
      return;
    }
    const read = readJournal(join(second, 'journal.log'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const journal2 = await JobJournal.reopen(join(second, 'journal.log'));
    const engine = new UploadEngine(input(second, items, model.sender(() => {}, durableBeforeSend(join(second, 'journal.log'))), journal2, { replayed: read.job, resendPossiblySent: s.resend }));
    const outcome = await engine.run();
    await journal2.close();
    const counts = engine.state.counts();
    expect(violations).toEqual([]);
    expect(reconciles(counts)).toBe(true);
    if (outcome.state !== 'done') return; // a 429/500 storm may exhaust a (tiny) budget: paused is legal
    expect(counts.pending).toBe(0);
    // Nothing Pinterest processed twice unless it was possibly sent and resent with consent.
    for (const [id, count] of model.received) {
      const ordinal = Number(id.slice(1));
      if (count > 1) {
        expect(s.resend).toBe(true);
        expect(engine.state.resent.has(ordinal) || engine.state.problems.get(ordinal)?.status === 'possibly-sent').toBe(true);
      }
    }
    // Every row reported sent was received; every valid good row is sent or possibly sent.
    for (const [ordinal, item] of items.entries()) {
      const code = engine.state.codes.get(ordinal);
      if (code === 1) expect(model.received.get(item.eventId) ?? 0).toBeGreaterThanOrEqual(1);
      if (item.status === 'valid' && !s.bad.includes(ordinal) && !s.poison.includes(ordinal)) expect([1, 3]).toContain(code);
    }
  });
});
