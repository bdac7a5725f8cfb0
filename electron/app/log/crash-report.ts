import { randomBytes } from 'node:crypto';
import type { Logger } from '../../core/ports';

// Crash output without data. An Error's message may quote whatever the failing code held: a
// cell ("Unexpected token in 'anna@example.com'"), a header value, a token. So nothing that
// reaches stderr or the log after an unhandled throw carries the message: only the error's
// name, an id that ties the stderr line to the log line, and the code frames (file:line).

/** Name and code frames of a thrown value; never its message. */
export function crashFields(thrown: unknown): { errorName: string; frames: string } {
  const stack = thrown instanceof Error && typeof thrown.stack === 'string' ? thrown.stack : '';
  const frames = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .map((line) => line.trim())
    .join(' | ');
  const name = thrown instanceof Error ? thrown.name : typeof thrown;
  // A name is set by code, but a subclass could put data in it: keep it to an identifier.
  return { errorName: /^[A-Za-z_$][\w$]{0,60}$/.test(name) ? name : 'Error', frames };
}

/** The one line printed on stderr for a crash: kind and id, no message. */
export function crashLine(thrown: unknown, id: string, logged = true): string {
  const where = logged ? '; the log has the details under this id' : '';
  return `Unexpected error (${crashFields(thrown).errorName}, id ${id}). Nothing of your data is shown here${where}.\n`;
}

/** Logs a crash (value-free) and answers the line for stderr. */
export function reportCrash(thrown: unknown, log?: Logger, what = 'unexpected error'): string {
  const id = randomBytes(6).toString('hex');
  log?.error(what, { errorId: id, ...crashFields(thrown) });
  return crashLine(thrown, id, log !== undefined);
}

/** Where installCrashGuard reports. */
export interface CrashGuardOptions {
  stderr: { write(text: string): unknown };
  log?: Logger;
  /** Default: process.exit. Called with 2 after an uncaught exception. */
  exit?: (code: number) => void;
}

/**
 * Replaces Node's default crash printing (which shows the message and could show data) for
 * uncaught exceptions and unhandled rejections: a value-free line on stderr, a value-free log
 * line, then exit code 2. Returns a function that removes the handlers.
 */
export function installCrashGuard(options: CrashGuardOptions): () => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const onException = (thrown: unknown) => {
    options.stderr.write(reportCrash(thrown, options.log, 'uncaught exception'));
    exit(2);
  };
  const onRejection = (reason: unknown) => {
    options.stderr.write(reportCrash(reason, options.log, 'unhandled rejection'));
    exit(2);
  };
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.removeListener('uncaughtException', onException);
    process.removeListener('unhandledRejection', onRejection);
  };
}
