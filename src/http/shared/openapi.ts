/**
 * The OpenAPI 3.1 document, built by @fastify/swagger from the route schemas (so validation,
 * types and documentation come from one declaration), served at /openapi.json, and rendered for
 * people at /docs by @fastify/swagger-ui.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { EVENT_CATALOGUE, EVENT_TYPES } from '../../events/catalogue.ts';

/**
 * Every event type as an OpenAPI 3.1 webhook: the request Saldo sends (the event, its `data` in
 * the type's schema) and the answer it expects. The same events are in the feed and the stream.
 */
function eventWebhooks(): Record<string, never> {
  // @fastify/swagger's types know no JSON Schema 2020 `const`; the document is OpenAPI 3.1.
  return Object.fromEntries(
    EVENT_TYPES.map((type) => {
      const entry = EVENT_CATALOGUE[type];
      const envelope = {
        type: 'object',
        required: ['id', 'type', 'created_at', 'organization_id', 'data'],
        properties: {
          id: {
            type: 'string',
            pattern: '^evt_[0-9A-HJKMNP-TV-Z]{26}$',
            description: 'The event id, also the `webhook-id` header: deduplicate on it.',
          },
          type: { type: 'string', const: type },
          created_at: { type: 'string', format: 'date-time' },
          organization_id: { type: 'string', description: 'The organization (co_…).' },
          data: entry.data,
        },
      };
      return [
        type,
        {
          post: {
            summary: type,
            description: entry.description,
            tags: ['events'],
            parameters: [
              {
                name: 'webhook-id',
                in: 'header',
                required: true,
                schema: { type: 'string' },
                description: 'The event id.',
              },
              {
                name: 'webhook-timestamp',
                in: 'header',
                required: true,
                schema: { type: 'string' },
                description: 'Unix seconds of this attempt.',
              },
              {
                name: 'webhook-signature',
                in: 'header',
                required: true,
                schema: { type: 'string' },
                description:
                  'Standard Webhooks: `v1,` + base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}"; several, space-separated, during a secret rotation.',
              },
            ],
            requestBody: { required: true, content: { 'application/json': { schema: envelope } } },
            responses: { '2XX': { description: 'Received: any 2xx within 15 s; anything else is retried.' } },
          },
        },
      ];
    }),
  ) as Record<string, never>;
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    // Statuses every route of a kind can answer, documented in the same body as its 400: 413 past
    // BODY_LIMIT_BYTES where a body is read, 422 idempotency_key_reused where an Idempotency-Key is taken.
    transform: ({ schema, url, route }) => {
      const responses = schema?.response as Record<string, unknown> | undefined;
      if (!responses || !(400 in responses)) return { schema, url };
      const badRequest = responses[400] as Record<string, unknown>;
      const added: Record<number, unknown> = {};
      const readsBody = schema?.body !== undefined || ['POST', 'PUT', 'PATCH'].includes(String(route.method));
      if (readsBody && !(413 in responses))
        added[413] = { ...badRequest, description: 'The request body is too large.' };
      const headers = schema?.headers as { properties?: Record<string, unknown> } | undefined;
      if (headers?.properties?.['idempotency-key'] !== undefined && !(422 in responses)) {
        added[422] = { ...badRequest, description: 'The Idempotency-Key was used with a different request.' };
      }
      if (Object.keys(added).length === 0) return { schema, url };
      return { schema: { ...schema, response: { ...responses, ...added } }, url };
    },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Saldo',
        version: '0.1.0',
        description:
          'Customer accounts and receivables for many organizations: one ledger served in several API dialects. ' +
          'Amounts are integers in minor units except where a dialect shows major-unit numbers (v1 customers, v4).',
      },
      components: {
        securitySchemes: {
          ApiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'An API key of the organization.' },
          Bearer: { type: 'http', scheme: 'bearer', description: 'The same API key as a bearer token.' },
          RootKey: {
            type: 'apiKey',
            in: 'header',
            name: 'X-API-Key',
            description: 'The root key (SALDO_ROOT_KEY), for /admin.',
          },
          Session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'saldo_session',
            description:
              "A console operator's session (POST /console/api/session). A state-changing request with it needs a same-origin Origin (or Referer) header and a JSON body.",
          },
        },
      },
      webhooks: eventWebhooks(),
      tags: [
        { name: 'admin', description: 'Organizations and API keys (root key).' },
        {
          name: 'org-api',
          description: 'The native API under /orgs/{org_id}, with the accounts API of the 003 dialect.',
        },
        { name: 'v1-customers', description: 'Legacy customer account reads (deprecated).' },
        { name: 'v4-accounts', description: 'Accounts of a customer, card-issuing style.' },
        { name: 'v1-families', description: 'Household balances.' },
        { name: 'console', description: 'Signing in to the back-office console at /console.' },
        { name: 'operations', description: 'Health and readiness.' },
        {
          name: 'events',
          description: 'Events Saldo sends to webhook endpoints (and serves in GET /orgs/{org_id}/events).',
        },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
