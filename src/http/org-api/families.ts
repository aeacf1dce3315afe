/**
 * Families (households) and their members under /orgs/{org_id}. A customer belongs to at most
 * one family; a family keeps one currency and refuses members with accounts in another.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { addFamilyMember, createFamily, removeFamilyMember } from '../../core/families/commands.ts';
import { FAMILY_MEMBERS_MAX, FAMILY_NAME_MAX_LENGTH, type FamilyMember } from '../../core/families/family.ts';
import { familyOfCustomer, getFamily, listFamilyMembers } from '../../core/families/queries.ts';
import { CustomerParams, FamilyMemberParams, FamilyParams } from './path-params.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { OrgParams, orgScope, orgSecurity } from './schemas.ts';
import { IdempotencyHeaders, performRequestWrite, sendOutcome } from './writes.ts';
import { FamilyView, familyView } from './views/family.ts';

export { FamilyView, familyView };

const MemberParams = FamilyMemberParams;

const MemberView = Type.Object({
  customer_id: Type.String({ format: 'uuid' }),
  customer_number: Type.String({ description: 'The customer number (int64 as digits).' }),
  name: Type.String(),
  added_at: Type.String({ format: 'date-time' }),
});

const readScope = orgScope('FAMILY_READ');
const writeScope = orgScope('FAMILY_WRITE');

const memberView = (member: FamilyMember) => ({
  customer_id: member.customerPublicId,
  customer_number: member.customerNumber.toString(),
  name: member.customerName,
  added_at: member.addedAt,
});

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
      const command = createFamily(deps.clock, organizationOf(request).id, request.body);
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, {
          ...command,
          reply: (family) => ({ status: 201, body: familyView(family) }),
        }),
      );
    },
  });

  r.get('/:org_id/customers/:customer_id/family', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'The family a customer belongs to, or null',
      security: orgSecurity,
      params: CustomerParams,
      response: {
        200: Type.Object({ family: Type.Union([FamilyView, Type.Null()]) }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const family = await familyOfCustomer(deps.store, organizationOf(request).id, request.params.customer_id);
      return { family: family === null ? null : familyView(family) };
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
    handler: async (request) =>
      familyView(await getFamily(deps.store, organizationOf(request).id, request.params.family_id)),
  });

  r.get('/:org_id/families/:family_id/members', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: "A family's members, in the order they joined",
      description: `A family has at most ${FAMILY_MEMBERS_MAX} members, so the list comes in one page.`,
      security: orgSecurity,
      params: FamilyParams,
      response: {
        200: Type.Object({ data: Type.Array(MemberView) }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
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
      response: {
        204: Type.Null({ description: 'The customer is a member' }),
        ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 409, 422]),
      },
    },
    handler: async (request, reply) => {
      const { family_id, customer_id } = request.params;
      const command = addFamilyMember(deps.clock, organizationOf(request).id, family_id, customer_id);
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, { ...command, reply: () => ({ status: 204, body: null }) }),
      );
    },
  });

  r.delete('/:org_id/families/:family_id/members/:customer_id', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Remove a customer from a family',
      description:
        'The family balance stops counting the customer from here on; balances before this point still count it.',
      security: orgSecurity,
      params: MemberParams,
      headers: IdempotencyHeaders,
      response: {
        204: Type.Null({ description: 'The customer is no longer a member' }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request, reply) => {
      const { family_id, customer_id } = request.params;
      const command = removeFamilyMember(deps.clock, organizationOf(request).id, family_id, customer_id);
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, { ...command, reply: () => ({ status: 204, body: null }) }),
      );
    },
  });
}
