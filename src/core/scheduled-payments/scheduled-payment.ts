/**
 * A scheduled payment: an amount the customer (or the organization on its behalf) will pay into
 * an account on a date, e.g. a direct debit run. It is a promise, not money: the ledger sees it
 * only when it is collected and becomes a payment entry (that step reads `listDue` and moves the
 * status on with `transition`). Until then it can be cancelled.
 */
import type { PaymentMethodType } from '../accounts/account.ts';

// RETURNED is final: the bank returned a collected direct debit (`returnReason` says why).
export const SCHEDULED_PAYMENT_STATUSES = ['SCHEDULED', 'DUE', 'COLLECTED', 'FAILED', 'CANCELLED', 'RETURNED'] as const;
export type ScheduledPaymentStatus = (typeof SCHEDULED_PAYMENT_STATUSES)[number];

/** How far ahead a payment can be scheduled. */
export const SCHEDULED_PAYMENT_HORIZON_MONTHS = 60;
/** Bound on open (SCHEDULED) payments per account. */
export const SCHEDULED_PAYMENTS_OPEN_MAX = 100;
export const SCHEDULED_PAYMENT_PAGE_LIMIT_MAX = 100;

export interface ScheduledPayment {
  id: number;
  publicId: string; // spm_…
  organizationId: string;
  accountId: number;
  accountPublicId: string;
  currency: string;
  amountMinor: bigint;
  date: string; // YYYY-MM-DD
  method: PaymentMethodType | null;
  status: ScheduledPaymentStatus;
  paymentEntryId: number | null;
  /** The bank's reason code when a collected direct debit came back (AM04, MD06 …). */
  returnReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export type NewScheduledPayment = Omit<ScheduledPayment, 'id' | 'accountPublicId' | 'currency' | 'returnReason'>;

/** The account a scheduled payment is for, as this part of the core reads it. */
export interface ScheduledPaymentAccount {
  id: number;
  publicId: string;
  currency: string;
  status: string;
  paymentMethodType: PaymentMethodType;
}

export interface ScheduledPaymentPage {
  data: ScheduledPayment[];
  /** Position after the last one of this page: (date, id). */
  next: { date: string; id: number } | null;
}

export interface ScheduledPaymentStore {
  findAccount(organizationId: string, accountPublicId: string): Promise<ScheduledPaymentAccount | undefined>;
  insert(payment: NewScheduledPayment): Promise<ScheduledPayment>;
  findByPublicId(
    organizationId: string,
    publicId: string,
    options?: { forUpdate?: boolean },
  ): Promise<ScheduledPayment | undefined>;
  /** Those of these public ids that exist, in id order (one query for a whole bank statement file). */
  findByPublicIds(
    organizationId: string,
    publicIds: string[],
    options?: { forUpdate?: boolean },
  ): Promise<ScheduledPayment[]>;
  countOpen(organizationId: string, accountId: number): Promise<number>;
  /** An account's scheduled payments by date, then id; `after` is the previous page's position. */
  listByAccount(
    organizationId: string,
    accountId: number,
    options: { limit: number; after?: { date: string; id: number } | undefined },
  ): Promise<ScheduledPaymentPage>;
  /** Moves a payment from one status to another; false when it was no longer in `from`. */
  transition(
    organizationId: string,
    id: number,
    from: ScheduledPaymentStatus,
    to: ScheduledPaymentStatus,
    at: string,
    paymentEntryId?: number,
  ): Promise<boolean>;
  /** COLLECTED → RETURNED with the bank's reason; false when it was no longer COLLECTED. */
  markReturned(organizationId: string, id: number, reason: string, at: string): Promise<boolean>;
  /** SCHEDULED payments dated on or before the date, oldest first: what collection works on. */
  listDue(organizationId: string, date: string, limit: number): Promise<ScheduledPayment[]>;
}
