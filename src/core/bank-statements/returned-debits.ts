/**
 * A debit line that returns a direct debit (camt `RtrInf`, MT940 a return code): the payment Saldo
 * booked for it is found by the end-to-end id — the scheduled payment (`spm_…`) whose collection
 * booked it, or the credit line that matched it — and undone: the payment reversed (its charges
 * reopen), the organization's `returned_debit_fee` charged (on closed accounts too: the customer
 * owes it), the scheduled payment RETURNED with the reason.
 */
import type { Booking } from '../ledger/booking.ts';
import type { BankLine } from './bank-statement.ts';
import type { ScheduledPayment } from '../scheduled-payments/scheduled-payment.ts';
import type { Store } from '../store.ts';
import type { ParsedBankLine } from './statement-file.ts';

/** The payment a returned debit undoes, once found. */
export interface ReturnTarget {
  paymentEntryId: number;
  accountId: number;
  scheduledPayment: ScheduledPayment | null;
}

export const isReturnedDebit = (line: ParsedBankLine): boolean =>
  line.direction === 'DEBIT' && line.returnReasonCode !== null;

/** What the returned debits of one file may undo, read with one query per kind for the whole file. */
export interface ReturnCandidates {
  /** Scheduled payments by public id (locked: their status moves with the return). */
  readonly scheduled: ReadonlyMap<string, ScheduledPayment>;
  /** The latest MATCHED credit line by end-to-end id. */
  readonly credits: ReadonlyMap<string, BankLine>;
}

export async function returnCandidates(
  tx: Store,
  organizationId: string,
  lines: readonly ParsedBankLine[],
): Promise<ReturnCandidates> {
  const endToEndIds = lines
    .filter(isReturnedDebit)
    .flatMap((line) => (line.endToEndId === null ? [] : [line.endToEndId]));
  const scheduled = new Map<string, ScheduledPayment>();
  const quoted = endToEndIds.filter((endToEndId) => endToEndId.startsWith('spm_'));
  for (const payment of await tx.scheduledPayments.findByPublicIds(organizationId, quoted, { forUpdate: true }))
    scheduled.set(payment.publicId, payment);
  return { scheduled, credits: await tx.bankStatements.matchedCreditsByEndToEndIds(organizationId, endToEndIds) };
}

/** The payment this returned debit undoes, or a reason why none is found. */
export function findReturnTarget(
  candidates: ReturnCandidates,
  line: ParsedBankLine,
  taken: Set<number>,
): ReturnTarget | { reason: string } {
  const endToEndId = line.endToEndId;
  if (endToEndId === null)
    return {
      reason: `Returned direct debit (${line.returnReasonCode}) without an end-to-end id: no payment of Saldo's found.`,
    };
  const scheduled = endToEndId.startsWith('spm_') ? candidates.scheduled.get(endToEndId) : undefined;
  let target: ReturnTarget | undefined;
  if (scheduled && scheduled.status === 'COLLECTED' && scheduled.paymentEntryId !== null) {
    target = { paymentEntryId: scheduled.paymentEntryId, accountId: scheduled.accountId, scheduledPayment: scheduled };
  } else {
    const credit = candidates.credits.get(endToEndId);
    if (credit && credit.entryId !== null && credit.accountId !== null)
      target = { paymentEntryId: credit.entryId, accountId: credit.accountId, scheduledPayment: null };
  }
  if (!target || taken.has(target.paymentEntryId)) {
    return {
      reason: `Returned direct debit (${line.returnReasonCode}): no collected payment of Saldo's has the end-to-end id ${endToEndId}.`,
    };
  }
  taken.add(target.paymentEntryId);
  return target;
}

/** The bookings of a return: the payment reversed and, when the organization charges one, the fee. */
export function returnBookings(
  target: ReturnTarget,
  reasonCode: string,
  feeMinor: bigint,
  linePublicId: string,
): Booking[] {
  const bookings: Booking[] = [
    {
      op: 'reverse',
      entry: { by: 'id', id: target.paymentEntryId },
      description: `Direct debit returned (${reasonCode}), bank line ${linePublicId}`,
      releasesBankLine: false,
    },
  ];
  if (feeMinor > 0n) {
    bookings.push({
      op: 'post',
      account: { by: 'id', id: target.accountId },
      type: 'CHARGE',
      kind: 'FEE',
      amountMinor: feeMinor,
      description: `Returned direct debit fee (${reasonCode})`,
      bookOnClosed: true,
    });
  }
  return bookings;
}
