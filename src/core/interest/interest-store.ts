/** What the interest pass of a dunning run asks of storage (src/storage/stores/interest.ts). */

/** An account a run may charge interest on. */
export interface InterestAccount {
  id: number;
  template: string | null;
}

/** A charge that may accrue interest, with what of it is already covered. */
export interface InterestCharge {
  entryId: number;
  accountId: number;
  dueDate: string;
  amountMinor: bigint;
  openMinor: bigint;
  /** The greatest day already charged on it, or null. */
  chargedThrough: string | null;
}

/** An allocation that settled part of a charge (released ones are left out: that money never stayed). */
export interface InterestSettlement {
  chargeEntryId: number;
  amountMinor: bigint;
  /** The paying credit's value date, when it has one. */
  valueDate: string | null;
  /** When the allocation was booked (ISO instant). */
  bookedAt: string;
}

export interface NewInterestCoverage {
  organizationId: string;
  accountId: number;
  chargeEntryId: number;
  firstDay: string;
  lastDay: string;
  interestEntryId: number;
  asOf: string;
  runId: number | null;
  createdAt: string;
}

export interface InterestStore {
  /** Whether any account template of the organization has a policy of its own that charges interest. */
  anyTemplateWithInterest(organizationId: string): Promise<boolean>;
  /** A page of the organization's accounts that may owe interest (not exempt from dunning), by id. */
  listAccounts(organizationId: string, afterId: number, limit: number): Promise<InterestAccount[]>;
  /**
   * The charges of these accounts that bear interest (not fees, interest, refunds or reversals;
   * not reversed; not moved into an installment plan), due on or before `dueOnOrBefore`, that are
   * open or were settled after their due date.
   */
  chargesOf(organizationId: string, accountIds: number[], dueOnOrBefore: string): Promise<InterestCharge[]>;
  settlementsOf(organizationId: string, chargeEntryIds: number[]): Promise<InterestSettlement[]>;
  /** Each account's latest run day that booked interest. */
  lastBookedOn(organizationId: string, accountIds: number[]): Promise<Map<number, string>>;
  recordCoverage(rows: NewInterestCoverage[]): Promise<void>;
}
