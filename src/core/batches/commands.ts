/**
 * A batch of bookings in one request (a billing run, a payment file): up to BATCH_ITEMS_MAX
 * charges, credit notes and payments, booked through the write path like single calls. Each
 * item's answer is what the single call would have answered; with `atomic`, one refusal and
 * nothing is booked.
 */
import { type BookingCommand, accountByPublicId as accountByPublicId } from '../entries/commands.ts';
import { SaldoError } from '../errors.ts';
import type { BookingOutcome, PostBooking } from '../ledger/booking.ts';
import { assertBookingFields } from '../ledger/booking-rules.ts';
import { normalizePaymentReference, paymentBooking } from '../payments/commands.ts';

export const BATCH_ITEMS_MAX = 1000;

export type BatchItemKind = 'CHARGE' | 'CREDIT' | 'PAYMENT';

export interface BatchItem {
  kind: BatchItemKind;
  /** The account's public id; a PAYMENT names it or gives a payment reference instead. */
  accountPublicId?: string | undefined;
  reference?: string | undefined;
  amountMinor: bigint;
  dueDate?: string | undefined;
  valueDate?: string | undefined;
  description?: string | undefined;
  externalId?: string | undefined;
}

export interface BatchResult {
  atomic: boolean;
  items: Array<{ kind: BatchItemKind; outcome: BookingOutcome }>;
}

/** A booking's field as a field of the batch: `amount` → `items[3].amount`. */
function itemField(index: number, field: string | undefined): string {
  return field === undefined ? `items[${index}]` : `items[${index}].${field}`;
}

function bookingOf(item: BatchItem, index: number): PostBooking {
  if (item.kind !== 'PAYMENT') {
    return {
      op: 'post',
      account: accountByPublicId(item.accountPublicId!),
      type: item.kind,
      kind: item.kind,
      amountMinor: item.amountMinor,
      dueDate: item.dueDate,
      description: item.description,
      externalId: item.externalId,
    };
  }
  if ((item.accountPublicId === undefined) === (item.reference === undefined)) {
    throw new SaldoError('validation_failed', {
      detail: 'A PAYMENT item names its account by account_id or by reference: exactly one of them.',
      field: itemField(index, item.accountPublicId === undefined ? 'accountId' : 'reference'),
    });
  }
  const account =
    item.reference === undefined
      ? accountByPublicId(item.accountPublicId!)
      : { by: 'paymentReference' as const, reference: normalizePaymentReference(item.reference) };
  return paymentBooking(account, item);
}

export function postBatch(today: string, input: { atomic: boolean; items: BatchItem[] }): BookingCommand<BatchResult> {
  if (input.items.length === 0 || input.items.length > BATCH_ITEMS_MAX) {
    throw new SaldoError('validation_failed', {
      detail: `A batch holds 1 to ${BATCH_ITEMS_MAX} items.`,
      field: 'items',
    });
  }
  const bookings = input.items.map((item, index) => {
    const booking = bookingOf(item, index);
    try {
      assertBookingFields(booking, today);
    } catch (error) {
      if (!(error instanceof SaldoError)) throw error;
      throw new SaldoError(error.code, {
        detail: error.detail,
        field: itemField(index, error.field),
        facts: error.facts,
      });
    }
    return booking;
  });
  return {
    group: { atomic: input.atomic, bookings },
    result(outcome) {
      if (outcome.refused) {
        const errors = outcome.outcomes.flatMap((item, index) =>
          item.ok ? [] : [{ index, code: item.error.code, detail: item.error.detail }],
        );
        throw new SaldoError('batch_refused', {
          detail: `${errors.length} of ${input.items.length} items could not be booked; nothing was booked.`,
          facts: { errors },
        });
      }
      return {
        atomic: input.atomic,
        items: outcome.outcomes.map((item, index) => ({ kind: input.items[index]!.kind, outcome: item })),
      };
    },
    audit(result) {
      // One row for the request: each entry records its key and instant itself.
      const booked = result.items.flatMap(({ outcome }) =>
        outcome.ok && outcome.result.created ? [outcome.result.detail.entry.publicId] : [],
      );
      return [
        {
          action: 'batch.posted',
          resourceType: 'batch',
          resourceId: null,
          details: {
            atomic: result.atomic,
            items: result.items.length,
            booked: booked.length,
            refused: result.items.filter(({ outcome }) => !outcome.ok).length,
            first_entry_id: booked[0] ?? null,
            last_entry_id: booked.at(-1) ?? null,
          },
        },
      ];
    },
  };
}
