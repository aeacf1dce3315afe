/**
 * What happened, as other systems learn it: every change Saldo commits records events in the same
 * transaction (nothing for what rolls back). The core names each event and the domain object it is
 * about; `src/events/catalogue.ts` says how each type's `data` shows that object, as the native API
 * shows it, and the compiler keeps the two lists one.
 */
import type { EntryDetail } from '../entries/entry.ts';

/** Each event type and the domain object its `data` is made from. */
export interface EventSubjects {
  /** A charge, credit note, fee, interest, refund or write-off booked (not a payment, not a reversal). */
  'entry.posted': EntryDetail;
  /** A payment booked, with its allocations. */
  'payment.recorded': EntryDetail;
  /** The reversal entry of an entry reversed. */
  'entry.reversed': EntryDetail;
}

export type EventType = keyof EventSubjects;

export type DomainEvent = { [T in EventType]: { type: T; subject: EventSubjects[T] } }[EventType];

/** The events a booked entry records: one per entry, by what it is. */
export function bookingEvent(detail: EntryDetail): DomainEvent {
  if (detail.entry.kind === 'REVERSAL') return { type: 'entry.reversed', subject: detail };
  if (detail.entry.kind === 'PAYMENT') return { type: 'payment.recorded', subject: detail };
  return { type: 'entry.posted', subject: detail };
}
