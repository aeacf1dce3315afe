/** /admin: organizations and API keys, with the root key (SALDO_ROOT_KEY). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  type AdministrativeOrigin,
  createOrganization,
  issueApiKey,
  listApiKeys,
  revokeApiKey,
  SLUG_PATTERN,
} from '../../core/organizations/commands.ts';
import { SaldoError } from '../../core/errors.ts';
import { SCOPES } from '../../core/scopes.ts';
import { createOperator } from '../../core/operators/commands.ts';
import { performWrite } from '../../core/write-pipeline.ts';
import { NewOperatorBody, OperatorView, operatorView } from '../org-api/operators.ts';
import { organizationBySlug } from '../../core/organizations/commands.ts';
import type { AppDependencies } from '../dependencies.ts';
import { ProblemDetails, errorResponses } from '../shared/schemas.ts';

const OrgIdParam = Type.Object({ org_id: Type.String({ maxLength: 64, description: 'Organization slug' }) });

const Organization = Type.Object({
  id: Type.String({ examples: ['co_01JD5Z4W6Y3B0H9Q8E2N4R7T5V'] }),
  slug: Type.String(),
  name: Type.String(),
  time_zone: Type.String(),
  created_at: Type.String({ format: 'date-time' }),
});

const ApiKeyView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  scopes: Type.Array(Type.String()),
  created_at: Type.String(),
  revoked_at: Type.Union([Type.String(), Type.Null()]),
});

const security = [{ RootKey: [] }];
const root = { auth: { kind: 'root' as const } };

/** The root key's writes land in the audit trail with the request's trace id. */
const rootOrigin = (request: FastifyRequest): AdministrativeOrigin => ({ by: 'root key', traceId: request.id });

export function adminRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post('/organizations', {
    config: root,
    schema: {
      tags: ['admin'],
      summary: 'Create an organization',
      security,
      body: Type.Object(
        {
          slug: Type.String({ pattern: SLUG_PATTERN.source, maxLength: 64, examples: ['acme'] }),
          name: Type.String({ minLength: 1, maxLength: 200 }),
          time_zone: Type.Optional(
            Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone for due dates; UTC by default.' }),
          ),
        },
        { additionalProperties: false },
      ),
      response: { 201: Organization, ...errorResponses(ProblemDetails, [400, 401, 409, 500, 503]) },
    },
    handler: async (request, reply) => {
      const { slug, name, time_zone } = request.body;
      if (time_zone !== undefined) assertTimeZone(time_zone);
      const organization = await createOrganization(
        deps.store,
        deps.clock,
        { slug, name, timeZone: time_zone },
        rootOrigin(request),
      );
      return reply.code(201).send({
        id: organization.id,
        slug: organization.slug,
        name: organization.name,
        time_zone: organization.timeZone,
        created_at: organization.createdAt,
      });
    },
  });

  r.post('/organizations/:org_id/api-keys', {
    config: root,
    schema: {
      tags: ['admin'],
      summary: 'Issue an API key (the key is shown only in this answer)',
      security,
      params: OrgIdParam,
      body: Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 200 }),
          scopes: Type.Array(Type.Union(SCOPES.map((s) => Type.Literal(s))), { minItems: 1, maxItems: SCOPES.length }),
        },
        { additionalProperties: false },
      ),
      response: {
        201: Type.Object({
          id: Type.String(),
          key: Type.String(),
          scopes: Type.Array(Type.String()),
          name: Type.String(),
        }),
        ...errorResponses(ProblemDetails, [400, 401, 404, 500, 503]),
      },
    },
    handler: async (request, reply) => {
      const { apiKey, key } = await issueApiKey(
        deps.store,
        deps.clock,
        request.params.org_id,
        request.body,
        rootOrigin(request),
      );
      return reply.code(201).send({ id: apiKey.id, key, scopes: apiKey.scopes, name: apiKey.name });
    },
  });

  r.get('/organizations/:org_id/api-keys', {
    config: root,
    schema: {
      tags: ['admin'],
      summary: 'List the API keys of an organization (never the keys themselves)',
      security,
      params: OrgIdParam,
      response: {
        200: Type.Object({ data: Type.Array(ApiKeyView) }),
        ...errorResponses(ProblemDetails, [400, 401, 404, 500, 503]),
      },
    },
    handler: async (request) => {
      const keys = await listApiKeys(deps.store, request.params.org_id);
      return {
        data: keys.map((k) => ({
          id: k.id,
          name: k.name,
          scopes: k.scopes,
          created_at: k.createdAt,
          revoked_at: k.revokedAt,
        })),
      };
    },
  });

  r.post('/organizations/:org_id/operators', {
    config: root,
    schema: {
      tags: ['admin'],
      summary: 'Create an operator of an organization: the first admin, who then manages the others in the console',
      security,
      params: OrgIdParam,
      body: NewOperatorBody,
      response: { 201: OperatorView, ...errorResponses(ProblemDetails, [400, 401, 404, 409, 500, 503]) },
    },
    handler: async (request, reply) => {
      const organization = await organizationBySlug(deps.store, request.params.org_id);
      const { email, role, password, one_time_password } = request.body;
      const command = await createOperator(deps.clock, organization.id, {
        email,
        role,
        password,
        oneTimePassword: one_time_password ?? false,
      });
      const actor = { organizationId: organization.id, keyId: null, traceId: request.id };
      const outcome = await performWrite(
        deps.store,
        deps.clock,
        actor,
        { ...command, reply: (operator) => ({ status: 201, body: operatorView(operator) }) },
        { request: null },
      );
      return reply.code(201).send(outcome.reply!.body as ReturnType<typeof operatorView>);
    },
  });

  r.delete('/organizations/:org_id/api-keys/:key_id', {
    config: root,
    schema: {
      tags: ['admin'],
      summary: 'Revoke an API key',
      description:
        'The key is refused by this process from its next request, and by other Saldo processes on the same database within their API_KEY_CACHE_SECONDS (5 s by default).',
      security,
      params: Type.Object({ org_id: Type.String({ maxLength: 64 }), key_id: Type.String({ maxLength: 64 }) }),
      response: {
        204: Type.Null({ description: 'Revoked' }),
        ...errorResponses(ProblemDetails, [400, 401, 404, 500, 503]),
      },
    },
    handler: async (request, reply) => {
      await revokeApiKey(deps.store, deps.clock, request.params.org_id, request.params.key_id, rootOrigin(request));
      return reply.code(204).send(null);
    },
  });
}

function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new SaldoError('validation_failed', {
      detail: `'${timeZone}' is not an IANA time zone.`,
      pointer: 'body.time_zone',
    });
  }
}
