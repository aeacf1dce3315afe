/** Scheduled payments in the native API's JSON. */
import { Type } from 'typebox';
import { PAYMENT_METHOD_TYPES, type PaymentMethodType } from '../../../core/accounts/account.ts';
import { toMinorNumber } from '../../../core/money.ts';
import {
  SCHEDULED_PAYMENT_STATUSES,
  type ScheduledPayment,
  type ScheduledPaymentStatus,
} from '../../../core/scheduled-payments/scheduled-payment.ts';

export const ScheduledPaymentView = Type.Object({
  id: Type.String({ examples: ['spm_01JD5Z4W6Y3B0H9Q8E2N4R7T5V'] }),
  account_id: Type.String({ format: 'uuid' }),
  amount: Type.Integer({ description: 'Minor units of the account currency.' }),
  currency: Type.String(),
  date: Type.String({ format: 'date' }),
  method: Type.Union([
    Type.Unsafe<PaymentMethodType>({ type: 'string', enum: [...PAYMENT_METHOD_TYPES] }),
    Type.Null(),
  ]),
  status: Type.Unsafe<ScheduledPaymentStatus>({ type: 'string', enum: [...SCHEDULED_PAYMENT_STATUSES] }),
  return_reason: Type.Optional(
    Type.String({ description: 'Only on a RETURNED payment: the bank’s reason code (AM04, MD06 …).' }),
  ),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
});

export const scheduledPaymentView = (payment: ScheduledPayment) => ({
  id: payment.publicId,
  account_id: payment.accountPublicId,
  amount: toMinorNumber(payment.amountMinor),
  currency: payment.currency,
  date: payment.date,
  method: payment.method,
  status: payment.status,
  ...(payment.returnReason === null ? {} : { return_reason: payment.returnReason }),
  created_at: payment.createdAt,
  updated_at: payment.updatedAt,
});
