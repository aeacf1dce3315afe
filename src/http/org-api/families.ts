/**
 * Families (households) and their members under /orgs/{org_id}. A customer belongs to at most
 * one family; a family keeps one currency and refuses members with accounts in another.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { addFamilyMember, createFamily, removeFamilyMember } from '../../core/families/commands.ts';
import { FAMILY_MEMBERS_MAX, FAMILY_NAME_MAX_LENGTH, type Family, type FamilyMember } from '../../core/families/family.ts';
import { getFamily, listFamilyMembers } from '../../core/families/queries.ts';
import { type WriteCommand, type WriteOutcome, performWrite } from '../../core/write-pipeline.ts';
import type { AppDependencies } from '../dependencies.ts';
import { actorOf, organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { OrgParams, orgSecurity } from './schemas.ts';

const FamilyParams = Type.Object({ ...OrgParams.properties, family_id: Type.String({ maxLength: 64, description: 'Family id (fml_…)' }) });
const MemberParams = Type.Object({ ...FamilyParams.properties, customer_id: Type.String({ maxLength: 64, description: 'Customer id (uuid)' }) });

const FamilyView = Type.Object({
  id: Type.String({ examples: ['fml_01JD5Z4W6Y3B0H9Q8E2N4R7T5V'] }),
  name: Type.String(),
  currency: Type.String({ examples: ['EUR'] }),
  created_at: Type.String({ format: 'date-time' }),
});

const MemberView = Type.Object({
  customer_id: Type.String({ format: 'uuid' }),
  customer_number: Type.String({ description: 'The customer number (int64 as digits).' }),
  name: Type.String(),
  added_at: Type.String({ format: 'date-time' }),
});

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'Replays the first answer for a repeated request.' })),
});

const readScope = { auth: { kind: 'key' as const, scope: 'FAMILY_READ' as const, organizationParam: 'org_id' } };
const writeScope = { auth: { kind: 'key' as const, scope: 'FAMILY_WRITE' as const, organizationParam: 'org_id' } };

export const familyView = (family: Family) => ({ id: family.id, name: family.name, currency: family.currency, created_at: family.createdAt });

const memberView = (member: FamilyMember) => ({
  customer_id: member.customerId,
  customer_number: member.customerNumber.toString(),
  name: member.customerName,
  added_at: member.addedAt,
});

/** Runs a command through the write pipeline with the request's Idempotency-Key. */
export function write<T>(deps: AppDependencies, request: FastifyRequest, command: WriteCommand<T>): Promise<WriteOutcome> {
  const header = request.headers['idempotency-key'];
  return performWrite(deps.store, deps.clock, actorOf(request), command, {
    idempotencyKey: typeof header === 'string' ? header : undefined,
    request: { method: request.method, path: request.url.split('?')[0], body: request.body ?? null },
  });
}

export function send(reply: FastifyReply, outcome: WriteOutcome): FastifyReply {
  if (outcome.replayed) void reply.header('idempotency-replayed', 'true');
  if (outcome.reply.status === 204) return reply.code(204).send();
  return reply.code(outcome.reply.status).send(outcome.reply.body);
}

export function familyRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post('/:org_id/families', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Create a family',
      security: orgSecurity,
      params: OrgParams,
      headers: IdempotencyHeaders,
      body: Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: FAMILY_NAME_MAX_LENGTH }),
          currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217; every member account must keep it.' }),
        },
        { additionalProperties: false },
      ),
      response: { 201: FamilyView, ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 415, 422]) },
    },
    handler: async (request, reply) => {
      const command = createFamily(deps.clock, organizationOf(request).id, request.body, familyView);
      return send(reply, await write(deps, request, command));
    },
  });

  r.get('/:org_id/families/:family_id', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'Read a family',
      security: orgSecurity,
      params: FamilyParams,
      response: { 200: FamilyView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) => familyView(await getFamily(deps.store, organizationOf(request).id, request.params.family_id)),
  });

  r.get('/:org_id/families/:family_id/members', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: "A family's members, in the order they joined",
      description: `A family has at most ${FAMILY_MEMBERS_MAX} members, so the list comes in one page.`,
      security: orgSecurity,
      params: FamilyParams,
      response: { 200: Type.Object({ data: Type.Array(MemberView) }), ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) => {
      const members = await listFamilyMembers(deps.store, organizationOf(request).id, request.params.family_id);
      return { data: members.map(memberView) };
    },
  });

  r.put('/:org_id/families/:family_id/members/:customer_id', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Add a customer to a family',
      description:
        'Idempotent: adding a member again is 204 too. 409 customer_in_other_family when the customer belongs to another family, ' +
        `422 currency_mismatch when one of its accounts keeps another currency, 409 family_member_limit_reached past ${FAMILY_MEMBERS_MAX} members.`,
      security: orgSecurity,
      params: MemberParams,
      headers: IdempotencyHeaders,
      response: { 204: Type.Null({ description: 'The customer is a member' }), ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 409, 422]) },
    },
    handler: async (request, reply) => {
      const { family_id, customer_id } = request.params;
      return send(reply, await write(deps, request, addFamilyMember(deps.clock, organizationOf(request).id, family_id, customer_id)));
    },
  });

  r.delete('/:org_id/families/:family_id/members/:customer_id', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Remove a customer from a family',
      description: 'The family balance stops counting the customer from here on; balances before this point still count it.',
      security: orgSecurity,
      params: MemberParams,
      headers: IdempotencyHeaders,
      response: { 204: Type.Null({ description: 'The customer is no longer a member' }), ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const { family_id, customer_id } = request.params;
      return send(reply, await write(deps, request, removeFamilyMember(deps.clock, organizationOf(request).id, family_id, customer_id)));
    },
  });
}
