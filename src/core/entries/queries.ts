/** Reading the ledger: one entry, an account's entries in ledger order, figures at a point in the ledger. */
import { SaldoError, assert } from '../errors.ts';
import { isEntryPublicId } from '../ids.ts';
import type { Store } from '../store.ts';
import type { LedgerAccount } from './entry-store.ts';
import type { Entry, EntryDetail, EntryType } from './entry.ts';

export const ENTRY_PAGE_LIMIT_MAX = 100;

/** Adds to entries what a reader needs beside them, in three queries however many entries. */
export async function entryDetails(store: Store, account: LedgerAccount, entries: Entry[]): Promise<EntryDetail[]> {
  if (entries.length === 0) return [];
  const linked = entries.flatMap((e) => [e.reversalOf, e.reversedBy]).filter((id): id is number => id !== null);
  const publicIds = await store.entries.publicIdsOf(account.organizationId, linked);
  const allocations = await store.entries.allocationsOfEntries(
    account.organizationId,
    entries.map((e) => e.id),
  );
  return entries.map((entry) => {
    assert(entry.accountId === account.id, 'entry shown with another account');
    return {
      entry,
      accountPublicId: account.publicId,
      currency: account.currency,
      reversalOfPublicId: entry.reversalOf === null ? null : (publicIds.get(entry.reversalOf) ?? null),
      reversedByPublicId: entry.reversedBy === null ? null : (publicIds.get(entry.reversedBy) ?? null),
      allocations: allocations.get(entry.id) ?? [],
    };
  });
}

export async function entryDetail(store: Store, entry: Entry): Promise<EntryDetail> {
  const account = await store.entries.findAccountById(entry.organizationId, entry.accountId);
  assert(account, 'account of an entry is gone');
  const [detail] = await entryDetails(store, account, [entry]);
  return detail!;
}

/** An entry by its `trn_` id, in the organization; another organization's id is not found. */
export async function findEntryByPublicId(store: Store, organizationId: string, publicId: string): Promise<Entry> {
  const entry = isEntryPublicId(publicId)
    ? await store.entries.findEntryByPublicId(organizationId, publicId)
    : undefined;
  if (!entry) throw new SaldoError('entry_not_found');
  return entry;
}

export async function getEntry(store: Store, organizationId: string, publicId: string): Promise<EntryDetail> {
  return entryDetail(store, await findEntryByPublicId(store, organizationId, publicId));
}

export async function findLedgerAccount(
  store: Store,
  organizationId: string,
  accountPublicId: string,
): Promise<LedgerAccount> {
  const account = await store.entries.findAccount(organizationId, accountPublicId);
  if (!account) throw new SaldoError('account_not_found');
  return account;
}

export interface EntryListOptions {
  limit: number;
  /** Entries after this ledger sequence only (the position the previous page ended at). */
  afterSequence?: bigint | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  type?: EntryType | undefined;
  open?: boolean | undefined;
  /** Newest first (the cursor then pages backwards through the ledger). */
  descending?: boolean | undefined;
}

export interface EntryPage {
  data: EntryDetail[];
  /** The last sequence of this page, where the next one starts; null on the last page. */
  nextAfterSequence: bigint | null;
}

/** An account's entries in ledger order (the order their `trn_` ids sort in). */
export async function listEntries(
  store: Store,
  organizationId: string,
  accountPublicId: string,
  options: EntryListOptions,
): Promise<EntryPage> {
  const account = await findLedgerAccount(store, organizationId, accountPublicId);
  const limit = Math.min(Math.max(1, options.limit), ENTRY_PAGE_LIMIT_MAX);
  const rows = await store.entries.listEntries(organizationId, account.id, {
    limit: limit + 1,
    afterSequence: options.afterSequence,
    dueFrom: options.dueFrom,
    dueTo: options.dueTo,
    type: options.type,
    open: options.open,
    descending: options.descending,
  });
  const page = rows.slice(0, limit);
  return {
    data: await entryDetails(store, account, page),
    nextAfterSequence: rows.length > limit ? page[page.length - 1]!.sequence : null,
  };
}
