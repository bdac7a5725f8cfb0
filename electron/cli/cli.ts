import { accountsCommand } from './commands/accounts-command';
import { inspectCommand } from './commands/inspect-command';
import { sandboxCommand } from './commands/sandbox-command';
import { sendCommand } from './commands/send-command';
import { serveCommand } from './commands/serve-command';
import { validateCommand } from './commands/validate-command';
import type { Command, CommandIo } from './command';
import { exitCodes } from './command';
import { installCrashGuard, reportCrash } from '../app/log/crash-report';
import { version } from '../../package.json';

const commands: Command[] = [serveCommand, sandboxCommand, accountsCommand, inspectCommand, validateCommand, sendCommand];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `Conversions Uploader ${version}: send offline conversions from spreadsheets to Pinterest.`,
    '',
    'Usage: conversions-uploader <command> [options]    (from a checkout: npm run -s cli -- <command>)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options: --help (also after a command), --version',
    'Exit codes: 0 success, 1 some rows were rejected or invalid, 2 usage or fatal error.',
    'The token is read from PINTEREST_TOKEN (or --token-file) and never printed.',
    '',
  ].join('\n');
}

/** Entry point: dispatches to a subcommand and returns the exit code. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name === undefined ? exitCodes.fatal : exitCodes.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version}\n`);
    return exitCodes.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`Unknown command "${name}".\n\n${help()}`);
    return exitCodes.fatal;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return exitCodes.ok;
  }
  return command.run(rest, io);
}

if (require.main === module) {
  installCrashGuard({ stderr: process.stderr });
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, interrupted: controller.signal })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      // An error's message may quote a cell or a token: print its kind and an id, never the message.
      process.stderr.write(reportCrash(error));
      process.exitCode = exitCodes.fatal;
    });
}
