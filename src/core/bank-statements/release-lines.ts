/**
 * A payment a bank line booked, reversed through the entries API (or any reversal that does not
 * say otherwise): the money is no longer on an account, so the line goes back to the unmatched
 * queue, to be matched again or ignored.
 */
import { type DomainEvent, domainEvent } from '../events/domain-event.ts';
import type { Store } from '../store.ts';

export const REVERSED_PAYMENT_REASON = 'Its payment was reversed.';

/** Moves the MATCHED lines of these (now reversed) payments to UNMATCHED; answers their events. */
export async function releaseLinesOfReversedPayments(
  tx: Store,
  organizationId: string,
  paymentEntryIds: number[],
  at: string,
): Promise<DomainEvent[]> {
  if (paymentEntryIds.length === 0) return [];
  const lines = await tx.bankStatements.matchedLinesOfEntries(organizationId, paymentEntryIds);
  const events: DomainEvent[] = [];
  for (const line of lines) {
    await tx.bankStatements.updateLine(
      organizationId,
      line.id,
      { status: 'UNMATCHED', match: null, reason: REVERSED_PAYMENT_REASON, accountId: null, entryId: null },
      at,
    );
    events.push(
      domainEvent('bank_line.unmatched', {
        line: {
          ...line,
          status: 'UNMATCHED',
          match: null,
          reason: REVERSED_PAYMENT_REASON,
          accountId: null,
          accountPublicId: null,
          entryId: null,
          entryPublicId: null,
          updatedAt: at,
        },
        cause: 'PAYMENT_REVERSED',
        paymentEntryPublicId: line.entryPublicId,
      }),
    );
  }
  return events;
}
