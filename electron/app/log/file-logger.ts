import { closeSync, existsSync, fstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock, LogFields, Logger } from '../../core/ports';
import type { LogLevel } from '../config';
import { logLevels } from '../config';
import { ensurePrivateDir } from '../config';
import { redactFields, redactText } from './redact';

/** Options of the file logger. */
export interface FileLoggerOptions {
  /** Folder of the log files (created with mode 0700), usually `<dataDir>/logs`. */
  dir: string;
  level: LogLevel;
  /** Rotate when the current file would grow past this many bytes. */
  maxBytes?: number;
  /** Rotated files kept besides the current one (app.1.log ... app.N.log). */
  maxFiles?: number;
  clock?: Clock;
  /** Base name of the files (default `app`). */
  name?: string;
}

/** A Logger that writes JSON lines to disk; close() releases the file. */
export interface FileLogger extends Logger {
  /** Path of the current log file. */
  readonly path: string;
  close(): void;
}

/**
 * JSON-lines logger with size-based rotation and redaction of every message and field.
 * Writes are synchronous so the last lines before a crash are on disk; a failing disk never
 * breaks the caller (logging is best effort).
 */
export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const file = createRotatingFile(ensurePrivateDir(options.dir), options.name ?? 'app', options.maxBytes ?? 5 * 1024 * 1024, options.maxFiles ?? 3);
  const clock = options.clock ?? Date.now;
  const minLevel = logLevels.indexOf(options.level);
  const write = (level: LogLevel, message: string, fields?: LogFields) => {
    if (logLevels.indexOf(level) < minLevel) return;
    const extra = fields ? redactFields(fields) : {};
    for (const reserved of ['t', 'level', 'msg']) delete extra[reserved];
    const record = { t: new Date(clock()).toISOString(), level, msg: redactText(message), ...extra };
    file.append(Buffer.from(`${JSON.stringify(record)}\n`, 'utf8'));
  };
  return {
    path: file.path,
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    close: () => file.close(),
  };
}

/** An append-only file that rotates to name.1.log ... name.N.log past `maxBytes`. */
function createRotatingFile(dir: string, name: string, maxBytes: number, maxFiles: number) {
  const path = join(dir, `${name}.log`);
  const rotated = (n: number) => join(dir, `${name}.${n}.log`);
  let fd: number | undefined = openSync(path, 'a', 0o600);
  let size = fstatSync(fd).size;
  const rotate = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    rmSync(rotated(maxFiles), { force: true });
    for (let n = maxFiles - 1; n >= 1; n--) if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
    if (maxFiles > 0) renameSync(path, rotated(1));
    else rmSync(path, { force: true });
    fd = openSync(path, 'a', 0o600);
    size = 0;
  };
  return {
    path,
    append(line: Buffer) {
      if (fd === undefined) return;
      try {
        if (size > 0 && size + line.length > maxBytes) rotate();
        if (fd === undefined) return;
        writeSync(fd, line);
        size += line.length;
      } catch {
        // Best effort: a full or read-only disk must not turn a log call into a crash.
      }
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

/** Wraps any Logger so that what reaches it is redacted (for stderr or test loggers). */
export function redactingLogger(inner: Logger): Logger {
  const wrap = (fn: Logger['info']) => (message: string, fields?: LogFields) =>
    fn(redactText(message), fields ? redactFields(fields) : undefined);
  return { debug: wrap(inner.debug), info: wrap(inner.info), warn: wrap(inner.warn), error: wrap(inner.error) };
}
