import type { Issue } from './issue';
import { rowIssue } from './issue';

// Finding the header row (title rows, report dates and blank rows above it are common in
// exports) and turning its cells into unique, non-empty column names.

// Applied to trimmed cells of at most 200 characters; no overlapping quantifiers (ReDoS-safe).
const numberLike = /^[$€£¥+(-]?\d[\d.,:/ -]*[)%]?$/;

/** Cells up to the last non-empty one. */
export function usedWidth(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if ((cells[i] ?? '').trim() !== '') return i + 1;
  return 0;
}

function modalWidth(widths: number[]): number {
  const counts = new Map<number, number>();
  for (const w of widths) if (w > 0) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 0;
  let width = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > width)) [width, best] = [w, n];
  return width;
}

function looksLikeHeader(cells: readonly string[], width: number): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length < Math.max(2, Math.ceil(width * 0.5))) return false;
  const texty = filled.filter((c) => c.length <= 200 && !numberLike.test(c.trim()) && !c.includes('@'));
  return texty.length >= filled.length * 0.8 && new Set(filled).size >= filled.length * 0.8;
}

/** Index (into `records`) of the first record that looks like a header; -1 when all are blank. */
export function detectHeaderIndex(records: readonly string[][]): number {
  const sample = records.slice(0, 60);
  const widths = sample.map(usedWidth);
  const first = widths.findIndex((w) => w > 0);
  if (first === -1) return -1;
  const width = modalWidth(widths.slice(first + 1).length > 0 ? widths.slice(first + 1) : widths);
  if (width <= 1) return first;
  for (let i = first; i < Math.min(sample.length, first + 30); i++) {
    if ((widths[i] ?? 0) > 0 && looksLikeHeader(sample[i] ?? [], width)) return i;
  }
  const wide = widths.findIndex((w) => w >= width * 0.5 && w > 1);
  return wide === -1 ? first : wide;
}

/** Excel's column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Unique, non-empty column names from the header cells; renames are reported. */
export function buildColumns(headerCells: readonly string[], headerLine: number): { columns: string[]; issues: Issue[] } {
  const raw = headerCells.slice(0, usedWidth(headerCells)).map((c, i) => (i === 0 ? c.replace(/^\uFEFF+/, '') : c).trim());
  const taken = new Set(raw.filter((c) => c !== ''));
  const seen = new Set<string>();
  const issues: Issue[] = [];
  const columns = raw.map((name, i) => {
    if (name === '') {
      const made = uniqueName(`Column ${columnLetter(i)}`, taken);
      issues.push(rowIssue(headerLine, 'warning', 'empty-header', `Column ${columnLetter(i)} has no header; we call it "${made}".`, made));
      return made;
    }
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    const made = uniqueName(name, taken);
    issues.push(rowIssue(headerLine, 'warning', 'duplicate-header', `The header "${name}" appears more than once; column ${columnLetter(i)} is called "${made}".`, made));
    return made;
  });
  return { columns, issues };
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
  taken.add(name);
  return name;
}
