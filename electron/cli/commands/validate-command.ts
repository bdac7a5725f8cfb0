import type { Command } from '../command';

/** `validate` subcommand (placeholder until its capability lands). */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'validate (not available yet)',
  usage: 'conversions-uploader validate',
  async run(_args, io) {
    io.stderr.write('The validate command is not available yet.\n');
    return 2;
  },
};
