import type { Command } from '../command';

/** `inspect` subcommand (placeholder until its capability lands). */
export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'inspect (not available yet)',
  usage: 'conversions-uploader inspect',
  async run(_args, io) {
    io.stderr.write('The inspect command is not available yet.\n');
    return 2;
  },
};
