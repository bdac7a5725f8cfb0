import type { ValueOutcome } from './value-outcome';
import { quoteCell } from './value-outcome';

const TRUE = new Set(['true', 'yes', 'y', '1', 'x', 'ja', 'j', 'oui', 'si', 'sí', 'sim', 'tak', 'on', 'wahr', 'vrai', 'verdadero', 'opt-out', 'optout', 'opted out']);
const FALSE = new Set(['false', 'no', 'n', '0', 'nein', 'non', 'nee', 'nie', 'não', 'nao', 'off', 'falsch', 'faux', 'falso', '-']);

/** Reads yes/no cells (opt_out, wifi) in English and main European languages; "x" means yes. */
export function parseBoolean(raw: string): ValueOutcome<boolean> {
  const s = raw.trim().toLowerCase();
  if (s === '') return { kind: 'empty' };
  if (TRUE.has(s)) return { kind: 'value', value: true };
  if (FALSE.has(s)) return { kind: 'value', value: false };
  return { kind: 'invalid', code: 'boolean_invalid', message: `${quoteCell(raw)} is not yes or no.` };
}
