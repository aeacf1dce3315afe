/** Scheduling and cancelling payments; each runs inside performWrite. */
import { type PaymentMethodType, isClosedStatus } from '../accounts/account.ts';
import { type Clock, addMonths, calendarDate, isCalendarDate } from '../clock.ts';
import { SaldoError } from '../errors.ts';
import { domainEvent } from '../events/domain-event.ts';
import { newPublicId } from '../ids.ts';
import { assertAmount } from '../money.ts';
import type { DomainCommand } from '../write-pipeline.ts';
import {
  SCHEDULED_PAYMENTS_OPEN_MAX,
  SCHEDULED_PAYMENT_HORIZON_MONTHS,
  type ScheduledPayment,
} from './scheduled-payment.ts';

export interface SchedulePaymentInput {
  amountMinor: bigint;
  date: string;
  method?: PaymentMethodType | undefined;
}

export interface ScheduledPaymentContext {
  organizationId: string;
  timeZone: string;
}

export function schedulePayment(
  clock: Clock,
  context: ScheduledPaymentContext,
  accountPublicId: string,
  input: SchedulePaymentInput,
): DomainCommand<ScheduledPayment> {
  return {
    async execute(tx) {
      const amountMinor = assertAmount(input.amountMinor);
      const now = clock.now();
      const today = calendarDate(now, context.timeZone);
      if (!isCalendarDate(input.date)) {
        throw new SaldoError('validation_failed', {
          detail: `'${input.date}' is not a calendar date (YYYY-MM-DD).`,
          field: 'date',
        });
      }
      const horizon = addMonths(today, SCHEDULED_PAYMENT_HORIZON_MONTHS);
      if (input.date < today || input.date > horizon) {
        throw new SaldoError('validation_failed', {
          detail: `The date must be from today (${today}) to ${horizon}.`,
          field: 'date',
        });
      }
      const account = await tx.scheduledPayments.findAccount(context.organizationId, accountPublicId);
      if (!account) throw new SaldoError('account_not_found');
      if (isClosedStatus(account.status)) throw new SaldoError('account_closed');
      if ((await tx.scheduledPayments.countOpen(context.organizationId, account.id)) >= SCHEDULED_PAYMENTS_OPEN_MAX) {
        throw new SaldoError('validation_failed', {
          detail: `An account can have at most ${SCHEDULED_PAYMENTS_OPEN_MAX} scheduled payments at a time.`,
        });
      }
      const at = now.toISOString();
      return tx.scheduledPayments.insert({
        publicId: newPublicId('spm_', now),
        organizationId: context.organizationId,
        accountId: account.id,
        amountMinor,
        date: input.date,
        method: input.method ?? account.paymentMethodType,
        status: 'SCHEDULED',
        paymentEntryId: null,
        createdAt: at,
        updatedAt: at,
      });
    },
    audit: (payment) => ({
      action: 'scheduled_payment.created',
      resourceType: 'scheduled_payment',
      resourceId: payment.publicId,
      details: { account_id: payment.accountPublicId, amount: payment.amountMinor.toString(), date: payment.date },
    }),
    events: (payment) => [domainEvent('scheduled_payment.created', { payment })],
  };
}

/** Only a payment still SCHEDULED can be cancelled: once due or collected, money may be moving. */
export function cancelScheduledPayment(
  clock: Clock,
  organizationId: string,
  publicId: string,
): DomainCommand<ScheduledPayment> {
  return {
    async execute(tx) {
      const payment = await tx.scheduledPayments.findByPublicId(organizationId, publicId, { forUpdate: true });
      if (!payment) throw new SaldoError('scheduled_payment_not_found');
      if (payment.status !== 'SCHEDULED') {
        throw new SaldoError('scheduled_payment_not_cancellable', {
          detail: `The scheduled payment is ${payment.status}; only a SCHEDULED one can be cancelled.`,
          facts: { scheduled_payment_status: payment.status },
        });
      }
      const at = clock.now().toISOString();
      const moved = await tx.scheduledPayments.transition(organizationId, payment.id, 'SCHEDULED', 'CANCELLED', at);
      if (!moved) throw new SaldoError('scheduled_payment_not_cancellable');
      return { ...payment, status: 'CANCELLED', updatedAt: at };
    },
    audit: (payment) => ({
      action: 'scheduled_payment.cancelled',
      resourceType: 'scheduled_payment',
      resourceId: payment.publicId,
      details: { account_id: payment.accountPublicId },
    }),
    events: (payment) => [domainEvent('scheduled_payment.cancelled', { payment })],
  };
}
