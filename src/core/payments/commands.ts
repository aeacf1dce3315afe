/**
 * Payments: a credit of kind PAYMENT that settles open charges oldest due date first; what is
 * left stays unallocated on the account. A payment arrives for an account, or for the
 * organization with a payment reference that names the account.
 */
import { type BookingCommand, accountByPublicId, singleBooking } from '../entries/commands.ts';
import type { AccountRef, BookingResult, PostBooking } from '../ledger/booking.ts';
import type { AuditNote } from '../write-pipeline.ts';

export const PAYMENT_REFERENCE_MAX_LENGTH = 64;

export interface PaymentInput {
  amountMinor: bigint;
  currency?: string | undefined;
  dueDate?: string | undefined;
  /** The day the customer paid: not after today; the booking day by default. */
  valueDate?: string | undefined;
  description?: string | null | undefined;
  externalId?: string | null | undefined;
}

/** The booking of a payment on an account, however it is named (scheduled payments and bank lines book this too). */
export function paymentBooking(account: AccountRef, input: PaymentInput): PostBooking {
  return {
    op: 'post',
    account,
    type: 'CREDIT',
    kind: 'PAYMENT',
    amountMinor: input.amountMinor,
    currency: input.currency,
    dueDate: input.dueDate,
    valueDate: input.valueDate,
    description: input.description,
    externalId: input.externalId,
  };
}

export const paymentAudit =
  (reference?: string) =>
  ({ detail }: BookingResult): AuditNote => ({
    action: 'payment.recorded',
    resourceType: 'entry',
    resourceId: detail.entry.publicId,
    details: {
      account_id: detail.accountPublicId,
      amount: String(detail.entry.amountMinor),
      currency: detail.currency,
      unallocated: String(detail.entry.openMinor),
      ...(detail.entry.valueDate === null ? {} : { value_date: detail.entry.valueDate }),
      ...(reference === undefined ? {} : { reference }),
    },
  });

export function recordPayment(
  today: string,
  input: PaymentInput & { accountPublicId: string },
): BookingCommand<BookingResult> {
  return singleBooking(paymentBooking(accountByPublicId(input.accountPublicId), input), today, paymentAudit());
}

/** Spaces are for reading only (`RF18 5390 0754 7034`): dropped, letters upper-cased, as references are stored. */
export function normalizePaymentReference(reference: string): string {
  return reference.replace(/\s+/g, '').toUpperCase();
}

export function recordPaymentByReference(
  today: string,
  input: PaymentInput & { reference: string },
): BookingCommand<BookingResult> {
  const reference = normalizePaymentReference(input.reference);
  return singleBooking(paymentBooking({ by: 'paymentReference', reference }, input), today, paymentAudit(reference));
}
