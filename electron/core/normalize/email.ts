import { cleanLower } from './text';
import type { NormalizeOutcome } from './outcome';
import { EMPTY, invalid, quote, valueOf } from './outcome';

// Rule (PINTEREST-NOTES §10): trim, NFC, lowercase, must look like an address. We also
// drop a "mailto:" prefix and unwrap "Name <addr>" because CRM exports produce both.
// We do NOT remove Gmail dots or "+tags": Pinterest hashes the address as typed.
// Local part: anything but spaces, '@' and the characters that only appear in quoted or
// commented addresses (rare, and Meta-style "repairs" of them are guesses). Domain: labels of
// letters (any script), digits and hyphens, with at least one dot.
const SHAPE = /^[^\s@()<>[\]\\,;:"]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
// The same shape for plain ASCII (most addresses), without the slower Unicode classes.
const SHAPE_ASCII = /^[^\s@()<>[\]\\,;:"]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const SPLITTERS = /[;,]|\s/;

/** Normalizes an email address for `user_data.em`. */
export function normalizeEmail(raw: string): NormalizeOutcome {
  let s = cleanLower(raw);
  if (s === '') return EMPTY;
  if (SHAPE_ASCII.test(s)) return valueOf(s); // the common case: a plain address
  const angled = s.indexOf('<') >= 0 ? /<([^<>]+)>\s*$/.exec(s) : null;
  if (angled?.[1]) s = angled[1].trim();
  while (s.startsWith('mailto:')) s = s.slice(7);
  if (SHAPE_ASCII.test(s) || SHAPE.test(s)) return valueOf(s);
  return invalid(...explain(raw, s));
}

function explain(raw: string, s: string): [string, string] {
  const q = quote(raw);
  const ats = s.split('@').length - 1;
  if (ats === 0) return ['em_no_at', `${q} is not an email address (no @).`];
  if (ats > 1 && SPLITTERS.test(s)) {
    return ['em_several', `${q} holds more than one email address; put each in its own column.`];
  }
  if (/\s/.test(s)) return ['em_space', `${q} is not an email address (it contains a space).`];
  return ['em_invalid', `${q} is not a complete email address.`];
}
