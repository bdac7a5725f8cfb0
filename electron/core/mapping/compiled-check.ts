import type { z } from 'zod';
import { isLowerSha256Hex } from './deps';

// A fast yes/no form of a zod schema, compiled once from the schema's own definition (objects,
// strict objects, optionals, arrays, strings, numbers, booleans, enums, refinements and the
// length/pattern/range checks). It decides exactly what zod decides for those constructs
// (a property test compares them); any construct it does not know is delegated to zod for that
// sub-tree, so it can never be more lenient than the schema. The schema stays the one source
// of truth: when this says "no", zod itself is asked for the error to report.

/** A compiled predicate. */
export type Check = (value: unknown) => boolean;

/** How to compile. */
export interface CompileOptions {
  /**
   * The SHA-256 strings in the values were vouched for where they were made (by a hasher that
   * passed the SHA-256 test vectors, or a pre-hashed cell that matched the form): the ten or
   * so per event are then checked for type, count and length here, not character by character
   * again (that re-scan was a tenth of all the work of building a million events).
   */
  hashesCheckedAtSource?: boolean;
}

interface Def {
  type: string;
  shape?: Record<string, ZodLike>;
  catchall?: ZodLike;
  innerType?: ZodLike;
  element?: ZodLike;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  checks?: Array<{ _zod: { def: CheckDef } }>;
  format?: string;
  check?: string;
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  fn?: (value: unknown) => unknown;
}

type ZodLike = { _zod: { def: Def }; safeParse(value: unknown): { success: boolean } };

const isLowerHex64 = isLowerSha256Hex;

function everyItem(v: unknown, element: Check): boolean {
  if (!Array.isArray(v)) return false;
  for (const item of v) if (!element(item)) return false;
  return true;
}

const sizeOf = (v: unknown): number | undefined => (typeof v === 'string' || Array.isArray(v) ? v.length : undefined);

function compileRule(def: CheckDef): Check | undefined {
  switch (def.check) {
    case 'min_length':
      return (v) => (sizeOf(v) ?? Infinity) >= (def.minimum ?? 0);
    case 'max_length':
      return (v) => (sizeOf(v) ?? -Infinity) <= (def.maximum ?? Infinity);
    case 'length_equals':
      return (v) => sizeOf(v) === def.length;
    case 'greater_than':
      return (v) => typeof v === 'number' && (def.inclusive ? v >= (def.value ?? 0) : v > (def.value ?? 0));
    case 'less_than':
      return (v) => typeof v === 'number' && (def.inclusive ? v <= (def.value ?? 0) : v < (def.value ?? 0));
    case 'string_format':
      if (def.format !== 'regex' || !def.pattern) return undefined;
      if (def.pattern.source === '^[0-9a-f]{64}$' && def.pattern.flags === '') return isLowerHex64;
      return (v) => typeof v === 'string' && (def.pattern as RegExp).test(v);
    case 'custom':
      return def.fn ? (v) => Boolean(def.fn?.(v)) : undefined;
    default:
      return undefined;
  }
}

function withChecks(base: Check, def: Def, schema: ZodLike): Check {
  const rules: Check[] = [];
  for (const c of def.checks ?? []) {
    const rule = compileRule(c._zod.def);
    if (!rule) return (v) => schema.safeParse(v).success;
    rules.push(rule);
  }
  if (rules.length === 0) return base;
  return (v) => {
    if (!base(v)) return false;
    for (const rule of rules) if (!rule(v)) return false;
    return true;
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function compileObject(def: Def, options: CompileOptions): Check {
  const checks = new Map(Object.entries(def.shape ?? {}).map(([key, s]) => [key, compileZodCheck(s, options)] as const));
  // Keys whose check refuses `undefined` must be present; the others are only checked when they are.
  const required = [...checks].filter(([, check]) => !check(undefined)).map(([key]) => key);
  const strict = def.catchall?._zod.def.type === 'never';
  const rest = def.catchall && !strict ? compileZodCheck(def.catchall, options) : undefined;
  return (v) => {
    if (!isRecord(v)) return false;
    for (const key of required) if (!(key in v)) return false;
    for (const key in v) {
      const check = checks.get(key);
      if (check) {
        if (!check(v[key])) return false;
      } else if (strict || (rest && !rest(v[key]))) return false;
    }
    return true;
  };
}

function compileBase(def: Def, schema: ZodLike, options: CompileOptions): Check | undefined {
  switch (def.type) {
    case 'object':
      return compileObject(def, options);
    case 'optional': {
      const inner = def.innerType ? compileZodCheck(def.innerType, options) : undefined;
      return inner ? (v) => v === undefined || inner(v) : undefined;
    }
    case 'array': {
      const element = def.element ? compileZodCheck(def.element, options) : undefined;
      return element ? (v) => everyItem(v, element) : undefined;
    }
    case 'string':
      return def.format === undefined ? (v) => typeof v === 'string' : undefined;
    case 'number':
      if (def.format === 'safeint') return (v) => typeof v === 'number' && Number.isSafeInteger(v);
      return def.format === undefined ? (v) => typeof v === 'number' && Number.isFinite(v) : undefined;
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (v) => allowed.has(v);
    }
    default:
      return (v) => schema.safeParse(v).success;
  }
}

function isSha256Leaf(def: Def): boolean {
  const checks = def.checks ?? [];
  return def.type === 'string' && def.format === undefined && checks.length === 1 && compileRule((checks[0] as { _zod: { def: CheckDef } })._zod.def) === isLowerHex64;
}

function allLowerHex64(values: unknown[]): boolean {
  for (const item of values) if (!isLowerHex64(item)) return false;
  return true;
}

function allHashShaped(values: unknown[]): boolean {
  for (const item of values) if (typeof item !== 'string' || item.length !== 64) return false;
  return true;
}

// Every hashed identity field is optional(array(SHA-256 string).min(1)). The generic nesting
// made five indirect calls per hash (half the self-check's time); this is the same decision in
// one closure with a direct call per element.
function fusedHashArray(def: Def, optional: boolean, options: CompileOptions): Check | undefined {
  if (def.type !== 'array' || !def.element || !isSha256Leaf(def.element._zod.def)) return undefined;
  let min = 0;
  for (const c of def.checks ?? []) {
    if (c._zod.def.check !== 'min_length') return undefined;
    min = Math.max(min, c._zod.def.minimum ?? 0);
  }
  const all = options.hashesCheckedAtSource ? allHashShaped : allLowerHex64;
  return optional ? (v) => v === undefined || (Array.isArray(v) && v.length >= min && all(v)) : (v) => Array.isArray(v) && v.length >= min && all(v);
}

function fused(def: Def, options: CompileOptions): Check | undefined {
  if (def.type === 'array') return fusedHashArray(def, false, options);
  if (def.type === 'optional' && def.innerType && !def.checks?.length) return fusedHashArray(def.innerType._zod.def, true, options);
  return undefined;
}

/**
 * Compiles a zod schema into a predicate that accepts exactly what the schema accepts (with
 * `hashesCheckedAtSource`, exactly that for values whose SHA-256 strings were checked before).
 */
export function compileZodCheck(schema: z.ZodType | ZodLike, options: CompileOptions = {}): Check {
  const zod = schema as unknown as ZodLike;
  const def = zod._zod.def;
  const special = fused(def, options);
  if (special) return special;
  const base = compileBase(def, zod, options) ?? ((v: unknown) => zod.safeParse(v).success);
  return def.type === 'optional' || def.type === 'object' ? withObjectChecks(base, def, zod) : withChecks(base, def, zod);
}

// Object-level checks (refinements such as "em or hashed_maids or IP + UA") run after the shape.
function withObjectChecks(base: Check, def: Def, schema: ZodLike): Check {
  return def.checks && def.checks.length > 0 ? withChecks(base, def, schema) : base;
}
