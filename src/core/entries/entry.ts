/**
 * A booking entry: one immutable line of the ledger. A charge (the customer owes) or a credit
 * (payment, credit note, refund). A correction is a reversal: a new entry of the same type with
 * the opposite sign, so that the type's total nets out; the original stays.
 */
export const ENTRY_TYPES = ['CHARGE', 'CREDIT'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** Why the entry exists; the type alone decides how it counts. */
export type EntryKind =
  | 'CHARGE'
  | 'CREDIT'
  | 'PAYMENT'
  | 'REVERSAL'
  | 'FEE'
  | 'INTEREST'
  | 'WRITE_OFF'
  | 'REFUND'
  | 'INSTALLMENT'
  | 'INSTALLMENT_TRANSFER';

export interface Entry {
  id: number; // numeric id (v1 `id`)
  publicId: string; // trn_…, sorts in ledger order
  organizationId: string;
  accountId: number;
  sequence: bigint; // the organization's ledger order (commit order)
  type: EntryType;
  kind: EntryKind;
  amountMinor: bigint; // signed: negative only on reversals
  /** Charge: what is still owed of it. Credit: what is still unallocated of it. */
  openMinor: bigint;
  dueDate: string; // YYYY-MM-DD
  /** The day the customer paid (payments); null when the booking day is the day. */
  valueDate: string | null;
  description: string | null;
  externalId: string | null;
  reversalOf: number | null;
  reversedBy: number | null;
  installmentPlanId: number | null;
  installmentOfPlanId: number | null;
  balanceAfterMinor: bigint;
  chargedAfterMinor: bigint;
  creditedAfterMinor: bigint;
  bookedAt: string;
}

/**
 * An open item: an entry with something open (here, a charge still owed), with what a reader of
 * it needs — the debt-collection export lists them per account.
 */
export type OpenItem = Pick<
  Entry,
  'id' | 'publicId' | 'kind' | 'amountMinor' | 'openMinor' | 'dueDate' | 'description'
>;

export interface Allocation {
  id: number;
  creditEntryId: number;
  chargeEntryId: number;
  amountMinor: bigint;
  createdAt: string;
  releasedByEntryId: number | null;
}

export const ENTRY_DESCRIPTION_MAX_LENGTH = 500;
export const ENTRY_EXTERNAL_ID_MAX_LENGTH = 200;

/** An allocation as seen from one entry: the other side of it, by public id. */
export interface EntryAllocation {
  allocation: Allocation;
  /** The charge a credit settles, or the credit that settles a charge. */
  counterpartEntryId: number;
  counterpartPublicId: string;
  releasedByPublicId: string | null;
}

/**
 * An entry with what a reader needs beside it: its account's public id and currency, linked public
 * ids, allocations.
 */
export interface EntryDetail {
  entry: Entry;
  accountPublicId: string;
  currency: string;
  reversalOfPublicId: string | null;
  reversedByPublicId: string | null;
  allocations: EntryAllocation[];
}
