import { mergeWindowRows } from '../../core/events/row-grouper';
import type { BuiltEvent } from '../../core/mapping/build-event';
import { buildGroupEvent } from '../../core/mapping/build-event';
import type { Issue } from '../../core/mapping/issue';
import type { BuildContext, CompiledPlan, RowCells } from '../../core/mapping/plan';
import type { OpenDataset } from '../files/dataset-registry';
import type { RowResults } from './row-results';

/** A group's rows rebuilt from the file, with its event. */
export interface RebuiltGroup {
  rows: RowCells[];
  built: BuiltEvent;
}

/** Row indexes of the event that contains `index` (merged orders span several rows). */
export function groupMembers(results: RowResults, plan: CompiledPlan, index: number): number[] {
  const first = results.groupFirst[index] ?? -1;
  if (!plan.mergeBy || first < 0) return [index];
  const members: number[] = [];
  const end = Math.min(results.rowCount, first + mergeWindowRows + 1);
  for (let j = first; j < end; j++) if (results.groupFirst[j] === first) members.push(j);
  return members;
}

/** Reads the rows with these indexes, in as few contiguous reads as sensible. */
export async function readIndexes(dataset: OpenDataset, indexes: readonly number[]): Promise<Map<number, RowCells>> {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const out = new Map<number, RowCells>();
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i] as number;
    let end = start;
    while (i + 1 < sorted.length && (sorted[i + 1] as number) - end <= 64) end = sorted[++i] as number;
    i += 1;
    for (const row of await dataset.readRows(start, end - start + 1)) out.set(row.index, row);
  }
  return out;
}

/** Rebuilds the events of the groups containing `indexes` (for a preview page or one event). */
export async function rebuildGroups(dataset: OpenDataset, results: RowResults, plan: CompiledPlan, ctx: BuildContext, indexes: readonly number[]): Promise<Map<number, RebuiltGroup>> {
  const membersOf = new Map<number, number[]>();
  for (const index of indexes) {
    const members = groupMembers(results, plan, index);
    membersOf.set(members[0] ?? index, members);
  }
  const cells = await readIndexes(dataset, [...membersOf.values()].flat());
  const byRow = new Map<number, RebuiltGroup>();
  for (const members of membersOf.values()) {
    const rows = members.map((m) => cells.get(m)).filter((r): r is RowCells => r !== undefined);
    if (rows.length === 0) continue;
    const group = { rows, built: buildGroupEvent(plan, rows, ctx) };
    for (const m of members) byRow.set(m, group);
  }
  return byRow;
}

/** The issues to show next to one row of a group (its own, plus the event's for its first row). */
export function issuesOfRow(group: RebuiltGroup | undefined, line: number, results: RowResults, index: number): Issue[] {
  const own = group ? group.built.issues.filter((i) => i.row === line) : [];
  const firstOf = results.duplicateOf.get(results.groupFirst[index] ?? index);
  if (firstOf !== undefined && results.statusOf(index) === 'duplicate' && group?.rows[0]?.line === line)
    own.push({ row: line, severity: 'warning', code: 'duplicate', message: `This conversion repeats row ${firstOf}: it is sent once, with row ${firstOf}.` });
  return own;
}

/** The mapped cells of a row by header (only mapped columns: unmapped data never leaves the reader). */
export function mappedCells(plan: CompiledPlan, row: RowCells | undefined): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const index of plan.usedColumns) {
    const name = plan.columns[index];
    if (name === undefined) continue;
    Object.defineProperty(cells, name, { value: row?.cells[index] ?? '', enumerable: true, writable: true, configurable: true });
  }
  return cells;
}
