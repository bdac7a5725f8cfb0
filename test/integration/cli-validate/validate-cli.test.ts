import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/cli';

const fixtures = resolve(__dirname, '../../fixtures/mapping');
const shopify = join(fixtures, 'shopify-orders.csv');
const now = '2025-01-20T12:00:00Z';

function sink() {
  let text = '';
  const stream = new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } });
  return { stream, text: () => text };
}

async function cli(...args: string[]) {
  const out = sink();
  const err = sink();
  const code = await main(args, { stdout: out.stream, stderr: err.stream, env: {}, interrupted: new AbortController().signal });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe('CLI inspect and validate', () => {
  it('inspect --json reports what was detected and a usable suggested mapping', async () => {
    const r = await cli('inspect', shopify, '--json');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body).toMatchObject({ encoding: 'utf-8', delimiter: ',', headerRow: 1, rowCount: 8 });
    expect(body.columns).toContain('Lineitem sku');
    expect(body.suggestedMapping.fields['custom_data.order_id']).toEqual({ column: 'Name' });
    expect(body.suggestedMapping.options.mergeRowsBy).toBe('custom_data.order_id');
  });

  it('validate --events-out writes one hashed event per order with all its line items', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cu-validate-'));
    const eventsOut = join(dir, 'events.jsonl');
    const r = await cli('validate', shopify, '--mapping', join(fixtures, 'shopify-mapping.json'), '--now', now, '--events-out', eventsOut, '--json');
    expect(r.code).toBe(1); // order #1003 has no email
    const events = readFileSync(eventsOut, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.custom_data.order_id)).toEqual(['#1001', '#1002', '#1004']);
    expect(events.map((e) => e.custom_data.contents.map((c: { id: string }) => c.id))).toEqual([['MUG-BLUE', 'MUG-RED'], ['SOFA-1', 'CUSH-1'], ['PLATE-1', 'BOWL-1']]);
    expect(events.map((e) => e.custom_data.num_items)).toEqual([3, 3, 2]);
    expect(new Set(events.map((e) => e.event_id)).size).toBe(3);
    const text = readFileSync(eventsOut, 'utf8');
    for (const raw of ['jane.doe@example.com', 'Jane', '1234567', 'Berlin']) expect(text).not.toContain(raw);
    for (const e of events) for (const hash of e.user_data.em) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const body = JSON.parse(r.stdout);
    expect(body.rows).toBe(8);
    expect(body.valid + body.invalid + body.duplicates).toBe(body.rows);
    expect(body).toMatchObject({ valid: 6, invalid: 1, duplicates: 1, events: { valid: 3, invalid: 1, duplicate: 1 } });
    expect(body.issues.find((i: { code: string }) => i.code === 'duplicate')).toMatchObject({ row: 9 });
  });

  it.each(['csv', 'xlsx'])("the files engineer's Shopify export (%s), suggested mapping: one event per order with its line items", async (ext) => {
    const file = resolve(__dirname, `../../fixtures/files/shopify-orders.${ext}`);
    const eventsOut = join(mkdtempSync(join(tmpdir(), 'cu-validate-')), 'events.jsonl');
    const r = await cli('validate', file, '--now', '2024-03-10T12:00:00Z', '--events-out', eventsOut, '--json');
    expect(r.code).toBe(0);
    const events = readFileSync(eventsOut, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.custom_data.order_id)).toEqual(['#1001', '#1002', '#1003']);
    expect(events.map((e) => e.custom_data.contents.length)).toEqual([3, 1, 2]);
    expect(events[0].custom_data).toMatchObject({ value: '79.70', currency: 'EUR', num_items: 4 });
    // "Billing Name" (Anna Schmidt) is split: first and last name are hashed separately.
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(events[0].user_data).toMatchObject({ fn: [sha('anna')], ln: [sha('schmidt')] });
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 6, valid: 6, invalid: 0, duplicates: 0, events: { valid: 3 } });
  });

  it('exits 0 when every row is valid and 2 on usage errors, unreadable files or broken mappings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cu-validate-'));
    const good = join(dir, 'good.csv');
    writeFileSync(good, 'email,date,total\na@example.com,2025-01-19T10:00:00Z,5.00\n');
    expect((await cli('validate', good, '--now', now)).code).toBe(0);
    expect((await cli('validate')).code).toBe(2);
    expect((await cli('validate', join(dir, 'missing.csv'))).code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 1, fields: { 'user_data.em': { column: 'nope' } } }));
    const r = await cli('validate', good, '--mapping', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"nope" is not in this file');
  });

  it('the built CLI (validation in a bounded worker thread) prints the same counts', () => {
    const cliJs = resolve(__dirname, '../../../out/node/cli.js');
    expect(existsSync(cliJs), 'build first (npm run build): out/node/cli.js is missing').toBe(true);
    const args = [cliJs, 'validate', shopify, '--mapping', join(fixtures, 'shopify-mapping.json'), '--now', now, '--json'];
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      expect(failed.status).toBe(1);
      stdout = failed.stdout;
    }
    expect(JSON.parse(stdout)).toMatchObject({ rows: 8, valid: 6, invalid: 1, duplicates: 1 });
  });
});
