import type { DecimalSeparator, ValueOutcome } from './value-outcome';
import { quoteCell } from './value-outcome';
import { splitDecimal } from './number-text';
import { currencyFromSymbol, isCurrencyToken } from './currency';

/** A money amount as Pinterest wants it: a plain decimal string, plus what the cell said about currency. */
export interface Money {
  /** Plain decimal, '.' as separator, no grouping: "1234.50", "-12.00". */
  amount: string;
  /** The currency symbol or code written in the cell, if any ("€", "USD"). */
  symbol?: string;
  /** ISO 4217 code when the symbol names exactly one currency. */
  currency?: string;
}

// "72.39", "1163": the shape most exports use, read without the general parser.
const PLAIN = /^\d+(?:\.\d+)?$/;
const LEADING_ZEROS = /^0+(?=\d)/;
// Leading/trailing currency: symbols, ISO codes, or letter abbreviations like "kr", "zł", "R$".
const AFFIX = /^([^\d\s.,()+-]{1,4}\.?)?\s*([\s\S]*?)\s*([^\d\s.,()+-]{1,4}\.?)?$/u;

/**
 * Parses money ("1.234,50 €", "$72.39", "72,39", "EUR 10", "(12.00)") into a plain decimal
 * string without floating point. Negatives: "-12", "12-" and accounting "(12.00)" become
 * "-12.00" with a warning, since a negative checkout value is usually a refund row.
 */
export function parseMoney(raw: string, opts: { decimal?: DecimalSeparator } = {}): ValueOutcome<Money> {
  let s = raw.trim();
  if (s === '') return { kind: 'empty' };
  if (opts.decimal !== ',' && PLAIN.test(s)) return { kind: 'value', value: { amount: s.replace(LEADING_ZEROS, '') } };
  let signs = 0;
  if (/^\(.*\)$/.test(s)) { signs++; s = s.slice(1, -1).trim(); }
  if (/^[-−]/.test(s)) { signs++; s = s.slice(1).trim(); } else if (/[-−]$/.test(s)) { signs++; s = s.slice(0, -1).trim(); }
  const m = AFFIX.exec(s);
  const symbol = (m?.[1] ?? m?.[3])?.trim();
  const body = m?.[2] ?? s;
  if ((m?.[1] && m[3]) || (symbol !== undefined && !isCurrencyToken(symbol))) return bad(raw);
  const leadingMinus = /^[-−]/.test(body);
  const parts = splitDecimal(leadingMinus ? body.slice(1) : body, opts.decimal);
  if (leadingMinus) signs++;
  if (!parts || signs > 1) return bad(raw);
  const negative = signs === 1;
  const amount = `${negative ? '-' : ''}${parts.integer}${parts.fraction ? `.${parts.fraction}` : ''}`;
  const money: Money = { amount };
  if (symbol) {
    money.symbol = symbol;
    const c = currencyFromSymbol(symbol);
    if (c) money.currency = c;
  }
  if (negative && !/^-0(?:\.0*)?$/.test(amount)) {
    return { kind: 'value', value: money, warning: { code: 'value_negative', message: `${quoteCell(raw)} is negative (a refund?).` } };
  }
  if (parts.guessed) {
    return { kind: 'value', value: money, warning: { code: 'decimal_guessed', message: `${quoteCell(raw)} could use ',' or '.' as decimal separator; read as ${amount}.` } };
  }
  return { kind: 'value', value: money };
}

function bad(raw: string): ValueOutcome<Money> {
  return { kind: 'invalid', code: 'money_invalid', message: `${quoteCell(raw)} is not an amount of money.` };
}
