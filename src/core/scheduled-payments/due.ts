/**
 * Processing scheduled payments when their date comes: SCHEDULED → DUE with an audit event the
 * payment integration reads (`scheduled_payment.due`), then the integration's result: COLLECTED
 * books the payment through the payments module, FAILED leaves the account as it was.
 */
import type { Actor } from '../actor.ts';
import { type Clock, calendarDate } from '../clock.ts';
import { singleResult } from '../entries/commands.ts';
import { bookInTransaction } from '../ledger/book-in-transaction.ts';
import { ledgerContext } from '../ledger/ledger-context.ts';
import { SaldoError, assert } from '../errors.ts';
import { domainEvent } from '../events/domain-event.ts';
import { paymentBooking } from '../payments/commands.ts';
import type { Store } from '../store.ts';
import { type DomainCommand, performInternalWrite } from '../write-pipeline.ts';
import type { ScheduledPayment } from './scheduled-payment.ts';

/** Bound on one batch of due payments (each moves in its own transaction). */
export const DUE_BATCH_SIZE = 100;

export type ScheduledPaymentResult = 'COLLECTED' | 'FAILED';

/** Moves every SCHEDULED payment dated on or before `asOf` to DUE, each a write of the actor's; returns how many moved. */
export async function markScheduledPaymentsDue(
  store: Store,
  clock: Clock,
  actor: Actor,
  asOf: string,
): Promise<number> {
  const organizationId = actor.organizationId;
  let moved = 0;
  for (;;) {
    const due = await store.scheduledPayments.listDue(organizationId, asOf, DUE_BATCH_SIZE);
    if (due.length === 0) return moved;
    let movedInBatch = 0;
    for (const payment of due) {
      const at = clock.now().toISOString();
      const done = await performInternalWrite(store, clock, actor, {
        // False when another process moved it first: nothing happened here, nothing to record.
        execute: (tx) => tx.scheduledPayments.transition(organizationId, payment.id, 'SCHEDULED', 'DUE', at),
        events: (moved) =>
          moved
            ? [domainEvent('scheduled_payment.due', { payment: { ...payment, status: 'DUE', updatedAt: at } })]
            : [],
        audit: (moved) =>
          moved
            ? {
                action: 'scheduled_payment.due',
                resourceType: 'scheduled_payment',
                resourceId: payment.publicId,
                details: {
                  account_id: payment.accountPublicId,
                  amount: payment.amountMinor.toString(),
                  currency: payment.currency,
                  date: payment.date,
                  method: payment.method,
                },
              }
            : null,
      });
      if (done) movedInBatch++;
    }
    moved += movedInBatch;
    // Another process moved them first: what is left is not ours to wait for.
    if (movedInBatch === 0) return moved;
  }
}

export interface ScheduledPaymentOutcome {
  payment: ScheduledPayment;
  paymentEntryPublicId: string | null;
}

export function recordScheduledPaymentResult(
  clock: Clock,
  actor: Actor,
  publicId: string,
  result: ScheduledPaymentResult,
): DomainCommand<ScheduledPaymentOutcome> {
  return {
    async execute(tx) {
      const organizationId = actor.organizationId;
      const payment = await tx.scheduledPayments.findByPublicId(organizationId, publicId, { forUpdate: true });
      if (!payment) throw new SaldoError('scheduled_payment_not_found');
      const organization = await tx.organizations.findById(organizationId);
      assert(organization, 'organization of an actor is gone');
      const today = calendarDate(clock.now(), organization.timeZone);
      // A result may arrive before the daily job marked the payment due, once its date has come.
      const dueNow = payment.status === 'DUE' || (payment.status === 'SCHEDULED' && payment.date <= today);
      if (!dueNow) {
        throw new SaldoError('scheduled_payment_state_invalid', {
          detail: `The scheduled payment is ${payment.status}${payment.status === 'SCHEDULED' ? ` until ${payment.date}` : ''}; only a due payment takes a result.`,
          facts: { status: payment.status },
        });
      }
      const at = clock.now().toISOString();
      let entryId: number | undefined;
      let entryPublicId: string | null = null;
      if (result === 'COLLECTED') {
        const booking = paymentBooking(
          { by: 'publicId', publicId: payment.accountPublicId },
          {
            amountMinor: payment.amountMinor,
            description: `Scheduled payment ${payment.publicId}`,
          },
        );
        const [outcome] = await bookInTransaction(tx, await ledgerContext(tx, clock, organizationId), [
          { actor, group: { atomic: true, bookings: [booking] } },
        ]);
        const booked = singleResult(outcome!);
        entryId = booked.detail.entry.id;
        entryPublicId = booked.detail.entry.publicId;
      }
      const moved = await tx.scheduledPayments.transition(
        organizationId,
        payment.id,
        payment.status,
        result,
        at,
        entryId,
      );
      assert(moved, 'scheduled payment moved under its lock');
      const updated = await tx.scheduledPayments.findByPublicId(organizationId, publicId);
      assert(updated, 'scheduled payment vanished');
      return { payment: updated, paymentEntryPublicId: entryPublicId };
    },
    audit: ({ payment, paymentEntryPublicId }) => ({
      action: payment.status === 'COLLECTED' ? 'scheduled_payment.collected' : 'scheduled_payment.failed',
      resourceType: 'scheduled_payment',
      resourceId: payment.publicId,
      details: {
        account_id: payment.accountPublicId,
        amount: payment.amountMinor.toString(),
        payment_entry_id: paymentEntryPublicId,
      },
    }),
    events: ({ payment, paymentEntryPublicId }) => [
      domainEvent(payment.status === 'COLLECTED' ? 'scheduled_payment.collected' : 'scheduled_payment.failed', {
        payment,
        paymentEntryPublicId,
      }),
    ],
  };
}
