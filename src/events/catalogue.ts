/**
 * The event catalogue: for every event type, what it means, the schema of its `data` (in the
 * OpenAPI document's `webhooks` and docs/events.md) and how its domain object is shown — as the
 * native API shows it. One entry per type of `EventSubjects`: the compiler refuses a type missing here.
 */
import type { TSchema } from 'typebox';
import type { DomainEvent, EventSubjects, EventType } from '../core/events/domain-event.ts';
import { EntryView, PaymentView, entryView, paymentView } from '../http/org-api/views/entry.ts';

export interface EventTypeEntry<T extends EventType> {
  description: string;
  /** The schema of `data`. */
  data: TSchema;
  render(subject: EventSubjects[T]): unknown;
}

export const EVENT_CATALOGUE: { [T in EventType]: EventTypeEntry<T> } = {
  'entry.posted': {
    description: 'A booking entry was posted: a charge, a credit note, a dunning fee, interest, a refund or a write-off. `data` is the entry as GET /orgs/{org_id}/entries/{entry_id} shows it when it was booked.',
    data: EntryView,
    render: entryView,
  },
  'payment.recorded': {
    description: 'A payment was booked (by a call, a batch item, a bank statement line or a collected scheduled payment). `data` is the payment with its allocations and what is left unallocated.',
    data: PaymentView,
    render: paymentView,
  },
  'entry.reversed': {
    description: 'An entry was reversed. `data` is the reversal entry (kind REVERSAL, `reversal_of` the original); its allocations were released and settled again.',
    data: EntryView,
    render: entryView,
  },
};

export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as EventType[];

export function isEventType(text: string): text is EventType {
  return Object.hasOwn(EVENT_CATALOGUE, text);
}

/** The `data` of an event, as its type shows its domain object. */
export function renderEventData(event: DomainEvent): unknown {
  const entry = EVENT_CATALOGUE[event.type] as EventTypeEntry<typeof event.type>;
  return (entry.render as (subject: unknown) => unknown)(event.subject);
}
