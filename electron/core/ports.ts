// The ports through which the pure core reaches the outside world. Adapters live in
// electron/app (Node) and tests (fakes); core never imports an implementation.

/** SHA-256 of a UTF-8 string as lowercase hex. */
export type Hasher = (text: string) => string;

/** Current time in Unix milliseconds (a port so tests control time). */
export type Clock = () => number;

/** Structured log line. Fields must never hold tokens or raw personal data. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/** A logger that only accepts structured, redaction-safe fields. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger that drops everything (default in pure code and quiet tests). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
