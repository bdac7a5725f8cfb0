import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';

/** Exit codes, documented in the README: 0 all good, 1 some rows rejected/invalid, 2 usage or fatal. */
export const exitCodes = { ok: 0, rowsFailed: 1, fatal: 2 } as const;

/** Where a command writes: machine output on stdout, human progress on stderr. */
export interface CommandIo {
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** Resolves when the user presses Ctrl-C (SIGINT/SIGTERM). */
  interrupted: AbortSignal;
}

/** One CLI subcommand. */
export interface Command {
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Full usage text for `<command> --help`. */
  usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: string[], io: CommandIo): Promise<number>;
}

/**
 * Parses a command's arguments with node:util parseArgs; on a usage error writes the reason and
 * the usage text to stderr and returns undefined (the command then exits with `exitCodes.fatal`).
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, usage: string, io: CommandIo): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config);
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
    return undefined;
  }
}
