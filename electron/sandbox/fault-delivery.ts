// Carries out a fired fault rule on the wire: scripted statuses, TCP resets, hangs, slow,
// truncated or inconsistent answers (SECURITY-AND-RELIABILITY TEST-01).
import type { ServerResponse } from 'node:http';
import type { ActiveFault } from './faults';
import type { SandboxResponse } from './http-io';
import { encodeBody, writeResponse } from './http-io';
import { errorForStatus } from './pinterest-errors';

/** What the server lends the fault: running the real handler, time, and the bearer token. */
export interface FaultHooks {
  /** Runs the endpoint; `commit: false` is a dry run that records nothing. */
  run(commit: boolean): Promise<SandboxResponse>;
  /** Resolves after `ms` (early when the sandbox closes). */
  sleep(ms: number): Promise<void>;
  /** Makes the request's bearer token invalid (expired). */
  expireBearer(): void;
  /** Calls the rule's onFire with the request's facts. */
  notify(): Promise<void>;
}

/** The status answered (0 = none) and the processed answer, if the rule processed the request. */
export interface FaultOutcome {
  status: number;
  processed?: SandboxResponse;
}

function gone(res: ServerResponse): boolean {
  return !res.socket || res.socket.destroyed;
}

function withoutLastEvent(response: SandboxResponse): SandboxResponse {
  const body = response.body as { events?: unknown[]; details?: { events?: unknown[] } } | undefined;
  if (Array.isArray(body?.events)) return { ...response, body: { ...body, events: body.events.slice(0, -1) } };
  if (Array.isArray(body?.details?.events)) {
    return { ...response, body: { ...body, details: { ...body.details, events: body.details.events.slice(0, -1) } } };
  }
  return response;
}

function sendHalf(res: ServerResponse, response: SandboxResponse, announceFull: boolean): void {
  const { bytes } = encodeBody(response);
  const half = bytes.subarray(0, Math.floor(bytes.length / 2));
  res.writeHead(response.status, { 'content-type': 'application/json', 'content-length': announceFull ? bytes.length : half.length });
  if (!announceFull) {
    res.end(half);
    return;
  }
  res.write(half, () => res.socket?.destroy());
}

async function act(fault: ActiveFault, res: ServerResponse, hooks: FaultHooks, processed?: SandboxResponse): Promise<number> {
  const answer = async () => processed ?? (await hooks.run(false));
  switch (fault.rule.action) {
    case 'reset':
      res.socket?.resetAndDestroy();
      return 0;
    case 'hang':
      return 0;
    case 'truncate':
    case 'cut': {
      const response = await answer();
      sendHalf(res, response, fault.rule.action === 'cut');
      return fault.rule.action === 'cut' ? 0 : response.status;
    }
    case 'wrong-length': {
      const response = withoutLastEvent(await answer());
      writeResponse(res, response);
      return response.status;
    }
    default:
      return -1;
  }
}

/** Answers a request the way the fired rule says. */
export async function deliverFault(fault: ActiveFault, res: ServerResponse, hooks: FaultHooks): Promise<FaultOutcome> {
  const { rule } = fault;
  const processed = rule.process ? await hooks.run(true) : undefined;
  await hooks.notify();
  if (rule.respond?.status === 401 && !rule.keepToken) hooks.expireBearer();
  if (rule.delayMs !== undefined && rule.delayMs > 0) {
    await hooks.sleep(rule.delayMs);
    if (gone(res)) return { status: 0, processed };
  }
  if (rule.action !== undefined) return { status: await act(fault, res, hooks, processed), processed };
  if (rule.respond) {
    const { status, headers } = rule.respond;
    const body = rule.respond.body === undefined ? errorForStatus(status) : rule.respond.body;
    writeResponse(res, { status, body, ...(headers ? { headers } : {}) });
    return { status, processed };
  }
  const response = processed ?? (await hooks.run(true));
  writeResponse(res, response);
  return { status: response.status, processed: response };
}
