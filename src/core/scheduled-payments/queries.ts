/** Reading scheduled payments. */
import { SaldoError } from '../errors.ts';
import type { Store } from '../store.ts';
import {
  SCHEDULED_PAYMENT_PAGE_LIMIT_MAX,
  type ScheduledPayment,
  type ScheduledPaymentPage,
} from './scheduled-payment.ts';

export async function getScheduledPayment(
  store: Store,
  organizationId: string,
  publicId: string,
): Promise<ScheduledPayment> {
  const payment = await store.scheduledPayments.findByPublicId(organizationId, publicId);
  if (!payment) throw new SaldoError('scheduled_payment_not_found');
  return payment;
}

export async function listScheduledPayments(
  store: Store,
  organizationId: string,
  accountPublicId: string,
  options: { limit: number; after?: { date: string; id: number } | undefined },
): Promise<ScheduledPaymentPage> {
  const account = await store.scheduledPayments.findAccount(organizationId, accountPublicId);
  if (!account) throw new SaldoError('account_not_found');
  return store.scheduledPayments.listByAccount(organizationId, account.id, {
    limit: Math.min(options.limit, SCHEDULED_PAYMENT_PAGE_LIMIT_MAX),
    after: options.after,
  });
}
