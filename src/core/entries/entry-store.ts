/**
 * What the ledger asks of storage: booking entries, allocations, and the few account columns the
 * ledger owns (its maintained figures). Every read filters by organization.
 */
import type { AccountFigures, AccountStatus } from '../accounts/account.ts';
import type { Allocation, Entry, EntryAllocation, EntryType } from './entry.ts';

/** The part of an account the ledger reads and writes. */
export interface LedgerAccount extends AccountFigures {
  id: number;
  publicId: string;
  organizationId: string;
  currency: string;
  status: AccountStatus;
}

export type NewEntry = Omit<Entry, 'id'> & { createdByKeyId: string | null };

export interface NewAllocation {
  organizationId: string;
  accountId: number;
  creditEntryId: number;
  chargeEntryId: number;
  amountMinor: bigint;
  createdAt: string;
}

export interface EntryListFilter {
  limit: number;
  /** Entries with a greater sequence only (the cursor of the previous page). */
  afterSequence?: bigint | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  type?: EntryType | undefined;
  /** Only entries with something open (a charge still owed, a credit not yet allocated). */
  open?: boolean | undefined;
  /** Newest first; `afterSequence` then means "before" it. */
  descending?: boolean | undefined;
}

export interface EntryStore {
  findAccount(organizationId: string, accountPublicId: string): Promise<LedgerAccount | undefined>;
  findAccountById(organizationId: string, accountId: number): Promise<LedgerAccount | undefined>;
  /** The account whose payment reference number is this one (already normalized). */
  findAccountByPaymentReference(organizationId: string, referenceNumber: string): Promise<LedgerAccount | undefined>;
  /**
   * Reads the account holding its row until the transaction ends (PostgreSQL: FOR UPDATE; SQLite
   * has one writer). Figures read this way cannot change under the caller.
   */
  lockAccount(organizationId: string, accountId: number): Promise<LedgerAccount | undefined>;

  insertEntry(entry: NewEntry): Promise<Entry>;
  findEntry(organizationId: string, entryId: number): Promise<Entry | undefined>;
  findEntryByPublicId(organizationId: string, publicId: string): Promise<Entry | undefined>;
  findEntryByExternalId(organizationId: string, accountId: number, externalId: string): Promise<Entry | undefined>;
  /** Adds `deltaMinor` (may be negative) to the entry's open amount. */
  /** Moves an open amount without an allocation (installment plans), kept with its instant for point-in-time reports. */
  adjustOpenAmount(organizationId: string, entryId: number, deltaMinor: bigint, at: string): Promise<void>;
  setReversedBy(organizationId: string, entryId: number, reversedBy: number): Promise<void>;
  /** The account's entries in ledger order, a page at a time. */
  listEntries(organizationId: string, accountId: number, filter: EntryListFilter): Promise<Entry[]>;
  publicIdsOf(organizationId: string, entryIds: number[]): Promise<Map<number, string>>;
  /** Entries by id, in ledger order. */
  entriesByIds(organizationId: string, entryIds: number[]): Promise<Entry[]>;
  /** An account's entries booked in [fromInstant, beforeInstant), in ledger order, at most `limit`. */
  entriesBookedBetween(
    organizationId: string,
    accountId: number,
    fromInstant: string,
    beforeInstant: string,
    limit: number,
  ): Promise<Entry[]>;
  /** The account's last entry (by ledger order) booked before the instant: its figures are the balance then. */
  lastEntryBookedBefore(organizationId: string, accountId: number, beforeInstant: string): Promise<Entry | undefined>;

  insertAllocation(allocation: NewAllocation): Promise<Allocation>;
  /** Allocations not released yet where the entry is the credit or the charge side. */
  liveAllocationsOf(organizationId: string, entryId: number): Promise<Allocation[]>;
  releaseAllocations(organizationId: string, allocationIds: number[], releasedByEntryId: number): Promise<void>;
  /** Every allocation (live and released) touching the entries, with the other side's public id. */
  allocationsOfEntries(organizationId: string, entryIds: number[]): Promise<Map<number, EntryAllocation[]>>;
}
