/**
 * Ledger writes of the entries API as write-path commands: each names its bookings and says what
 * the audit trail records; the HTTP dialect adds the reply, because only it knows the JSON its
 * clients read.
 */
import type { AccountRef, Booking, BookingResult, GroupOutcome, PostBooking } from '../ledger/booking.ts';
import { assertBookingFields } from '../ledger/booking-rules.ts';
import type { LedgerCommand } from '../ledger/ledger-writer.ts';
import type { AuditNote } from '../write-pipeline.ts';
import type { EntryType } from './entry.ts';

/** A write-path command without its reply: the dialect supplies that. */
export type BookingCommand<T> = Omit<LedgerCommand<T>, 'reply'>;

export type LedgerWriteResult = BookingResult;

export interface PostEntryInput {
  accountPublicId: string;
  type: EntryType;
  amountMinor: bigint;
  currency?: string | undefined;
  dueDate?: string | undefined;
  description?: string | null | undefined;
  externalId?: string | null | undefined;
}

/** The one booking's result of a single-booking command, or its refusal thrown. */
export function singleResult(outcome: GroupOutcome): BookingResult {
  const [only] = outcome.outcomes;
  if (!only) throw new Error('invariant violated: a single booking without an outcome');
  if (!only.ok) throw only.error;
  return only.result;
}

/** A command of one booking (checked against the caller's today before it is queued). */
export function singleBooking(
  booking: Booking,
  today: string,
  audit: (result: BookingResult) => AuditNote,
): BookingCommand<BookingResult> {
  assertBookingFields(booking, today);
  return { group: { atomic: true, bookings: [booking] }, result: singleResult, audit: (result) => [audit(result)] };
}

export const entryPostedAudit = (result: BookingResult): AuditNote => {
  const { detail, created } = result;
  return {
    action: 'entry.posted',
    resourceType: 'entry',
    resourceId: detail.entry.publicId,
    details: {
      account_id: detail.accountPublicId,
      type: detail.entry.type,
      kind: detail.entry.kind,
      amount: String(detail.entry.amountMinor),
      currency: detail.currency,
      external_id: detail.entry.externalId,
      ...(created ? {} : { existing: true }),
    },
  };
};

export const accountByPublicId = (publicId: string): AccountRef => ({ by: 'publicId', publicId });

export function postEntry(today: string, input: PostEntryInput): BookingCommand<BookingResult> {
  const booking: PostBooking = {
    op: 'post',
    account: accountByPublicId(input.accountPublicId),
    type: input.type,
    kind: input.type,
    amountMinor: input.amountMinor,
    currency: input.currency,
    dueDate: input.dueDate,
    description: input.description,
    externalId: input.externalId,
  };
  return singleBooking(booking, today, entryPostedAudit);
}

export interface ReverseEntryInput {
  entryPublicId: string;
  description?: string | null | undefined;
}

export const entryReversedAudit = ({ detail }: BookingResult): AuditNote => ({
  action: 'entry.reversed',
  resourceType: 'entry',
  resourceId: detail.entry.publicId,
  details: {
    account_id: detail.accountPublicId,
    reversal_of: detail.reversalOfPublicId,
    type: detail.entry.type,
    amount: String(detail.entry.amountMinor),
  },
});

export function reverseEntry(today: string, input: ReverseEntryInput): BookingCommand<BookingResult> {
  return singleBooking(
    { op: 'reverse', entry: { by: 'publicId', publicId: input.entryPublicId }, description: input.description },
    today,
    entryReversedAudit,
  );
}
