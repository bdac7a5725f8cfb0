import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { silentLogger } from '../../../../electron/core/ports';
import { itemCode } from '../../../../electron/core/upload/item-codes';
import { RateLimiter } from '../../../../electron/core/upload/rate-limiter';
import { reconciles } from '../../../../electron/core/upload/row-tally';
import type { OutcomeLike } from '../../../../electron/core/upload/classify-outcome';
import { enginePolicy } from '../../../../electron/app/upload/engine-policy';
import { JobJournal, readJournal } from '../../../../electron/app/upload/job-journal';
import { Ledger } from '../../../../electron/app/upload/ledger';
import { UploadEngine } from '../../../../electron/app/upload/upload-engine';
import type { Step } from './model-pinterest';
import { makeItems, modelPinterest } from './model-pinterest';

// REL-14: with answers arriving in any order (fast-check's scheduler decides), the journal on
// disk and the engine's counters tell the same story, and no event is processed twice.
const root = mkdtempSync(join(tmpdir(), 'cu-interleave-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

describe('engine under arbitrary interleavings of answers', () => {
  test.prop([fc.scheduler(), fc.integer({ min: 1, max: 80 }), fc.array(fc.constantFrom<Step>('ok', 'ok', '429', '500', 'lost-after-processing'), { maxLength: 30 }), fc.uniqueArray(fc.nat(79), { maxLength: 5 })], {
    numRuns: 60,
  })('journal and counters agree; nothing processed twice', async (s, n, script, bad) => {
    const dir = join(root, `r${++runs}`);
    mkdirSync(dir);
    const items = makeItems(n, new Set(), new Set());
    const model = modelPinterest(new Map(script.map((step, i) => [i + 1, step])), new Set(bad.map((i) => `e${i}`)), new Set());
    const inner = model.sender(() => {});
    const journal = await JobJournal.create(join(dir, 'journal.log'), { t: 'h', v: 1, job: 'j', acct: '1', test: false, fp: 'f', mh: 'm', created: 0, rows: n });
    const engine = new UploadEngine({
      jobId: 'j', adAccountId: '1', test: false, rowCount: n, force: false, resendPossiblySent: false, journal,
      stream: async function* () {
        yield { items };
      },
      sender: { sendEvents: (a, e, o) => s.schedule(inner.sendEvents(a, e, o)) as Promise<OutcomeLike> },
      ledger: new Ledger(join(dir, 'ledger')),
      limiter: new RateLimiter({ limit: 1000, windowMs: 1, marginMs: 0 }),
      clock: Date.now, random: () => 0, hash: () => 'h', log: silentLogger,
      policy: enginePolicy({ batch: { maxEvents: 4, maxBytes: 1e6 }, backoff: { baseMs: 0, capMs: 0, maxRetryAfterMs: 0 }, concurrency: { initial: 4, max: 6 } }),
    });
    const outcome = await s.waitFor(engine.run());
    await journal.close();
    expect(reconciles(engine.state.counts())).toBe(true);
    const read = readJournal(join(dir, 'journal.log'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    for (let o = 0; o < n; o++) {
      const live = engine.state.codes.get(o);
      const disk = read.job.codes.get(o);
      if (live === itemCode.sent || live === itemCode.rejected || live === itemCode.inflight) expect(disk).toBe(live);
      else expect(disk).toBe(itemCode.none);
    }
    for (const count of model.received.values()) expect(count).toBe(1);
    if (outcome.state === 'done') expect(engine.state.counts().pending).toBe(0);
  });
});
