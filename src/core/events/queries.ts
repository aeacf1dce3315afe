/** Reading the events feed: oldest first after a cursor, of some types, a page at a time. */
import type { Store } from '../store.ts';
import type { EventType } from './domain-event.ts';
import type { StoredEvent } from './event-store.ts';

export const EVENT_PAGE_LIMIT_DEFAULT = 100;
export const EVENT_PAGE_LIMIT_MAX = 1000;

export interface EventPage {
  data: StoredEvent[];
  /** The last event's id when more follow already; null when the reader has caught up. */
  nextCursor: string | null;
}

export async function listEvents(
  store: Store,
  organizationId: string,
  options: {
    /** The ledger position of the event to continue after (an event id carries it: sequenceOfEventId). */
    afterSequence?: bigint | undefined;
    types?: EventType[] | undefined;
    limit: number;
  },
): Promise<EventPage> {
  const limit = Math.min(Math.max(1, options.limit), EVENT_PAGE_LIMIT_MAX);
  const rows = await store.events.list(organizationId, {
    afterSequence: options.afterSequence,
    types: options.types,
    limit: limit + 1,
  });
  const data = rows.slice(0, limit);
  return { data, nextCursor: rows.length > limit ? data[data.length - 1]!.publicId : null };
}
