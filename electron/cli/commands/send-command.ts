import type { Command } from '../command';

/** `send` subcommand (placeholder until its capability lands). */
export const sendCommand: Command = {
  name: 'send',
  summary: 'send (not available yet)',
  usage: 'conversions-uploader send',
  async run(_args, io) {
    io.stderr.write('The send command is not available yet.\n');
    return 2;
  },
};
