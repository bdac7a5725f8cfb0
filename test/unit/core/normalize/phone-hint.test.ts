import { describe, expect, it } from 'vitest';
import { getCountries } from 'libphonenumber-js/max';
import { lengthHint } from '../../../../electron/core/normalize/phone-hint';
import { isValidFor } from '../../../../electron/core/normalize/phone-engine';
import type { Plan } from '../../../../electron/core/normalize/phone-plan';
import { planOf } from '../../../../electron/core/normalize/phone-plan';
import { normalizePhone } from '../../../../electron/core/normalize/phone';
import { prng } from './seeded-random';

// The "too short / too long" hint probes longer and shorter variants of a number. It skips
// lengths no type of the plan allows; this must never change an answer.
function naiveHint(national: string, plan: Plan): 'TOO_SHORT' | 'TOO_LONG' | undefined {
  const n = national.length;
  for (let extra = 1; extra <= 6 && n + extra <= 17; extra++) {
    for (const fill of ['0', '5', '9']) if (isValidFor(national + fill.repeat(extra), plan)) return 'TOO_SHORT';
  }
  for (let cut = 1; cut <= 4 && n - cut >= 2; cut++) if (isValidFor(national.slice(0, n - cut), plan)) return 'TOO_LONG';
  return undefined;
}

describe('phone length hint', () => {
  it('skipping impossible lengths gives exactly the full probe, in every country', () => {
    const rnd = prng(11);
    const diffs: string[] = [];
    for (const country of getCountries()) {
      const plan = planOf(country);
      if (!plan) continue;
      for (let i = 0; i < 60; i++) {
        const len = 2 + Math.floor(rnd() * 14);
        let national = '';
        for (let k = 0; k < len; k++) national += String(Math.floor(rnd() * 10));
        const fast = lengthHint(national, plan, isValidFor);
        if (fast !== naiveHint(national, plan) && diffs.length < 10) diffs.push(`${country} ${national}: ${fast} vs ${naiveHint(national, plan)}`);
      }
    }
    expect(diffs).toEqual([]);
  });

  it('gives a number its own reason, whatever numbers with the same prefix and length came before', () => {
    // Both have 12 digits after +49 and start 1511. The first fits a longer (fixed-line) range,
    // the second is a German mobile number with one digit too many. A cache keyed by prefix and
    // length used to give the second the first one's reason.
    expect(normalizePhone('+49 1511 3885 9113', { defaultCountry: 'DE' })).toMatchObject({ kind: 'invalid', code: 'ph_too_short' });
    expect(normalizePhone('+49 151 157 641039', { defaultCountry: 'DE' })).toMatchObject({ kind: 'invalid', code: 'ph_too_long' });
  });
});
