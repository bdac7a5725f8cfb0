import type { Civil } from './civil';
import { expandYear, validDate } from './civil';

/** A compiled format hint: text → civil time, or why not. */
export type HintParser = (text: string) => { ok: true; civil: Civil } | { ok: false; error: 'format' | 'range' };

const TOKENS = /\[([^\]]*)\]|'([^']*)'|YYYY|yyyy|YY|yy|MMMM|MMM|MM|M|DD|dd|D|d|HH|H|hh|h|mm|m|ss|s|S{1,9}|A|a|ZZ|Z|[\s\S]/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_ALIASES: Record<string, number> = { mär: 3, mrz: 3, mai: 5, okt: 10, dez: 12, sept: 9 };

interface Part { kind: string; source: string }

function partOf(tok: string, lit1?: string, lit2?: string): Part {
  if (lit1 !== undefined || lit2 !== undefined) return { kind: 'lit', source: escape(lit1 ?? lit2 ?? '') };
  switch (tok) {
    case 'YYYY': case 'yyyy': return { kind: 'Y', source: '(\\d{4})' };
    case 'YY': case 'yy': return { kind: 'y', source: '(\\d{2})' };
    case 'MMMM': case 'MMM': return { kind: 'N', source: '([A-Za-zÀ-ÿ]{3,9})\\.?' };
    case 'MM': case 'DD': case 'dd': case 'HH': case 'hh': case 'mm': case 'ss':
      return { kind: tok[0]!, source: '(\\d{2})' };
    case 'M': case 'D': case 'd': case 'H': case 'h': case 'm': case 's':
      return { kind: tok, source: '(\\d{1,2})' };
    case 'A': case 'a': return { kind: 'A', source: '([AaPp])\\.?[Mm]\\.?' };
    case 'Z': case 'ZZ': return { kind: 'Z', source: '(Z|[+-]\\d{2}:?\\d{2})' };
    default:
      if (tok[0] === 'S') return { kind: 'S', source: '(\\d{1,9})' };
      return { kind: 'lit', source: tok === ' ' ? '\\s+' : escape(tok) };
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles a date format hint once ("DD.MM.YYYY HH:mm", "M/D/YYYY h:mm A", luxon-style
 * "dd.MM.yyyy" too) into a regex-based parser. Tokens: YYYY YY MMMM MMM MM M DD D dd d
 * HH H hh h mm m ss s S..SSS A a Z ZZ; [text] or 'text' is literal. Months by name accept
 * English and common German abbreviations.
 */
export function compileFormatHint(format: string): HintParser {
  const parts: Part[] = [];
  for (const m of format.matchAll(TOKENS)) parts.push(partOf(m[0], m[1], m[2]));
  const re = new RegExp(`^${parts.map((p) => p.source).join('')}$`);
  const kinds = parts.filter((p) => p.kind !== 'lit').map((p) => p.kind);
  return (text) => {
    const m = re.exec(text);
    if (!m) return { ok: false, error: 'format' };
    return assemble(kinds, m, kinds.some((k) => 'HhmsS'.includes(k[0]!)));
  };
}

/** Translates a hint's moment-style tokens to luxon's (YYYY → yyyy, DD → dd, A → a). */
export function toLuxonFormat(format: string): string {
  let out = '';
  for (const m of format.matchAll(TOKENS)) {
    const t = m[0];
    if (m[1] !== undefined || m[2] !== undefined) out += `'${(m[1] ?? m[2] ?? '').replace(/'/g, "''")}'`;
    else if (t === 'YYYY') out += 'yyyy';
    else if (t === 'YY') out += 'yy';
    else if (t === 'DD') out += 'dd';
    else if (t === 'D') out += 'd';
    else if (t === 'A') out += 'a';
    else if (t === 'Z') out += 'ZZ';
    else if (t === 'ZZ') out += 'ZZZ';
    else if (/^[A-Za-z]$/.test(t) && !'MdHhmsSay'.includes(t)) out += `'${t}'`;
    else out += t;
  }
  return out;
}

function assemble(kinds: string[], m: RegExpExecArray, hasTime: boolean): ReturnType<HintParser> {
  const c: Civil = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0, offsetMinutes: undefined, hasTime };
  let pm: boolean | undefined;
  for (let i = 0; i < kinds.length; i++) {
    const v = m[i + 1] ?? '';
    switch (kinds[i]) {
      case 'Y': c.year = +v; break;
      case 'y': c.year = expandYear(v); break;
      case 'N': c.month = monthByName(v); break;
      case 'M': c.month = +v; break;
      case 'D': case 'd': c.day = +v; break;
      case 'H': case 'h': c.hour = +v; break;
      case 'm': c.minute = +v; break;
      case 's': c.second = +v; break;
      case 'S': c.millisecond = Math.floor(+`0.${v}` * 1000); break;
      case 'A': pm = v.toLowerCase() === 'p'; break;
      case 'Z': c.offsetMinutes = offsetOf(v); break;
    }
  }
  if (pm !== undefined) {
    if (c.hour < 1 || c.hour > 12) return { ok: false, error: 'range' };
    c.hour = (c.hour % 12) + (pm ? 12 : 0);
  }
  const ok = validDate(c.year, c.month, c.day) && c.hour < 24 && c.minute < 60 && c.second < 60;
  return ok ? { ok: true, civil: c } : { ok: false, error: 'range' };
}

function monthByName(v: string): number {
  const k = v.toLowerCase();
  const i = MONTHS.indexOf(k.slice(0, 3));
  return i >= 0 ? i + 1 : (MONTH_ALIASES[k.slice(0, 4)] ?? MONTH_ALIASES[k.slice(0, 3)] ?? 0);
}

function offsetOf(z: string): number {
  if (z === 'Z') return 0;
  const d = z.slice(1).replace(':', '');
  return (z[0] === '-' ? -1 : 1) * (+d.slice(0, 2) * 60 + +d.slice(2, 4));
}
