/**
 * Webhook endpoints under /orgs/{org_id}/webhook-endpoints (scope WEBHOOKS_MANAGE, reads and
 * writes alike: the configuration holds secrets). It is organization-wide setup: for operators,
 * admins only, reads included. The secret is answered on create and rotation, never again.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SaldoError } from '../../core/errors.ts';
import {
  WEBHOOK_DESCRIPTION_MAX_LENGTH,
  WEBHOOK_PAGE_LIMIT_DEFAULT,
  WEBHOOK_PAGE_LIMIT_MAX,
} from '../../core/webhooks/webhook-endpoint.ts';
import { getDelivery, getEndpoint, listDeliveries, listEndpoints } from '../../webhooks/endpoint-queries.ts';
import {
  createEndpoint,
  deleteEndpoint,
  replayEvents,
  retryDelivery,
  rotateSecret,
  updateEndpoint,
} from '../../webhooks/endpoints.ts';
import { WEBHOOK_URL_LENGTH_MAX } from '../../webhooks/url-guard.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { OrgParams, orgScope, orgSecurity } from './schemas.ts';
import { WebhookDeliveryParams, WebhookEndpointParams } from './path-params.ts';
import {
  DeliveryStatusSchema,
  WebhookAttemptView,
  WebhookDeliveryView,
  WebhookEndpointView,
  webhookAttemptView,
  webhookDeliveryView,
  webhookEndpointView,
} from './views/webhook.ts';
import { IdempotencyHeaders, WRITE_ERROR_STATUSES, performRequestWrite, sendOutcome } from './writes.ts';

/** Reads too: the configuration is administration (admin operators; keys with the scope). */
const manage = orgScope('WEBHOOKS_MANAGE', { setup: true });
const setup = manage;

const EndpointParams = WebhookEndpointParams;
const DeliveryParams = WebhookDeliveryParams;

const Url = Type.String({
  minLength: 1,
  maxLength: WEBHOOK_URL_LENGTH_MAX,
  description: 'https:// and a public address (http:// and private addresses with WEBHOOK_ALLOW_PRIVATE_URLS=true).',
});
const EventTypes = Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
  minItems: 1,
  maxItems: 100,
  description: '["*"] for every type, or event types (see the webhooks of this document).',
});
const Description = Type.Union([Type.String({ maxLength: WEBHOOK_DESCRIPTION_MAX_LENGTH }), Type.Null()]);
const Secret = Type.String({
  pattern: '^whsec_',
  description: 'Signs the deliveries (Standard Webhooks). Shown here only: keep it.',
});

const EndpointWithSecretView = Type.Intersect([WebhookEndpointView, Type.Object({ secret: Secret })]);
const DeliveryDetailView = Type.Intersect([
  WebhookDeliveryView,
  Type.Object({ attempt_log: Type.Array(WebhookAttemptView) }),
]);
const Accepted = Type.Object({ status: Type.Literal('accepted') });

const cursorOf = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^[0-9]{1,15}$/.test(text))
    throw new SaldoError('validation_failed', {
      detail: 'The cursor is not one this API gave.',
      pointer: 'query.cursor',
    });
  return Number(text);
};

export function webhookRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const policy = { allowPrivate: deps.allowPrivateWebhookUrls === true };

  r.post('/:org_id/webhook-endpoints', {
    config: setup,
    schema: {
      tags: ['org-api'],
      summary: 'Create a webhook endpoint',
      description:
        'It receives every event of the types it wants that is recorded from now on, signed with its secret (Standard Webhooks). 400 webhook_url_not_allowed for a URL that is not https:// to a public address, 400 event_type_unknown for a type Saldo does not record.',
      security: orgSecurity,
      params: OrgParams,
      headers: IdempotencyHeaders,
      body: Type.Object(
        { url: Url, event_types: EventTypes, description: Type.Optional(Description) },
        { additionalProperties: false },
      ),
      response: { 201: EndpointWithSecretView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const { url, event_types, description } = request.body;
      const command = createEndpoint(
        deps.clock,
        organizationOf(request).id,
        { url, eventTypes: event_types, description },
        policy,
      );
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: ({ endpoint, secret }) => ({ status: 201, body: { ...webhookEndpointView(endpoint), secret } }),
      });
      return sendOutcome(reply, outcome);
    },
  });

  r.get('/:org_id/webhook-endpoints', {
    config: manage,
    schema: {
      tags: ['org-api'],
      summary: 'List webhook endpoints, oldest first',
      security: orgSecurity,
      params: OrgParams,
      querystring: Type.Object(
        {
          limit: Type.Optional(
            Type.Integer({ minimum: 1, maximum: WEBHOOK_PAGE_LIMIT_MAX, default: WEBHOOK_PAGE_LIMIT_DEFAULT }),
          ),
          cursor: Type.Optional(Type.String({ maxLength: 32 })),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Object({
          data: Type.Array(WebhookEndpointView),
          next_cursor: Type.Union([Type.String(), Type.Null()]),
        }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const { limit = WEBHOOK_PAGE_LIMIT_DEFAULT, cursor } = request.query;
      const page = await listEndpoints(deps.store, organizationOf(request).id, { limit, afterId: cursorOf(cursor) });
      return { data: page.data.map(webhookEndpointView), next_cursor: page.nextCursor };
    },
  });

  r.get('/:org_id/webhook-endpoints/:endpoint_id', {
    config: manage,
    schema: {
      tags: ['org-api'],
      summary: 'Read a webhook endpoint',
      security: orgSecurity,
      params: EndpointParams,
      response: { 200: WebhookEndpointView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) =>
      webhookEndpointView(await getEndpoint(deps.store, organizationOf(request).id, request.params.endpoint_id)),
  });

  r.patch('/:org_id/webhook-endpoints/:endpoint_id', {
    config: setup,
    schema: {
      tags: ['org-api'],
      summary: 'Change a webhook endpoint; fields left out keep their value',
      description:
        'enabled: false stops deliveries (pending ones wait); enabled: true resumes them with the events recorded from then on (replay brings what came in between) and clears a disabling by Saldo.',
      security: orgSecurity,
      params: EndpointParams,
      headers: IdempotencyHeaders,
      body: Type.Object(
        {
          url: Type.Optional(Url),
          event_types: Type.Optional(EventTypes),
          enabled: Type.Optional(Type.Boolean()),
          description: Type.Optional(Description),
        },
        { additionalProperties: false },
      ),
      response: { 200: WebhookEndpointView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const { url, event_types, enabled, description } = request.body;
      const command = updateEndpoint(
        deps.clock,
        organizationOf(request).id,
        request.params.endpoint_id,
        { url, eventTypes: event_types, enabled, description },
        policy,
      );
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: (endpoint) => ({ status: 200, body: webhookEndpointView(endpoint) }),
      });
      return sendOutcome(reply, outcome);
    },
  });

  r.delete('/:org_id/webhook-endpoints/:endpoint_id', {
    config: setup,
    schema: {
      tags: ['org-api'],
      summary: 'Delete a webhook endpoint with its deliveries',
      security: orgSecurity,
      params: EndpointParams,
      headers: IdempotencyHeaders,
      response: {
        204: Type.Null({ description: 'Deleted' }),
        ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 409]),
      },
    },
    handler: async (request, reply) => {
      const command = deleteEndpoint(organizationOf(request).id, request.params.endpoint_id);
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, { ...command, reply: () => ({ status: 204, body: null }) }),
      );
    },
  });

  r.post('/:org_id/webhook-endpoints/:endpoint_id/secret-rotation', {
    config: setup,
    schema: {
      tags: ['org-api'],
      summary: "Rotate an endpoint's secret",
      description:
        'Answers the new secret. For 24 hours every delivery is signed with the new and the old one, so a receiver can switch over.',
      security: orgSecurity,
      params: EndpointParams,
      headers: IdempotencyHeaders,
      response: { 200: Type.Object({ secret: Secret }), ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = rotateSecret(deps.clock, organizationOf(request).id, request.params.endpoint_id);
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, {
          ...command,
          reply: ({ secret }) => ({ status: 200, body: { secret } }),
        }),
      );
    },
  });

  r.get('/:org_id/webhook-endpoints/:endpoint_id/deliveries', {
    config: manage,
    schema: {
      tags: ['org-api'],
      summary: "An endpoint's deliveries, newest first",
      security: orgSecurity,
      params: EndpointParams,
      querystring: Type.Object(
        {
          status: Type.Optional(DeliveryStatusSchema),
          limit: Type.Optional(
            Type.Integer({ minimum: 1, maximum: WEBHOOK_PAGE_LIMIT_MAX, default: WEBHOOK_PAGE_LIMIT_DEFAULT }),
          ),
          cursor: Type.Optional(Type.String({ maxLength: 32 })),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Object({
          data: Type.Array(WebhookDeliveryView),
          next_cursor: Type.Union([Type.String(), Type.Null()]),
        }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const { status, limit = WEBHOOK_PAGE_LIMIT_DEFAULT, cursor } = request.query;
      const page = await listDeliveries(deps.store, organizationOf(request).id, request.params.endpoint_id, {
        status,
        limit,
        beforeId: cursorOf(cursor),
      });
      return {
        data: page.data.map((delivery) => webhookDeliveryView(delivery, page.endpoint.publicId)),
        next_cursor: page.nextCursor,
      };
    },
  });

  r.get('/:org_id/webhook-endpoints/:endpoint_id/deliveries/:delivery_id', {
    config: manage,
    schema: {
      tags: ['org-api'],
      summary: 'A delivery with its attempts',
      security: orgSecurity,
      params: DeliveryParams,
      response: { 200: DeliveryDetailView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) => {
      const { endpoint, delivery, attempts } = await getDelivery(
        deps.store,
        organizationOf(request).id,
        request.params.endpoint_id,
        request.params.delivery_id,
      );
      return { ...webhookDeliveryView(delivery, endpoint.publicId), attempt_log: attempts.map(webhookAttemptView) };
    },
  });

  r.post('/:org_id/webhook-endpoints/:endpoint_id/deliveries/:delivery_id/retry', {
    config: setup,
    schema: {
      tags: ['org-api'],
      summary: 'Attempt a delivery again, now',
      description:
        'Whatever its status: it becomes PENDING and is attempted at once. 409 webhook_delivery_in_flight while an attempt is under way.',
      security: orgSecurity,
      params: DeliveryParams,
      headers: IdempotencyHeaders,
      response: { 202: WebhookDeliveryView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = retryDelivery(
        deps.clock,
        organizationOf(request).id,
        request.params.endpoint_id,
        request.params.delivery_id,
      );
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: (delivery) => ({ status: 202, body: webhookDeliveryView(delivery, request.params.endpoint_id) }),
      });
      deps.wakeDelivery?.();
      return sendOutcome(reply, outcome);
    },
  });

  r.post('/:org_id/webhook-endpoints/:endpoint_id/replay', {
    config: setup,
    schema: {
      tags: ['org-api'],
      summary: 'Deliver again every matching event after one',
      description:
        'For an outage longer than the retries: every event of the types the endpoint wants, recorded after `after` (and still kept), is delivered again as a new delivery; receivers deduplicate on webhook-id.',
      security: orgSecurity,
      params: EndpointParams,
      headers: IdempotencyHeaders,
      body: Type.Object(
        { after: Type.String({ maxLength: 64, description: 'An event id (evt_…).' }) },
        { additionalProperties: false },
      ),
      response: { 202: Accepted, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = replayEvents(
        deps.clock,
        organizationOf(request).id,
        request.params.endpoint_id,
        request.body.after,
      );
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: () => ({ status: 202, body: { status: 'accepted' } }),
      });
      deps.wakeDelivery?.();
      return sendOutcome(reply, outcome);
    },
  });
}
