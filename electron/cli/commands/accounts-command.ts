import { emptyListMessage, toAdAccountView } from '../../app/accounts/account-view';
import type { AdAccountView } from '../../app/accounts/account-view';
import { createPinterestClient, defaultApiBaseUrl } from '../../app/pinterest/pinterest-client';
import { staticTokenSource } from '../../app/pinterest/token-source';
import { checkServiceUrl, readCliToken } from '../../app/session/cli-token';
import type { Command } from '../command';
import { exitCodes, parseCommandArgs } from '../command';

const usage = `Usage: conversions-uploader accounts [--json] [--api-base URL] [--token-file FILE]

Lists every Pinterest ad account the token can use (shared accounts included), with your role
and whether it can send conversions. Needs an OAuth access token with ads:read: a conversion
token from Ads Manager can only send events.

Options:
  --json             print one JSON array on stdout instead of a table
  --api-base URL     API base including /v5 (default $PINTEREST_API_BASE or ${defaultApiBaseUrl})
  --token-file FILE  read the token from FILE (must be mode 600) instead of $PINTEREST_TOKEN
  --help             this text

The token is never printed. Exit codes: 0 listed, 2 usage, sign-in or network error.`;

/** Formats the accounts as an aligned text table. */
export function accountsTable(accounts: AdAccountView[]): string {
  const rows = [
    ['ID', 'NAME', 'ROLE', 'COUNTRY', 'CURRENCY', 'CAN SEND'],
    ...accounts.map((a) => [a.id, a.name, a.role ?? '', a.country ?? '', a.currency ?? '', a.canSend ? 'yes' : 'no']),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

/** `accounts` subcommand: every ad account (bookmark paging to the end). */
export const accountsCommand: Command = {
  name: 'accounts',
  summary: 'list the ad accounts your token can use (--json for one JSON array)',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs({ args, strict: true, options: { json: { type: 'boolean' }, 'api-base': { type: 'string' }, 'token-file': { type: 'string' } } }, usage, io);
    if (!parsed) return exitCodes.fatal;
    const { values } = parsed;
    const base = checkServiceUrl(values['api-base'] ?? io.env.PINTEREST_API_BASE ?? defaultApiBaseUrl);
    if (!base.ok) {
      io.stderr.write(`${base.error.message}\n`);
      return exitCodes.fatal;
    }
    const token = await readCliToken(values['token-file'], io.env);
    if (!token.ok) {
      io.stderr.write(`${token.error.message}\n`);
      return exitCodes.fatal;
    }
    io.stderr.write(`Listing ad accounts from ${new URL(base.value).host}...\n`);
    const client = createPinterestClient({ baseUrl: base.value, tokens: staticTokenSource(token.value) });
    const listed = await client.listAdAccounts({ signal: io.interrupted });
    client.close();
    if (!listed.ok) {
      const rid = listed.error.requestId ? ` (Pinterest request id ${listed.error.requestId})` : '';
      io.stderr.write(`${listed.error.message}${rid}\n`);
      return exitCodes.fatal;
    }
    const accounts = listed.value.map(toAdAccountView);
    io.stdout.write(values.json ? `${JSON.stringify(accounts)}\n` : accountsTable(accounts));
    const note = emptyListMessage(accounts);
    io.stderr.write(`${accounts.length} ad account${accounts.length === 1 ? '' : 's'}.${note ? ` ${note}` : ''}\n`);
    return exitCodes.ok;
  },
};
