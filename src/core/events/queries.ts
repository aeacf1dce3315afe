/** Reading the events feed: oldest first after a cursor, of some types, a page at a time. */
import { SaldoError } from '../errors.ts';
import { sequenceOfEventId } from '../ids.ts';
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
  options: { after?: string | undefined; types?: EventType[] | undefined; limit: number },
): Promise<EventPage> {
  let afterSequence: bigint | undefined;
  if (options.after !== undefined) {
    // The cursor carries its position: it stays good after its event was pruned.
    afterSequence = sequenceOfEventId(options.after);
    if (afterSequence === undefined)
      throw new SaldoError('validation_failed', {
        detail: "'after' must be an event id (evt_…) this API gave.",
        field: 'after',
      });
  }
  const limit = Math.min(Math.max(1, options.limit), EVENT_PAGE_LIMIT_MAX);
  const rows = await store.events.list(organizationId, { afterSequence, types: options.types, limit: limit + 1 });
  const data = rows.slice(0, limit);
  return { data, nextCursor: rows.length > limit ? data[data.length - 1]!.publicId : null };
}
