import type { z } from 'zod';
import type { adAccountViewSchema } from '../../../electron/shared/views';

/** An ad account as the picker shows it. */
export type AdAccountView = z.infer<typeof adAccountViewSchema>;

/** Accounts matching what the user typed: every word must appear in name, id, country, currency or role. */
export function filterAccounts(accounts: readonly AdAccountView[], query: string): AdAccountView[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...accounts];
  return accounts.filter((a) => {
    const haystack = [a.name, a.id, a.country, a.currency, a.role, a.owner].filter(Boolean).join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** The account to preselect: the last choice if it can still send, else the only one that can. */
export function preselect(accounts: readonly AdAccountView[], lastChosenId: string | undefined): string | null {
  const last = accounts.find((a) => a.id === lastChosenId && a.canSend);
  if (last) return last.id;
  const sendable = accounts.filter((a) => a.canSend);
  return sendable.length === 1 && sendable[0] ? sendable[0].id : null;
}

/** One line describing an account beyond its name. */
export function accountDetails(a: AdAccountView): string {
  return [`id ${a.id}`, a.country, a.currency, a.role].filter(Boolean).join(' · ');
}
