// GET /v5/ad_accounts (bookmark paging) and GET /v5/ad_accounts/{id}, OAuth scope ads:read.
import { sandboxUser } from './ad-accounts';
import type { AdAccount } from './ad-accounts';
import { authenticate, tokenSeesAccount } from './auth';
import { validateAdAccountId } from './event-schema';
import type { SandboxRequest, SandboxResponse } from './http-io';
import { json } from './http-io';
import { pinterestErrors } from './pinterest-errors';
import { pyRepr } from './py-repr';
import type { SandboxContext } from './sandbox-context';

const bookmarkPrefix = 'sbx1:';

/** Opaque bookmark for the page starting at `offset`. */
export function encodeBookmark(offset: number): string {
  return Buffer.from(`${bookmarkPrefix}${offset}`).toString('base64url');
}

/** Offset of a bookmark, or undefined when it is not one of ours. */
export function decodeBookmark(bookmark: string): number | undefined {
  const text = Buffer.from(bookmark, 'base64url').toString('utf8');
  if (!text.startsWith(bookmarkPrefix)) return undefined;
  const offset = Number(text.slice(bookmarkPrefix.length));
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : undefined;
}

function parsePageSize(raw: string | null): number | string {
  if (raw === null) return 25;
  if (!/^-?\d+$/.test(raw)) return `${pyRepr(raw)} is not of type 'integer'`;
  const size = Number(raw);
  if (size < 1) return `${size} is less than the minimum of 1`;
  if (size > 250) return `${size} is greater than the maximum of 250`;
  return size;
}

function parseBoolean(raw: string | null, fallback: boolean): boolean | string {
  if (raw === null) return fallback;
  if (/^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
  return `${pyRepr(raw)} is not of type 'boolean'`;
}

/** GET /v5/ad_accounts?bookmark=&page_size=&include_shared_accounts= */
export function listAdAccounts(req: SandboxRequest, ctx: SandboxContext): SandboxResponse {
  const auth = authenticate(req, ctx, { scope: 'ads:read', conversionToken: false });
  if (!auth.ok) return auth.response;
  const pageSize = parsePageSize(req.query.get('page_size'));
  if (typeof pageSize === 'string') return json(400, pinterestErrors.invalidParameter(pageSize));
  const shared = parseBoolean(req.query.get('include_shared_accounts'), true);
  if (typeof shared === 'string') return json(400, pinterestErrors.invalidParameter(shared));
  const bookmark = req.query.get('bookmark');
  const offset = bookmark ? decodeBookmark(bookmark) : 0;
  if (offset === undefined) return json(400, pinterestErrors.invalidParameter(`${pyRepr(bookmark)} is not a valid bookmark`));
  const visible = ctx.config.accounts.filter(
    (a: AdAccount) => ctx.tokens.allows(auth.token.token, a.id) && (shared || a.owner.id === sandboxUser.id),
  );
  const items = visible.slice(offset, offset + pageSize);
  const next = offset + pageSize < visible.length ? encodeBookmark(offset + pageSize) : null;
  return json(200, { items, bookmark: next });
}

/** GET /v5/ad_accounts/{id} */
export function getAdAccount(req: SandboxRequest, ctx: SandboxContext, adAccountId: string): SandboxResponse {
  const auth = authenticate(req, ctx, { scope: 'ads:read', conversionToken: false });
  if (!auth.ok) return auth.response;
  const idError = validateAdAccountId(adAccountId);
  if (idError) return json(400, pinterestErrors.invalidParameter(idError));
  const account = ctx.account(adAccountId);
  if (!account) return json(404, pinterestErrors.adAccountNotFound);
  if (!tokenSeesAccount(ctx, auth.token, adAccountId)) return json(403, pinterestErrors.notPermitted);
  return json(200, account);
}
