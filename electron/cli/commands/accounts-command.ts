import type { Command } from '../command';

/** `accounts` subcommand (placeholder until its capability lands). */
export const accountsCommand: Command = {
  name: 'accounts',
  summary: 'accounts (not available yet)',
  usage: 'conversions-uploader accounts',
  async run(_args, io) {
    io.stderr.write('The accounts command is not available yet.\n');
    return 2;
  },
};
