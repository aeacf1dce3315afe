/**
 * Closing out what will not be paid and paying back what is owed to the customer: a write-off is a
 * credit (kind WRITE_OFF) that settles the oldest open charges like a payment, at most what is open;
 * a refund is a charge (kind REFUND) settled at once from unallocated credit, at most that credit.
 * Both go through the one write path; its ledger pass enforces the bounds against the locked
 * account, so two concurrent write-offs can never together exceed what was open.
 */
import { type BookingCommand, accountByPublicId, entryPostedAudit, singleBooking } from '../entries/commands.ts';
import type { BookingResult, PostBooking } from '../ledger/booking.ts';
import type { AuditNote } from '../write-pipeline.ts';

export const WRITE_OFF_REASON_MAX_LENGTH = 500;

export interface WriteOffInput {
  accountPublicId: string;
  /** Minor units; null writes off the whole open amount. */
  amountMinor: bigint | null;
  /** Why the debt is given up: kept as the entry's description and in the audit trail. */
  reason: string;
}

export interface RefundInput {
  accountPublicId: string;
  amountMinor: bigint;
  description?: string | null | undefined;
}

const auditWith =
  (action: string, extra: Record<string, unknown>) =>
  (result: BookingResult): AuditNote => {
    const note = entryPostedAudit(result);
    return { ...note, action, details: { ...note.details, ...extra } };
  };

export function writeOff(today: string, input: WriteOffInput): BookingCommand<BookingResult> {
  const booking: PostBooking = {
    op: 'post',
    account: accountByPublicId(input.accountPublicId),
    type: 'CREDIT',
    kind: 'WRITE_OFF',
    amountMinor: input.amountMinor,
    description: input.reason,
  };
  return singleBooking(booking, today, auditWith('entry.written_off', { reason: input.reason }));
}

export function refund(today: string, input: RefundInput): BookingCommand<BookingResult> {
  const booking: PostBooking = {
    op: 'post',
    account: accountByPublicId(input.accountPublicId),
    type: 'CHARGE',
    kind: 'REFUND',
    amountMinor: input.amountMinor,
    description: input.description,
  };
  return singleBooking(booking, today, auditWith('entry.refunded', {}));
}
