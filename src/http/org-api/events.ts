/**
 * The events feed: every change as an event, oldest first, to follow with `after`. Kept at least
 * the organization's event retention (30 days by default).
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SaldoError } from '../../core/errors.ts';
import type { EventType } from '../../core/events/domain-event.ts';
import { EVENT_PAGE_LIMIT_DEFAULT, EVENT_PAGE_LIMIT_MAX, listEvents } from '../../core/events/queries.ts';
import { sequenceOfEventId } from '../../core/ids.ts';
import { EVENT_TYPES, isEventType } from '../../events/catalogue.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { OrgParams, orgScope, orgSecurity } from './schemas.ts';
import { EventView, eventView } from './views/event.ts';

export const TYPES_FILTER_MAX_LENGTH = 2000;

function typesOf(text: string | undefined): EventType[] | undefined {
  if (text === undefined) return undefined;
  const types = text
    .split(',')
    .map((type) => type.trim())
    .filter((type) => type.length > 0);
  const unknown = types.find((type) => !isEventType(type));
  if (unknown !== undefined) {
    throw new SaldoError('validation_failed', {
      detail: `'${unknown}' is not an event type; the types are ${EVENT_TYPES.join(', ')}.`,
      pointer: 'query.types',
    });
  }
  return types as EventType[];
}

/** The ledger position an `after` cursor carries: it stays good after its event was pruned. */
function afterSequenceOf(after: string | undefined): bigint | undefined {
  if (after === undefined) return undefined;
  const sequence = sequenceOfEventId(after);
  if (sequence === undefined) {
    throw new SaldoError('validation_failed', {
      detail: "'after' must be an event id (evt_…) this API gave.",
      pointer: 'query.after',
    });
  }
  return sequence;
}

export function eventRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get('/:org_id/events', {
    config: orgScope('EVENTS_READ'),
    schema: {
      tags: ['org-api'],
      summary: 'The events feed, oldest first',
      description:
        'Every change Saldo committed, as an event (see the `webhooks` of this document for each type). Follow it with `after` = the last id you read: ids sort in commit order, and no event appears later with an id below one already served. `next_cursor` is the `after` of the next page, null when nothing follows yet.',
      security: orgSecurity,
      params: OrgParams,
      querystring: Type.Object(
        {
          after: Type.Optional(
            Type.String({ maxLength: 64, description: 'An event id (evt_…): only events after it.' }),
          ),
          types: Type.Optional(
            Type.String({ maxLength: TYPES_FILTER_MAX_LENGTH, description: 'Comma-separated event types.' }),
          ),
          limit: Type.Optional(
            Type.Integer({ minimum: 1, maximum: EVENT_PAGE_LIMIT_MAX, default: EVENT_PAGE_LIMIT_DEFAULT }),
          ),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Object({ data: Type.Array(EventView), next_cursor: Type.Union([Type.String(), Type.Null()]) }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const organization = organizationOf(request);
      const { after, types, limit = EVENT_PAGE_LIMIT_DEFAULT } = request.query;
      const page = await listEvents(deps.store, organization.id, {
        afterSequence: afterSequenceOf(after),
        types: typesOf(types),
        limit,
      });
      return { data: page.data.map(eventView), next_cursor: page.nextCursor };
    },
  });
}
