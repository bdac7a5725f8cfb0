// Child process of bench/upload-bench.mjs (run with tsx): the real upload engine (journal with
// fsync before every send, ledger, shared limiter at its live default, real HTTP client) sends
// N pre-built events to a sandbox in another process. Events are pre-built so the figure is the
// engine's pacing, not the spreadsheet pipeline's speed (that is bench/validate-bench's).
// Prints one line "@@upload {...}" on stderr with its figures.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '../electron/core/ports';
import { createPinterestClient } from '../electron/app/pinterest/pinterest-client';
import { staticTokenSource } from '../electron/app/pinterest/token-source';
import { enginePolicy } from '../electron/app/upload/engine-policy';
import type { UploadItem } from '../electron/app/upload/engine-types';
import { JobJournal } from '../electron/app/upload/job-journal';
import { ledgerFor } from '../electron/app/upload/ledger';
import { sharedLimiter } from '../electron/app/upload/shared-limiters';
import { UploadEngine } from '../electron/app/upload/upload-engine';

const [baseUrl = '', token = '', account = '', countText = '1000000', dataDir = ''] = process.argv.slice(2);
const count = Number(countText);
const hashes = Array.from({ length: 4096 }, (_, i) => createHash('sha256').update(`bench-${i}`).digest('hex'));
const now = Math.floor(Date.now() / 1000) - 3600;

function item(i: number): UploadItem {
  const h = (k: number) => hashes[(i * 7 + k) % hashes.length] as string;
  const event = {
    event_name: 'checkout', action_source: 'offline', event_time: now - (i % 3000), event_id: `bench-${i}`,
    user_data: { em: [h(0)], ph: [h(1)], fn: [h(2)], ln: [h(3)], external_id: [h(4)] },
    custom_data: { currency: 'USD', value: `${(i % 500) + 0.99}`, order_id: `o-${i}`, num_items: 1 + (i % 3) },
  };
  return { rows: [i + 2], eventId: event.event_id, event, issues: [], status: 'valid' };
}

async function* stream() {
  for (let i = 0; i < count; i += 2000) yield { items: Array.from({ length: Math.min(2000, count - i) }, (_, k) => item(i + k)) };
}

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const client = createPinterestClient({ baseUrl, tokens: staticTokenSource(token) });
  const journal = await JobJournal.create(join(dataDir, 'journal.log'), { t: 'h', v: 1, job: 'bench', acct: account, test: false, fp: 'bench', mh: 'bench', created: Date.now(), rows: count });
  let calls = 0;
  const sender = { sendEvents: (a: string, e: unknown[], o: { test: boolean }) => (calls++, client.sendEvents(a, e, o)) };
  const engine = new UploadEngine({
    jobId: 'bench', adAccountId: account, test: false, rowCount: count, force: false, resendPossiblySent: false, journal, stream, sender,
    ledger: ledgerFor(dataDir, account, baseUrl), limiter: sharedLimiter(account, false), clock: Date.now, random: Math.random,
    hash: (t) => createHash('sha256').update(t).digest('hex').slice(0, 16), policy: enginePolicy(), log: silentLogger,
  });
  const started = performance.now();
  const outcome = await engine.run();
  const seconds = (performance.now() - started) / 1000;
  await journal.close();
  client.close();
  const usage = process.resourceUsage();
  const figures = { outcome: outcome.state, counts: engine.state.counts(), calls, seconds, syncs: journal.syncs, maxRssMb: usage.maxRSS / 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 };
  process.stderr.write(`@@upload ${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`upload bench child failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
