/**
 * The checks a booking passes before it is queued: its own fields, whatever the ledger holds. A
 * request that fails them is malformed (400) and books nothing; the ledger's refusals (an unknown
 * account, a closed one, an amount over what is open …) are decided later, against what is stored.
 */
import { isCalendarDate } from '../clock.ts';
import { ENTRY_DESCRIPTION_MAX_LENGTH, ENTRY_EXTERNAL_ID_MAX_LENGTH } from '../entries/entry.ts';
import { SaldoError } from '../errors.ts';
import { assertAmount } from '../money.ts';
import type { Booking } from './booking.ts';

export function assertBookingFields(booking: Booking, today: string): void {
  if (booking.description != null && booking.description.length > ENTRY_DESCRIPTION_MAX_LENGTH) {
    throw new SaldoError('validation_failed', {
      detail: `'description' must be at most ${ENTRY_DESCRIPTION_MAX_LENGTH} characters.`,
      field: 'description',
    });
  }
  if (booking.op !== 'post') return;
  if (booking.amountMinor !== null || booking.kind !== 'WRITE_OFF') assertAmount(booking.amountMinor ?? 0n);
  if (booking.dueDate !== undefined && !isCalendarDate(booking.dueDate)) {
    throw new SaldoError('validation_failed', {
      detail: "'due_date' must be a calendar date YYYY-MM-DD.",
      field: 'dueDate',
    });
  }
  if (booking.valueDate !== undefined) {
    if (!isCalendarDate(booking.valueDate)) {
      throw new SaldoError('validation_failed', {
        detail: "'value_date' must be a calendar date YYYY-MM-DD.",
        field: 'valueDate',
      });
    }
    if (booking.valueDate > today) {
      throw new SaldoError('validation_failed', {
        detail: `'value_date' must not be after today (${today}).`,
        field: 'valueDate',
      });
    }
  }
  if (
    booking.externalId != null &&
    (booking.externalId.length === 0 || booking.externalId.length > ENTRY_EXTERNAL_ID_MAX_LENGTH)
  ) {
    throw new SaldoError('validation_failed', {
      detail: `'external_id' must be 1 to ${ENTRY_EXTERNAL_ID_MAX_LENGTH} characters.`,
      field: 'externalId',
    });
  }
}
