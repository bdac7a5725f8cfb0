import type { Plan } from './phone-plan';

// "'0171 234' is too short for Germany" reads better than "is not valid", but libphonenumber
// only says "not valid" when the length is possible for SOME number type. We probe: does
// appending digits, or dropping the last ones, give a valid number? The answer depends on
// every digit, so it is computed for each number (~20 regex tests, only for numbers of a
// possible length that fit no range). It used to be cached by (country, first four digits,
// length), which made the reason depend on which number with that prefix a thread saw
// first: the same file could then report "too short" in one run and "too long" in another.

type Hint = 'TOO_SHORT' | 'TOO_LONG' | undefined;
const FILLS = ['0', '5', '9'];
const lengthsOf = new WeakMap<Plan, readonly boolean[]>();

// Lengths at which a number of this plan can be valid at all: a typed plan only accepts a
// number whose length one of its types (or the plan) allows, so probes of other lengths are
// skipped without changing any answer. An untyped plan checks no lengths: every length stays.
function validLengths(plan: Plan): readonly boolean[] {
  let known = lengthsOf.get(plan);
  if (known) return known;
  const types = [plan.fixedLine, ...plan.others].filter((t) => t?.re !== undefined);
  known = Array.from({ length: 18 }, (_, len) => !plan.hasTypes || types.some((t) => {
    const lengths = t?.lengths ?? plan.lengths;
    return !lengths || lengths.includes(len);
  }));
  lengthsOf.set(plan, known);
  return known;
}

/** Whether a number that fits no range would fit one if longer or shorter. */
export function lengthHint(national: string, plan: Plan, isValid: (n: string, p: Plan) => boolean): Hint {
  const possible = validLengths(plan);
  const n = national.length;
  for (let extra = 1; extra <= 6 && n + extra <= 17; extra++) {
    if (!possible[n + extra]) continue;
    for (const fill of FILLS) if (isValid(national + fill.repeat(extra), plan)) return 'TOO_SHORT';
  }
  for (let cut = 1; cut <= 4 && n - cut >= 2; cut++) {
    if (possible[n - cut] && isValid(national.slice(0, n - cut), plan)) return 'TOO_LONG';
  }
  return undefined;
}
