import { convertCell } from './convert-cell';
import type { ConvertEnv } from './convert-cell';
import { fieldLabel } from './field-labels';
import type { FieldPlan, MappingIssue } from './plan';

// Constants are checked once, when the mapping is compiled, so a typo in "checkout" or "EUR"
// shows up at the mapping step instead of on every row.
// Only the problems matter here, so the probe's hasher answers a fixed well-formed hash.
const probeHash = '0'.repeat(64);
const probeEnv: ConvertEnv = { hasher: () => probeHash, now: 0, timezone: 'UTC', maxEventAgeDays: 36500 };

/** Adds an issue when a constant value is not acceptable for its field. */
export function checkConstant(plan: FieldPlan, value: string, issues: MappingIssue[]): void {
  if (plan.kind === 'time') return; // reported by checkRequired: a time must come from a column
  if (value.trim() === '') {
    issues.push({ field: plan.path, severity: 'error', message: `${fieldLabel(plan.path)}: the constant is empty.` });
    return;
  }
  const { problem } = convertCell(plan, value, probeEnv);
  if (!problem) return;
  const severity = problem.severity === 'error' || plan.kind === 'currency' ? 'error' : 'warning';
  issues.push({ field: plan.path, severity, message: `${fieldLabel(plan.path)}: ${problem.message}` });
}
