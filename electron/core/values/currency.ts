import type { ValueOutcome } from './value-outcome';
import { quoteCell } from './value-outcome';

/** A currency cell read as ISO 4217, or the candidates when the symbol is shared. */
export type CurrencyOutcome =
  | ValueOutcome<string>
  | { kind: 'ambiguous'; candidates: readonly string[]; message: string };

// Symbols shared by several currencies: the caller falls back to the ad account's currency.
const AMBIGUOUS: Record<string, readonly string[]> = {
  '$': ['USD', 'CAD', 'AUD', 'NZD', 'MXN', 'SGD', 'HKD', 'ARS', 'CLP', 'COP'],
  '¥': ['JPY', 'CNY'], '￥': ['JPY', 'CNY'],
  kr: ['SEK', 'NOK', 'DKK', 'ISK'], 'kr.': ['DKK', 'ISK', 'SEK', 'NOK'],
  dollar: ['USD', 'CAD', 'AUD', 'NZD'], dollars: ['USD', 'CAD', 'AUD', 'NZD'],
};

// Unambiguous symbols, prefixed dollar forms and common words (folded to lowercase).
const SYMBOLS: Record<string, string> = {
  '€': 'EUR', euro: 'EUR', euros: 'EUR', '£': 'GBP', '₤': 'GBP', pound: 'GBP', pounds: 'GBP',
  'us$': 'USD', usd$: 'USD', 'u$s': 'USD', 'c$': 'CAD', 'ca$': 'CAD', 'can$': 'CAD', 'a$': 'AUD', 'au$': 'AUD',
  'nz$': 'NZD', 'hk$': 'HKD', 's$': 'SGD', 'r$': 'BRL', 'mx$': 'MXN', 'chf': 'CHF', 'fr.': 'CHF', 'sfr.': 'CHF',
  'zł': 'PLN', 'zl': 'PLN', 'kč': 'CZK', 'ft': 'HUF', 'lei': 'RON', '₹': 'INR', 'rs.': 'INR', '₩': 'KRW',
  '₪': 'ILS', '₺': 'TRY', '₽': 'RUB', '₴': 'UAH', '฿': 'THB', '₫': 'VND', '₱': 'PHP', '元': 'CNY', 'rmb': 'CNY',
  'cn¥': 'CNY', '円': 'JPY', 'jp¥': 'JPY', 'yen': 'JPY', 'yuan': 'CNY', 'r': 'ZAR', 'дин.': 'RSD',
};

let iso: Set<string> | undefined;
function isoCodes(): Set<string> {
  if (!iso) {
    try {
      iso = new Set(Intl.supportedValuesOf('currency'));
    } catch {
      iso = new Set();
    }
  }
  return iso;
}

/** True for a three-letter code the runtime's ICU knows as an ISO 4217 currency. */
export function isIsoCurrency(code: string): boolean {
  const set = isoCodes();
  return /^[A-Z]{3}$/.test(code) && (set.size === 0 || set.has(code));
}

/** ISO code for an unambiguous symbol or code ("€" → EUR, "usd" → USD); undefined otherwise. */
export function currencyFromSymbol(symbol: string): string | undefined {
  const key = symbol.trim().toLowerCase();
  const upper = key.toUpperCase();
  if (isIsoCurrency(upper)) return upper;
  return Object.hasOwn(SYMBOLS, key) ? SYMBOLS[key] : undefined;
}

/** True when the token is any currency marker we know, ambiguous ones included. */
export function isCurrencyToken(symbol: string): boolean {
  const key = symbol.trim().toLowerCase();
  return currencyFromSymbol(key) !== undefined || Object.hasOwn(AMBIGUOUS, key);
}

/** Reads a currency cell ("EUR", "eur", "€", "US$") as ISO 4217; "$" and "¥" are ambiguous. */
export function parseCurrency(raw: string): CurrencyOutcome {
  const key = raw.trim().toLowerCase();
  if (key === '') return { kind: 'empty' };
  const code = currencyFromSymbol(key);
  if (code) return { kind: 'value', value: code };
  if (Object.hasOwn(AMBIGUOUS, key)) {
    const candidates = AMBIGUOUS[key]!;
    return { kind: 'ambiguous', candidates, message: `${quoteCell(raw)} could be ${candidates.slice(0, 3).join(', ')} or others; the account currency is used.` };
  }
  return { kind: 'invalid', code: 'currency_unknown', message: `${quoteCell(raw)} is not a currency; use a three-letter code such as EUR or USD.` };
}
