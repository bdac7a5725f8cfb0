import type { Command } from '../command';

/** `serve` subcommand (placeholder until its capability lands). */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve (not available yet)',
  usage: 'conversions-uploader serve',
  async run(_args, io) {
    io.stderr.write('The serve command is not available yet.\n');
    return 2;
  },
};
