/**
 * What the write path asks of storage: set-based reads and writes of one batch of bookings, each a
 * single statement whatever the number of rows (src/storage/stores/ledger.ts). Every call runs in
 * the caller's transaction and filters by organization.
 */
import type { AccountFigures, AccountStatus } from '../accounts/account.ts';
import type { LedgerAccount } from '../entries/entry-store.ts';
import type { Entry, EntryKind, EntryType } from '../entries/entry.ts';

/** Which side of an account's open items: charges still owed, or credits still unallocated. */
export type OpenSideName = 'CHARGE' | 'CREDIT';

/** Where an open item sorts: charges by due date then id, credits by ledger sequence. */
export type OpenItemKey = { dueDate: string; id: number } | { sequence: bigint };

/**
 * What settling needs of an entry: where it sorts and what is open of it. Not an OpenItem
 * (entries/entry.ts): it also stands for both sides of an allocation, which may have nothing open
 * any more, and the write path reads only these columns (a hot path).
 */
export type SettlingEntry = Pick<
  Entry,
  'id' | 'publicId' | 'accountId' | 'type' | 'dueDate' | 'sequence' | 'openMinor'
>;

/** An allocation with what settling and reversing need of both its sides. */
export interface AllocationRow {
  id: number;
  accountId: number;
  amountMinor: bigint;
  createdAt: string;
  credit: SettlingEntry;
  charge: SettlingEntry;
  releasedByEntryId: number | null;
  releasedByPublicId: string | null;
}

/** A locked account with what resolving a payment reference needs. */
export interface LockedAccount extends LedgerAccount {
  paymentReferenceNumber: string | null;
}

export interface AccountsToLock {
  ids: number[];
  publicIds: string[];
  paymentReferences: string[];
}

export interface NewEntryRow {
  publicId: string;
  accountId: number;
  sequence: bigint;
  type: EntryType;
  kind: EntryKind;
  amountMinor: bigint;
  openMinor: bigint;
  dueDate: string;
  valueDate: string | null;
  description: string | null;
  externalId: string | null;
  reversalOf: number | null;
  installmentOfPlanId: number | null;
  balanceAfterMinor: bigint;
  chargedAfterMinor: bigint;
  creditedAfterMinor: bigint;
  bookedAt: string;
  createdByKeyId: string | null;
}

/** An entry of the pass's writes: stored (by id) or one of the new entries (by its sequence). */
export type EntryKey = { id: number } | { sequence: bigint };

export interface NewAllocationRow {
  accountId: number;
  credit: EntryKey;
  charge: EntryKey;
  amountMinor: bigint;
  createdAt: string;
  /** Released in the same batch by one of its new reversals. */
  releasedBy: { sequence: bigint } | null;
}

/** A stored entry the pass changed: its open amount, and the new reversal that reversed it. */
export interface StoredEntryChange {
  id: number;
  openMinor: bigint | null;
  reversedBy: { sequence: bigint } | null;
}

/** Everything a pass writes, in one call: the storage decides how many statements it takes. */
export interface PassWrites {
  /** In sequence order. */
  entries: NewEntryRow[];
  allocations: NewAllocationRow[];
  storedEntries: StoredEntryChange[];
  /** Stored allocations released by one of the new reversals. */
  releasedAllocations: Array<{ id: number; releasedBy: { sequence: bigint } }>;
  accounts: AccountFiguresRow[];
  /** The ledger's last sequence, when the pass booked anything. */
  lastSequence: bigint | null;
}

export interface AccountFiguresRow extends AccountFigures {
  id: number;
  /** Written only when it changed (an automatically closed account that owes again). */
  status: AccountStatus;
  statusChanged: boolean;
  updatedAt: string;
}

export interface LedgerStore {
  /**
   * Takes the organization's ledger row for the rest of the transaction (PostgreSQL: FOR UPDATE;
   * SQLite has one writer) and answers the last sequence handed out. Every booking transaction
   * takes it first, so bookings of one organization commit in sequence order, across processes.
   */
  lockLedger(organizationId: string): Promise<bigint>;
  /** The accounts named by id, public id or payment reference, locked in id order (the one lock order). */
  lockAccounts(organizationId: string, accounts: AccountsToLock): Promise<LockedAccount[]>;
  findEntries(organizationId: string, keys: { ids: number[]; publicIds: string[] }): Promise<Entry[]>;
  findEntriesByExternalId(
    organizationId: string,
    keys: Array<{ accountId: number; externalId: string }>,
  ): Promise<Entry[]>;
  /** Allocations touching the entries (only those not released, with `liveOnly`). */
  allocationsOf(organizationId: string, entryIds: number[], options: { liveOnly: boolean }): Promise<AllocationRow[]>;
  /**
   * The first `limit` open items of each account's side after `after` (from the start when null),
   * in settling order. One statement for all the accounts.
   */
  openItems(
    organizationId: string,
    side: OpenSideName,
    pages: Array<{ accountId: number; after: OpenItemKey | null }>,
    limit: number,
  ): Promise<SettlingEntry[]>;

  /**
   * Writes a pass whole and answers the new entries' ids in their order. SQLite runs a statement
   * per table (no round trips to save); PostgreSQL runs one statement of data-modifying parts.
   */
  writePass(organizationId: string, writes: PassWrites): Promise<number[]>;
}
