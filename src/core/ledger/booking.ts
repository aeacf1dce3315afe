/**
 * What the ledger is asked to book, and what it answers. Every money movement — a single charge or
 * payment, a batch item, a dunning fee, interest, a write-off, a refund, a collected scheduled
 * payment, a bank line's payment, a reversal — is a `Booking` given to the one write path
 * (`book-in-transaction.ts`, gathered per organization by `ledger-writer.ts`).
 */
import type { LedgerAccount } from '../entries/entry-store.ts';
import type { EntryDetail, EntryKind, EntryType } from '../entries/entry.ts';
import type { SaldoError } from '../errors.ts';

/** How a booking names its account. */
export type AccountRef =
  | { by: 'publicId'; publicId: string }
  | { by: 'id'; id: number }
  /** A payment reference, already normalized (spaces dropped, upper case). */
  | { by: 'paymentReference'; reference: string };

/** How a reversal names the entry it reverses. */
export type EntryRef = { by: 'publicId'; publicId: string } | { by: 'id'; id: number };

/** A new entry on an account: a charge or a credit of some kind, settled at once. */
export interface PostBooking {
  op: 'post';
  account: AccountRef;
  type: EntryType;
  kind: EntryKind;
  /** Positive minor units; null only for a write-off of the whole open amount. */
  amountMinor: bigint | null;
  /** When given, must equal the account's currency. */
  currency?: string | undefined;
  /** YYYY-MM-DD; today in the organization's time zone by default. */
  dueDate?: string | undefined;
  /** The day the customer paid (credits of kind PAYMENT): not after today. */
  valueDate?: string | undefined;
  description?: string | null | undefined;
  /** The client's own id for the entry, unique per account: the same content again answers the first. */
  externalId?: string | null | undefined;
  /** Fees, interest and returned-debit charges land on closed accounts too (they still owe). */
  bookOnClosed?: boolean | undefined;
  /** Set on the installments of a plan. */
  installmentOfPlanId?: number | null | undefined;
}

/** The opposite of an entry (kind REVERSAL): its allocations released, what that frees settled again. */
export interface ReversalBooking {
  op: 'reverse';
  entry: EntryRef;
  description?: string | null | undefined;
  /** When given, the entry must be on this account (a route under an account). */
  accountId?: number | undefined;
  /**
   * A payment a bank line booked goes back to the unmatched queue when it is reversed (default);
   * false where the caller decides the line's fate itself (an unmatch, a returned debit).
   */
  releasesBankLine?: boolean | undefined;
}

export type Booking = PostBooking | ReversalBooking;

/** A booking that went through: the entry as the single call shows it, right after its own booking. */
export interface BookingResult {
  detail: EntryDetail;
  /** The account as this booking left it. */
  account: LedgerAccount;
  /** False when an equal entry with the same external id existed (nothing was booked). */
  created: boolean;
}

export type BookingOutcome = { ok: true; result: BookingResult } | { ok: false; error: SaldoError };

/**
 * Bookings that go together. `atomic`: all or nothing — one refusal and none is booked, and every
 * refused booking says why. Otherwise each stands alone: a refused one books nothing of itself and
 * never fails the others.
 */
export interface BookingGroup {
  bookings: Booking[];
  atomic: boolean;
}

export interface GroupOutcome {
  outcomes: BookingOutcome[];
  /** True when an atomic group was refused as a whole (then no outcome is ok). */
  refused: boolean;
}

export const isPost = (booking: Booking): booking is PostBooking => booking.op === 'post';
