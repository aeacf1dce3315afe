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

/** What settling needs of an entry with something open. */
export interface OpenItemRow {
  id: number;
  publicId: string;
  accountId: number;
  type: EntryType;
  dueDate: string;
  sequence: bigint;
  openMinor: bigint;
}

/** An allocation with what settling and reversing need of both its sides. */
export interface AllocationRow {
  id: number;
  accountId: number;
  amountMinor: bigint;
  createdAt: string;
  credit: OpenItemRow;
  charge: OpenItemRow;
  releasedByEntryId: number | null;
  releasedByPublicId: string | null;
}

/** A locked account with what resolving a payment reference needs. */
export interface LockedAccount extends LedgerAccount {
  paymentReferenceNumber: string | null;
}

export interface AccountsToLock {
  ids: number[];
  uuids: string[];
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

export interface NewAllocationRow {
  accountId: number;
  creditEntryId: number;
  chargeEntryId: number;
  amountMinor: bigint;
  createdAt: string;
  releasedByEntryId: number | null;
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
  setLedgerSequence(organizationId: string, sequence: bigint): Promise<void>;
  /** The accounts named by id, uuid or payment reference, locked in id order (the one lock order). */
  lockAccounts(organizationId: string, accounts: AccountsToLock): Promise<LockedAccount[]>;
  findEntries(organizationId: string, keys: { ids: number[]; publicIds: string[] }): Promise<Entry[]>;
  findEntriesByExternalId(organizationId: string, keys: Array<{ accountId: number; externalId: string }>): Promise<Entry[]>;
  /** Allocations touching the entries (only those not released, with `liveOnly`). */
  allocationsOf(organizationId: string, entryIds: number[], options: { liveOnly: boolean }): Promise<AllocationRow[]>;
  /**
   * The first `limit` open items of each account's side after `after` (from the start when null),
   * in settling order. One statement for all the accounts.
   */
  openItems(organizationId: string, side: OpenSideName, pages: Array<{ accountId: number; after: OpenItemKey | null }>, limit: number): Promise<OpenItemRow[]>;

  /** Inserts the entries in the given order; answers their ids in that order. */
  insertEntries(organizationId: string, rows: NewEntryRow[]): Promise<number[]>;
  /** Answers the new allocations' ids in the given order. */
  insertAllocations(organizationId: string, rows: NewAllocationRow[]): Promise<number[]>;
  setOpenAmounts(organizationId: string, rows: Array<{ id: number; openMinor: bigint }>): Promise<void>;
  setReversedBy(organizationId: string, rows: Array<{ id: number; reversedBy: number }>): Promise<void>;
  releaseAllocations(organizationId: string, rows: Array<{ id: number; releasedByEntryId: number }>): Promise<void>;
  setAccountFigures(organizationId: string, rows: AccountFiguresRow[]): Promise<void>;
}
