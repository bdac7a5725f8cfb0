import type { Newline } from './csv-chunk';
import { csvParser, parseCsvChunk } from './csv-chunk';

// Delimiter detection (ING-05): parse a sample with each candidate and prefer the one that
// splits the most rows into the same number (> 1) of cells. When two candidates are about as
// consistent, we still pick one but say so, so the File step can ask the user.

/** Delimiters we try, in order of preference when equally good. */
export const candidateDelimiters = [',', ';', '\t', '|'] as const;

/** The outcome of delimiter detection. */
export interface DelimiterGuess {
  delimiter: string;
  /** Other delimiters that fit the sample about as well (empty when clear). */
  alternatives: string[];
}

interface Score {
  delimiter: string;
  width: number;
  consistency: number;
}

function scoreDelimiter(sample: string, newline: Newline, final: boolean, delimiter: string): Score {
  const { records } = parseCsvChunk(csvParser(delimiter, newline), sample, final, 1, false);
  const counts = new Map<number, number>();
  let rows = 0;
  for (const record of records.slice(0, 200)) {
    if (record.length === 1 && record[0]?.trim() === '') continue;
    rows++;
    counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
  }
  let width = 1;
  let best = 0;
  for (const [w, n] of counts) {
    if (n > best || (n === best && w > width)) [width, best] = [w, n];
  }
  return { delimiter, width, consistency: rows === 0 ? 0 : best / rows };
}

/** Human name of a delimiter for messages. */
export function delimiterName(delimiter: string): string {
  const names: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
  return names[delimiter] ?? `"${delimiter}"`;
}

/** Picks the delimiter for a decoded sample of the file. */
export function detectDelimiter(sample: string, newline: Newline, final: boolean, preferTab = false): DelimiterGuess {
  const scores = candidateDelimiters
    .map((d) => scoreDelimiter(sample, newline, final, d))
    .filter((s) => s.width > 1);
  if (scores.length === 0) return { delimiter: preferTab ? '\t' : ',', alternatives: [] };
  const rank = (s: Score) => s.consistency * 1000 + Math.min(s.width, 999) + (preferTab && s.delimiter === '\t' ? 0.5 : 0);
  scores.sort((a, b) => rank(b) - rank(a));
  const [best, ...rest] = scores as [Score, ...Score[]];
  const alternatives = rest
    .filter((s) => s.consistency >= 0.9 && best.consistency - s.consistency <= 0.05)
    .map((s) => s.delimiter);
  return { delimiter: best.delimiter, alternatives };
}
