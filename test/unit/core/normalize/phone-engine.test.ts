import { describe, expect, it } from 'vitest';
import { getCountries, getCountryCallingCode, getExampleNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { engineVerdict } from '../../../../electron/core/normalize/phone-engine';
import { libraryVerdict } from '../../../../electron/core/normalize/phone-verdict';
import { prng } from './seeded-random';

// Differential test: the fast engine must give exactly libphonenumber-js's verdict for
// every input it answers (it may decline, the library then decides).
function variants(national: string, cc: string, rnd: () => number): string[] {
  const digit = () => String(Math.floor(rnd() * 10));
  const mutate = (s: string) => s.split('').map((d) => (rnd() < 0.25 ? digit() : d)).join('');
  const out = [national, national.slice(0, -1), national.slice(0, -2), `${national}${digit()}`, `${national}${digit()}${digit()}`, mutate(national), mutate(national), `0${national}`, `1${national}`, `${cc}${national}`, `${cc}0${national}`];
  return out.flatMap((v) => [v, `+${cc}${v}`]);
}

function randomDigits(rnd: () => number): string {
  const len = 4 + Math.floor(rnd() * 13);
  let s = '';
  for (let i = 0; i < len; i++) s += String(Math.floor(rnd() * 10));
  return rnd() < 0.4 ? `+${s}` : s;
}

describe('phone engine ≡ libphonenumber-js (max)', () => {
  it('agrees on every answered input across all countries, mutations and random digits', () => {
    const rnd = prng(42);
    const countries = getCountries();
    let answered = 0;
    let total = 0;
    const mismatches: string[] = [];
    const check = (text: string, dc: string | undefined) => {
      total++;
      const fast = engineVerdict(text, dc);
      if (!fast) return;
      answered++;
      const ref = libraryVerdict(text, dc);
      const same = fast.ok === ref.ok && (fast.ok && ref.ok ? fast.e164 === ref.e164 && fast.country === ref.country : true);
      if (!same && mismatches.length < 20) mismatches.push(`${dc ?? '-'} ${text}: engine ${JSON.stringify(fast)} library ${JSON.stringify(ref)}`);
    };
    for (const country of countries) {
      const ex = getExampleNumber(country, examples);
      if (!ex) continue;
      const cc = getCountryCallingCode(country);
      for (const v of variants(ex.nationalNumber, cc, rnd)) {
        for (const dc of [undefined, country, 'US', 'DE', 'GB']) check(v, dc);
      }
    }
    for (let i = 0; i < 20_000; i++) check(randomDigits(rnd), ['US', 'DE', 'GB', 'FR', 'CA', 'BR', 'IN', undefined][i % 8]);
    expect(mismatches).toEqual([]);
    // The engine must actually carry the load, not decline everything.
    expect(answered / total).toBeGreaterThan(0.8);
  });

  it('agrees on problem reasons for numbers both reject', () => {
    const rnd = prng(7);
    const diffs: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const text = randomDigits(rnd);
      const dc = ['US', 'DE', 'GB', 'JP'][i % 4];
      const fast = engineVerdict(text, dc);
      const ref = libraryVerdict(text, dc);
      if (fast && !fast.ok && !ref.ok && fast.reason !== ref.reason && diffs.length < 10) diffs.push(`${dc} ${text}: ${fast.reason} vs ${ref.reason}`);
    }
    expect(diffs).toEqual([]);
  });
});
