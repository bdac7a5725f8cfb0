import { cleanText } from './text';
import type { NormalizeContext, NormalizeOutcome } from './outcome';
import { EMPTY, invalid, quote, valueOf } from './outcome';
import { parseCivil } from '../time/civil';
import { excelSerialToCivil } from '../time/excel-serial';

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const SERIAL = /^\d{1,5}(?:\.0+)?$/;

/**
 * Rule for db: YYYYMMDD (Segment's help text "19971226"; Pinterest's Magento extension uses
 * yyyymmdd). Accepts ISO (1997-02-16, also with a time from XLSX date cells), YYYYMMDD,
 * US M/D/YYYY, European D.M.YYYY and D/M/YYYY (day/month order from ctx.dateOrder, else
 * from the default country: US → month first, everywhere else → day first) and Excel
 * serial numbers. Two-digit years follow Excel (00-29 → 2000s) with a warning.
 */
export function normalizeBirthDate(raw: string, ctx: NormalizeContext): NormalizeOutcome {
  const s = cleanText(raw);
  if (s === '') return EMPTY;
  if (SERIAL.test(s) && s.length <= 5) return fromSerial(raw, +s);
  const order = ctx.dateOrder ?? (ctx.defaultCountry?.toUpperCase() === 'US' ? 'MDY' : 'DMY');
  const r = parseCivil(s, order);
  if (!r.ok) {
    return r.error === 'range'
      ? invalid('db_no_such_date', `${quote(raw)} is not a real date.`)
      : invalid('db_format', `${quote(raw)} is not a date of birth we can read; use YYYY-MM-DD.`);
  }
  const c = r.civil;
  const value = `${c.year}${pad2(c.month)}${pad2(c.day)}`;
  if (/^\d{1,2}\D\d{1,2}\D\d{2}(?:\D|$)/.test(s)) {
    return valueOf(value, { code: 'db_two_digit_year', message: `${quote(raw)} has a two-digit year; read as ${c.year}.` });
  }
  if (r.swappable && !ctx.dateOrder) {
    const how = order === 'MDY' ? 'month/day' : 'day/month';
    return valueOf(value, { code: 'db_order_assumed', message: `${quote(raw)} could be read either way; read as ${how}.` });
  }
  return valueOf(value);
}

function fromSerial(raw: string, serial: number): NormalizeOutcome {
  const c = excelSerialToCivil(serial);
  if (!c) return invalid('db_format', `${quote(raw)} is not a date of birth we can read; use YYYY-MM-DD.`);
  const value = `${c.year}${pad2(c.month)}${pad2(c.day)}`;
  return valueOf(value, { code: 'db_excel_serial', message: `${quote(raw)} looks like an Excel date number; read as ${c.year}-${pad2(c.month)}-${pad2(c.day)}.` });
}
