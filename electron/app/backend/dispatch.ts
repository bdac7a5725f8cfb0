import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Logger } from '../../core/ports';
import type { AppError } from '../../shared/app-error';
import { appError, appErrorSchema } from '../../shared/app-error';
import type { Channel } from '../../shared/contract';
import { channels } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { err } from '../../shared/result';
import type { Handler, HandlerMap } from './handler-types';

/** Calls a channel with untrusted input; always resolves to a Result, never throws. */
export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

/** Options of the dispatcher. */
export interface DispatchOptions {
  log: Logger;
  /** Check every handler's answer against the contract (development and tests). */
  checkOutputs: boolean;
}

/** True when `name` is a channel of the contract (own property, not a prototype key). */
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

/** Turns zod issues into the field list of a `validation` AppError (paths only, never values). */
export function validationError(error: z.ZodError, message = 'The request was not valid.'): AppError {
  const fields = error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  return appError('validation', message, { fields });
}

/** A short random id that ties a user-visible "internal" error to its log line. */
export function errorId(): string {
  return randomBytes(6).toString('hex');
}

/** Logs a thrown value without its message (it may quote data): name and code frames only. */
export function logThrown(log: Logger, what: string, channel: string, thrown: unknown): string {
  const id = errorId();
  const stack = thrown instanceof Error && typeof thrown.stack === 'string' ? thrown.stack : '';
  const frames = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 6)
    .map((line) => line.trim())
    .join(' | ');
  const errorName = thrown instanceof Error ? thrown.name : typeof thrown;
  log.error(what, { channel, errorId: id, errorName, frames });
  return id;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const ok = (value as { ok?: unknown }).ok;
  if (ok === true) return 'value' in value;
  return ok === false && appErrorSchema.safeParse((value as { error?: unknown }).error).success;
}

function checkOutput(channel: Channel, result: unknown, options: DispatchOptions): Result<unknown> {
  if (!isResult(result)) {
    const id = errorId();
    options.log.error('handler returned something that is not a Result', { channel, errorId: id });
    return err(appError('internal', `Something went wrong inside the app (error ${id}).`, { requestId: id }));
  }
  if (!result.ok || !options.checkOutputs) return result;
  const parsed = channels[channel].output.safeParse(result.value);
  if (parsed.success) return result;
  const id = errorId();
  const paths = parsed.error.issues.slice(0, 5).map((i) => i.path.map(String).join('.')).join(', ');
  options.log.error('handler output breaks the contract', { channel, errorId: id, paths });
  return err(appError('internal', `Something went wrong inside the app (error ${id}).`, { requestId: id }));
}

/**
 * Builds the one entry point both transports use: validates the input against the channel's
 * schema, calls the handler with the parsed value, checks the output (when asked) and turns
 * anything thrown into an `internal` AppError whose id is in the log.
 */
export function createDispatch(handlers: Partial<HandlerMap>, options: DispatchOptions): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) return err(appError('validation', 'Unknown request.', { fields: [{ path: 'channel', message: 'unknown channel' }] }));
    const handler = handlers[channel] as Handler<Channel> | undefined;
    if (!handler) return err(appError('internal', 'This part of the app is not available yet.'));
    const parsed = channels[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) return err(validationError(parsed.error));
    try {
      const started = Date.now();
      const result = checkOutput(channel, (await handler(parsed.data as never)) as unknown, options);
      // Channel, outcome and time only: inputs and outputs may hold personal data.
      options.log.debug('call', { channel, ok: result.ok, errorKind: result.ok ? undefined : result.error.kind, ms: Date.now() - started });
      return result;
    } catch (thrown) {
      const id = logThrown(options.log, 'handler threw', channel, thrown);
      return err(appError('internal', `Something went wrong inside the app (error ${id}).`, { requestId: id }));
    }
  };
}
