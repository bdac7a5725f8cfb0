import { deriveEventId } from '../events/event-id';
import type { PinterestEvent } from './deps-event-schema';
import { pinterestEventSchema } from './deps-event-schema';
import { assembleEvent } from './assemble-event';
import { compileZodCheck } from './compiled-check';
import { assertSha256Hasher } from './deps';
import type { ConvertEnv } from './convert-cell';
import { fieldLabel } from './field-labels';
import type { Issue } from './issue';
import type { BuildContext, CompiledPlan, RowCells } from './plan';
import type { CountryEnvs, Draft } from './read-fields';
import { readDraft } from './read-fields';

/** One built event: the event when the rows are valid, its id either way, and every issue. */
export interface BuiltEvent {
  event?: PinterestEvent;
  eventId: string;
  issues: Issue[];
}

interface Envs {
  env: ConvertEnv;
  countries: CountryEnvs;
}

// One converter environment per (context, plan): building it per row showed up in profiles.
const envCache = new WeakMap<BuildContext, WeakMap<CompiledPlan, Envs>>();

function envsOf(plan: CompiledPlan, ctx: BuildContext): Envs {
  let byPlan = envCache.get(ctx);
  if (!byPlan) envCache.set(ctx, (byPlan = new WeakMap()));
  let envs = byPlan.get(plan);
  if (!envs) {
    assertSha256Hasher(ctx.hasher);
    const env: ConvertEnv = { ...ctx, timezone: plan.timezone ?? ctx.timezone, maxEventAgeDays: plan.maxEventAgeDays ?? ctx.maxEventAgeDays };
    const country = plan.defaultCountry ?? ctx.defaultCountry;
    if (country !== undefined) env.defaultCountry = country;
    byPlan.set(plan, (envs = { env, countries: { byCountry: new Map(), byCell: new Map() } }));
  }
  return envs;
}

function columnOf(plan: CompiledPlan, path: string): string | undefined {
  const field = plan.fields.find((f) => f.path === path);
  return field?.input.kind === 'columns' ? field.input.columns.map((c) => c.name).join(', ') : undefined;
}

const required = ['event_name', 'action_source', 'event_time'] as const;

function hasError(issues: readonly Issue[]): boolean {
  for (const issue of issues) if (issue.severity === 'error') return true;
  return false;
}

function hasIssueFor(issues: readonly Issue[], field: string): boolean {
  for (const issue of issues) if (issue.field === field) return true;
  return false;
}

function checkMissing(plan: CompiledPlan, draft: Draft, line: number): void {
  for (const path of required) {
    if (draft.top[path] !== undefined || hasIssueFor(draft.issues, path)) continue;
    const issue: Issue = { row: line, field: path, severity: 'error', code: 'missing-required', message: `${fieldLabel(path)} is empty: every conversion needs one.` };
    const column = columnOf(plan, path);
    if (column !== undefined) issue.column = column;
    draft.issues.push(issue);
  }
  const u = draft.user;
  if (u.em !== undefined || u.hashed_maids !== undefined || (u.client_ip_address !== undefined && u.client_user_agent !== undefined)) return;
  draft.issues.push({
    row: line,
    severity: 'error',
    code: 'no-identifier',
    message: 'No usable email, mobile ad id, or IP address with user agent: Pinterest cannot match this conversion to anyone.',
  });
}

function eventIdOf(plan: CompiledPlan, draft: Draft, content: Record<string, unknown>, ctx: BuildContext, line: number): string {
  const own = draft.top.event_id;
  if (typeof own === 'string' && own !== '') return own;
  if (plan.idSource === 'column')
    draft.issues.push({ row: line, field: 'event_id', column: columnOf(plan, 'event_id'), severity: 'warning', code: 'event-id-generated', message: 'Event id is empty: an id was made from the order or the row content.' });
  const orderId = draft.custom.order_id;
  const eventName = String(draft.top.event_name ?? '');
  return deriveEventId({ eventName, orderId: typeof orderId === 'string' ? orderId : undefined, content }, ctx.hasher);
}

// The outbound zod schema, compiled once into a fast predicate (see compiled-check.ts); zod
// itself explains a refusal. Every event passes through this before it can be sent. Its hashes
// come only from convertCell's `hashed`: made by a hasher that hashed the SHA-256 test vectors
// right (envsOf checks it before first use) or pre-hashed cells that match the SHA-256 form, so
// they are checked here for type, count and length, not re-scanned character by character.
const isSendable = compileZodCheck(pinterestEventSchema, { hashesCheckedAtSource: true });

function selfCheck(event: Record<string, unknown>, draft: Draft, line: number): PinterestEvent | undefined {
  if (isSendable(event)) return event as PinterestEvent;
  const parsed = pinterestEventSchema.safeParse(event);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues[0]?.path.join('.') ?? '';
  draft.issues.push({
    row: line,
    severity: 'error',
    code: 'internal-event-check',
    message: `Internal check failed at "${where}": this event would be refused by Pinterest. Please report this problem.`,
  });
  return undefined;
}

/** Builds the event of a group of rows (one row, or the line items of one merged order). */
export function buildGroupEvent(plan: CompiledPlan, rows: readonly RowCells[], ctx: BuildContext): BuiltEvent {
  const line = rows[0]?.line ?? 0;
  const envs = envsOf(plan, ctx);
  const draft = readDraft(plan, rows, envs.env, envs.countries);
  checkMissing(plan, draft, line);
  const content = assembleEvent(draft);
  const eventId = eventIdOf(plan, draft, content, ctx, line);
  content.event_id = eventId;
  const event = hasError(draft.issues) ? undefined : selfCheck(content, draft, line);
  return event ? { event, eventId, issues: draft.issues } : { eventId, issues: draft.issues };
}

/** Builds the event of one row. */
export function buildEvent(plan: CompiledPlan, row: RowCells, ctx: BuildContext): BuiltEvent {
  return buildGroupEvent(plan, [row], ctx);
}
