import type { Command } from '../command';

/** `sandbox` subcommand (placeholder until its capability lands). */
export const sandboxCommand: Command = {
  name: 'sandbox',
  summary: 'sandbox (not available yet)',
  usage: 'conversions-uploader sandbox',
  async run(_args, io) {
    io.stderr.write('The sandbox command is not available yet.\n');
    return 2;
  },
};
