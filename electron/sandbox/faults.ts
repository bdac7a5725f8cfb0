// Scriptable faults for delivery tests: rules matched against incoming requests, counted per
// rule from the moment it is added. The server decides what each action does (fault-delivery.ts).

/** A scripted answer: a status, Pinterest's body for it unless `body` is given, extra headers. */
export interface FaultResponse {
  status: number;
  /** JSON body (a string is sent as is); default Pinterest's error body for `status`. */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * What a fault does instead of (or on top of) the normal answer:
 * - `reset`: read the body, then `socket.resetAndDestroy()` (TCP RST: the client cannot know
 *   whether the request was processed: an ambiguous failure).
 * - `hang`: read the body and never answer (the client must time out).
 * - `truncate`: a complete HTTP 200 whose JSON body is cut in half (unparsable).
 * - `cut`: announce the full Content-Length, send half of the body, then destroy the socket.
 * - `wrong-length`: a 200 whose `events` array has one entry fewer than the request's `data`.
 */
export type FaultAction = 'reset' | 'hang' | 'truncate' | 'cut' | 'wrong-length';

/**
 * One fault rule. Which requests it counts: `path` (default: the events endpoint), `method`,
 * `test` (only test or only live requests) and `adAccountId`. When it fires among them:
 * `nth` (only the nth), `every` (every nth), `afterCalls` (every one after the first N), or
 * always when none is given; `times` caps how often it fires. What it does: `respond`,
 * `action`, and/or `delayMs` (answer normally after a delay).
 *
 * `process: true` means the request IS processed (validated and, when live, recorded) before
 * the fault shapes the answer: "Pinterest recorded it but the answer was lost". Without it a
 * faulted request is not recorded; a delayed one is processed only if the client still waits
 * when the delay ends, so an answer that arrives always matches what was recorded.
 *
 * A `respond` with status 401 also invalidates the bearer token the request used (an OAuth
 * refresh then yields a new valid one), unless `keepToken: true`.
 *
 * @example sandbox.faults.add({ every: 7, respond: { status: 429 } })
 * @example sandbox.faults.add({ every: 13, action: 'reset' })
 * @example sandbox.faults.add({ nth: 5, delayMs: 5000, process: true })
 * @example sandbox.faults.add({ afterCalls: 20, respond: { status: 401 }, times: 1 })
 */
export interface FaultRule {
  /** Exact path (e.g. '/v5/oauth/token') or a RegExp over the path; default the events endpoint. */
  path?: string | RegExp;
  method?: string;
  test?: boolean;
  adAccountId?: string;
  nth?: number;
  every?: number;
  afterCalls?: number;
  times?: number;
  respond?: FaultResponse;
  action?: FaultAction;
  delayMs?: number;
  process?: boolean;
  keepToken?: boolean;
  /**
   * Called when the rule fires, after the request was processed (when `process`) and before
   * anything is answered: e.g. SIGKILL the client "after Pinterest got the body, before it replied".
   */
  onFire?: (request: FiredRequest) => void | Promise<void>;
  /** Shown in `received.requests[i].fault`; default derived from the rule. */
  name?: string;
}

/** What `onFire` learns about the request that fired a rule. */
export interface FiredRequest {
  method: string;
  path: string;
  rid: string;
  test: boolean;
  adAccountId?: string;
  /** Events in the body (0 when it has none or is not JSON). */
  events: number;
}

/** A rule as added, with its counters. */
export interface ActiveFault {
  readonly id: number;
  readonly rule: FaultRule;
  /** Requests this rule has counted. */
  readonly seen: number;
  /** How often it fired. */
  readonly fired: number;
  /** Removes the rule. */
  remove(): void;
}

/** The request facts a rule is matched against. */
export interface FaultTarget {
  method: string;
  path: string;
  test: boolean;
  adAccountId?: string;
}

/** Adds, lists and clears fault rules. */
export interface FaultController {
  add(rule: FaultRule): ActiveFault;
  clear(): void;
  list(): readonly ActiveFault[];
}

/** The server-side view: picks the rule (if any) that fires for a request. */
export interface FaultMatcher extends FaultController {
  match(target: FaultTarget): ActiveFault | undefined;
}

/** Path pattern of the events endpoint, the default target of rules. */
export const eventsPathPattern = /^\/v5\/ad_accounts\/[^/]+\/events$/;

interface MutableFault {
  id: number;
  rule: FaultRule;
  seen: number;
  fired: number;
  remove(): void;
}

function counts(rule: FaultRule, target: FaultTarget): boolean {
  const path = rule.path ?? eventsPathPattern;
  if (typeof path === 'string' ? path !== target.path : !path.test(target.path)) return false;
  if (rule.method !== undefined && rule.method.toUpperCase() !== target.method) return false;
  if (rule.test !== undefined && rule.test !== target.test) return false;
  return rule.adAccountId === undefined || rule.adAccountId === target.adAccountId;
}

function fires(rule: FaultRule, seen: number, fired: number): boolean {
  if (rule.times !== undefined && fired >= rule.times) return false;
  if (rule.nth !== undefined) return seen === rule.nth;
  if (rule.every !== undefined) return rule.every > 0 && seen % rule.every === 0;
  if (rule.afterCalls !== undefined) return seen > rule.afterCalls;
  return true;
}

/** A short label for logs: the rule's name or its action/status. */
export function faultLabel(rule: FaultRule): string {
  return rule.name ?? rule.action ?? (rule.respond ? `status-${rule.respond.status}` : rule.delayMs !== undefined ? 'delay' : 'fault');
}

const actions = new Set<string>(['reset', 'hang', 'truncate', 'cut', 'wrong-length']);

/** Throws on a rule that cannot mean anything (a mistake in a test script). */
export function checkRule(rule: FaultRule): void {
  const counts = [rule.nth, rule.every, rule.afterCalls, rule.times];
  if (counts.some((n) => n !== undefined && (!Number.isInteger(n) || n < 0))) throw new Error('Fault rule: nth, every, afterCalls and times must be whole numbers >= 0.');
  if (rule.every === 0 || rule.nth === 0) throw new Error('Fault rule: nth and every start at 1.');
  if ([rule.nth, rule.every, rule.afterCalls].filter((n) => n !== undefined).length > 1) throw new Error('Fault rule: use one of nth, every, afterCalls.');
  if (rule.action !== undefined && !actions.has(rule.action)) throw new Error(`Fault rule: unknown action '${String(rule.action)}'.`);
  const status = rule.respond?.status;
  if (status !== undefined && (!Number.isInteger(status) || status < 100 || status > 599)) throw new Error('Fault rule: respond.status must be an HTTP status.');
  if (rule.action === undefined && rule.respond === undefined && rule.delayMs === undefined) throw new Error('Fault rule: give respond, action or delayMs.');
}

/** Creates an empty set of rules. */
export function createFaults(): FaultMatcher {
  let rules: MutableFault[] = [];
  let nextId = 1;
  return {
    add(rule) {
      checkRule(rule);
      const fault: MutableFault = { id: nextId++, rule, seen: 0, fired: 0, remove: () => void (rules = rules.filter((r) => r !== fault)) };
      rules.push(fault);
      return fault;
    },
    clear: () => void (rules = []),
    list: () => [...rules],
    match(target) {
      let chosen: MutableFault | undefined;
      for (const fault of rules) {
        if (!counts(fault.rule, target)) continue;
        fault.seen++;
        if (!chosen && fires(fault.rule, fault.seen, fault.fired)) chosen = fault;
      }
      if (chosen) chosen.fired++;
      return chosen;
    },
  };
}
