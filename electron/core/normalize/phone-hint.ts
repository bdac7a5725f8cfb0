import type { Plan } from './phone-plan';

// "'0171 234' is too short for Germany" reads better than "is not valid", but libphonenumber
// only says "not valid" when the length is possible for SOME number type. We probe: does
// appending digits, or dropping the last ones, give a valid number? Probing costs ~20 regex
// tests, so results are kept per (country, first four digits, length): numbers sharing a
// range prefix and length share the answer, which keeps it cheap on files full of bad numbers.

type Hint = 'TOO_SHORT' | 'TOO_LONG' | undefined;
const cache = new Map<number, Hint | null>();
const FILLS = ['0', '5', '9'];

// The key (plan, first four digits, length) as one small integer: a string key cost more to
// build and hash than the rest of the look-up. Digits are fixed-width within one length, so
// the value of the first four is unambiguous.
function keyOf(national: string, plan: Plan): number {
  let prefix = 0;
  for (let i = 0; i < 4 && i < national.length; i++) prefix = prefix * 10 + (national.charCodeAt(i) - 48);
  return (plan.id * 10_000 + prefix) * 32 + national.length;
}

/** Whether a number that fits no range would fit one if longer or shorter. */
export function lengthHint(national: string, plan: Plan, isValid: (n: string, p: Plan) => boolean): Hint {
  const key = keyOf(national, plan);
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const hint = probe(national, plan, isValid);
  if (cache.size > 50_000) cache.clear();
  cache.set(key, hint ?? null);
  return hint;
}

function probe(national: string, plan: Plan, isValid: (n: string, p: Plan) => boolean): Hint {
  const n = national.length;
  for (let extra = 1; extra <= 6 && n + extra <= 17; extra++) {
    for (const fill of FILLS) if (isValid(national + fill.repeat(extra), plan)) return 'TOO_SHORT';
  }
  for (let cut = 1; cut <= 4 && n - cut >= 2; cut++) {
    if (isValid(national.slice(0, n - cut), plan)) return 'TOO_LONG';
  }
  return undefined;
}
