import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Mapping } from '../../../electron/shared/mapping';

// Test data for the upload integration tests: a small conversions CSV with optional bad rows,
// canary personal data (PRIV-02) and an unmapped column that must never leave the file.

/** Canary values: none of them may ever appear under the data folder. */
export interface Canaries {
  email: string;
  phone: string;
  name: string;
  ssn: string;
}

/** Options of makeCsv. */
export interface CsvOptions {
  rows: number;
  /** 0-based row indexes with an email that is not an email (invalid rows). */
  invalid?: number[];
  /** 0-based row indexes that repeat the previous row's order (duplicates). */
  duplicates?: number[];
  canaries?: Canaries;
  /** Seconds; events fall just before it (default: now). */
  nowSec?: number;
  /** Distinguishes files: a salt in the order ids. */
  salt?: string;
  /** Cells starting with = + - @ in a free text column (formula injection). */
  formulas?: boolean;
}

/** Columns of the generated CSV. */
export const csvColumns = ['order_id', 'email', 'phone', 'first_name', 'last_name', 'event_time', 'value', 'currency', 'event_name', 'note', 'ssn'];

/** The mapping used with makeCsv files (ssn and note are deliberately unmapped). */
export const testMapping: Mapping = {
  version: 1,
  fields: {
    event_name: { column: 'event_name' },
    action_source: { value: 'offline' },
    event_time: { column: 'event_time' },
    'user_data.em': { column: 'email' },
    'user_data.ph': { column: 'phone' },
    'user_data.fn': { column: 'first_name' },
    'user_data.ln': { column: 'last_name' },
    'custom_data.order_id': { column: 'order_id' },
    'custom_data.value': { column: 'value' },
    'custom_data.currency': { column: 'currency' },
  },
  options: { timezone: 'UTC', defaultCountry: 'US' },
};

function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text. */
export function makeCsv(opts: CsvOptions): string {
  const invalid = new Set(opts.invalid ?? []);
  const duplicates = new Set(opts.duplicates ?? []);
  const now = opts.nowSec ?? Math.floor(Date.now() / 1000);
  const lines = [csvColumns.join(',')];
  for (let i = 0; i < opts.rows; i++) {
    const order = duplicates.has(i) && i > 0 ? i - 1 : i;
    const canary = opts.canaries && i === 0;
    const email = invalid.has(i) ? `not-an-email-${i}` : canary ? opts.canaries!.email : `person${order}@example.com`;
    const phone = canary ? opts.canaries!.phone : `+1 415 555 ${String(1000 + (order % 9000)).padStart(4, '0')}`;
    const first = canary ? opts.canaries!.name : `Ann${order}`;
    const time = new Date((now - 3600 - (order % 5000)) * 1000).toISOString();
    const note = opts.formulas && i % 4 === 0 ? ['=1+1', '+SUM(A1)', '-5', '@cmd'][(i / 4) % 4]! : `note ${i}`;
    const ssn = opts.canaries ? `ssn=${opts.canaries.ssn}` : `ssn-${i}`;
    lines.push([`${opts.salt ?? 'A'}-${order}`, email, phone, first, `Lee${order}`, time, `${(order % 100) + 0.5}`, 'USD', 'checkout', note, ssn].map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A fresh temp folder with helpers; call cleanup() in afterEach/afterAll. */
export function tempDir(prefix = 'cu-upload-'): { dir: string; file(name: string, text: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
