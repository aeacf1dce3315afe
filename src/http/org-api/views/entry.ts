/** Booking entries and payments in the native API's JSON: snake_case, amounts as integers of minor units. */
import { Type } from 'typebox';
import type { EntryDetail } from '../../../core/entries/entry.ts';
import { toMinorNumber } from '../../../core/money.ts';

const EntryId = Type.String({ pattern: '^trn_[0-9A-HJKMNP-TV-Z]{26}$', examples: ['trn_00000000000015ZK3Q8E2N4R7T'] });
const NullableEntryId = Type.Union([EntryId, Type.Null()]);

export const AllocationView = Type.Object({
  entry_id: Type.String({
    description: 'The other side: the charge a credit settles, or the credit that settles a charge.',
  }),
  amount: Type.Integer({ description: 'Minor units.' }),
  released_by: Type.Union([Type.String(), Type.Null()], {
    description: 'The reversal that undid this allocation, if any.',
  }),
});

export const EntryView = Type.Object({
  id: EntryId,
  numeric_id: Type.String({ pattern: '^[0-9]{1,19}$', description: 'The numeric id (v1 `id`).' }),
  account_id: Type.String({ format: 'uuid' }),
  type: Type.Union([Type.Literal('CHARGE'), Type.Literal('CREDIT')]),
  kind: Type.String({ examples: ['CHARGE', 'CREDIT', 'PAYMENT', 'REVERSAL', 'FEE', 'INSTALLMENT'] }),
  amount: Type.Integer({ description: 'Minor units; negative only on a reversal.' }),
  open_amount: Type.Integer({ description: 'Charge: still owed of it. Credit: still unallocated of it.' }),
  currency: Type.String(),
  due_date: Type.String({ format: 'date' }),
  value_date: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
    description: 'A payment: the day the customer paid, when given.',
  }),
  description: Type.Union([Type.String(), Type.Null()]),
  external_id: Type.Union([Type.String(), Type.Null()]),
  installment_plan: Type.Boolean(),
  reversal_of: NullableEntryId,
  reversed_by: NullableEntryId,
  balance_after: Type.Integer({ description: "The account's balance right after this entry (credits − charges)." }),
  booked_at: Type.String({ format: 'date-time' }),
  allocations: Type.Array(AllocationView),
});

export const PaymentView = Type.Intersect([
  EntryView,
  Type.Object({
    unallocated: Type.Integer({ description: 'What of the payment is left after settling open charges.' }),
  }),
]);

export function entryView(detail: EntryDetail) {
  const { entry } = detail;
  return {
    id: entry.publicId,
    numeric_id: String(entry.id),
    account_id: detail.accountPublicId,
    type: entry.type,
    kind: entry.kind,
    amount: toMinorNumber(entry.amountMinor),
    open_amount: toMinorNumber(entry.openMinor),
    currency: detail.currency,
    due_date: entry.dueDate,
    value_date: entry.valueDate,
    description: entry.description,
    external_id: entry.externalId,
    installment_plan: entry.installmentPlanId !== null,
    reversal_of: detail.reversalOfPublicId,
    reversed_by: detail.reversedByPublicId,
    balance_after: toMinorNumber(entry.balanceAfterMinor),
    booked_at: entry.bookedAt,
    allocations: detail.allocations.map((a) => ({
      entry_id: a.counterpartPublicId,
      amount: toMinorNumber(a.allocation.amountMinor),
      released_by: a.releasedByPublicId,
    })),
  };
}

export function paymentView(detail: EntryDetail) {
  return { ...entryView(detail), unallocated: toMinorNumber(detail.entry.openMinor) };
}
