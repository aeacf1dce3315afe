/** An event as the feed, webhooks and the stream carry it. */
import { Type } from 'typebox';
import type { StoredEvent } from '../../../core/events/event-store.ts';

export const EventView = Type.Object({
  id: Type.String({
    pattern: '^evt_[0-9A-HJKMNP-TV-Z]{26}$',
    description: 'Sorts in commit order within the organization.',
  }),
  type: Type.String({ examples: ['payment.recorded'] }),
  created_at: Type.String({ format: 'date-time' }),
  organization_id: Type.String({ description: 'The organization (co_…).' }),
  data: Type.Unknown({ description: "What the event is about, as its type's schema says." }),
});

export function eventView(event: StoredEvent) {
  return {
    id: event.publicId,
    type: event.type,
    created_at: event.createdAt,
    organization_id: event.organizationId,
    data: event.data,
  };
}
