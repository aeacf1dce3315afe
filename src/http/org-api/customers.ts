/** Customers of the native API: create, read (by uuid or number), update with If-Match, list. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createCustomer, updateCustomer } from '../../core/customers/commands.ts';
import {
  CUSTOMER_CATEGORIES_MAX,
  CUSTOMER_CATEGORY_MAX_LENGTH,
  CUSTOMER_EMAIL_MAX_LENGTH,
  CUSTOMER_NAME_MAX_LENGTH,
  CUSTOMER_SEARCH_MAX_LENGTH,
  EXTERNAL_ID_MAX_LENGTH,
  EXTERNAL_REFERENCES_MAX,
  EXTERNAL_SOURCE_MAX_LENGTH,
} from '../../core/customers/customer.ts';
import { customerSearch, getCustomer, getCustomerByNumber, listCustomers } from '../../core/customers/queries.ts';
import { SaldoError } from '../../core/errors.ts';
import { positionOfCursor } from '../shared/cursor.ts';
import { CustomerParams } from './path-params.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, Int64Text, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { OrgParams, PAGE_LIMIT_DEFAULT, PageQuery, orgSecurity } from './schemas.ts';
import { CustomerView, customerView } from './views/customer.ts';
import { etagOf, expectedVersion, performRequestWrite, sendOutcome } from './writes.ts';

const Name = Type.String({ minLength: 1, maxLength: CUSTOMER_NAME_MAX_LENGTH });
const Email = Type.Union([Type.String({ format: 'email', maxLength: CUSTOMER_EMAIL_MAX_LENGTH }), Type.Null()]);
const Categories = Type.Array(Type.String({ minLength: 1, maxLength: CUSTOMER_CATEGORY_MAX_LENGTH }), {
  maxItems: CUSTOMER_CATEGORIES_MAX,
});
const ExternalReferences = Type.Array(
  Type.Object(
    {
      source: Type.String({ minLength: 1, maxLength: EXTERNAL_SOURCE_MAX_LENGTH, examples: ['crm'] }),
      id: Type.String({ minLength: 1, maxLength: EXTERNAL_ID_MAX_LENGTH }),
    },
    { additionalProperties: false },
  ),
  { maxItems: EXTERNAL_REFERENCES_MAX },
);

const CreateCustomerBody = Type.Object(
  {
    number: Type.Optional(
      Type.Union([Int64Text, Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })], {
        description:
          'The customer number (1 to 9223372036854775807), best as a string of digits; assigned when absent.',
      }),
    ),
    name: Name,
    email: Type.Optional(Email),
    categories: Type.Optional(Categories),
    external_references: Type.Optional(ExternalReferences),
  },
  { additionalProperties: false },
);

const UpdateCustomerBody = Type.Object(
  {
    name: Type.Optional(Name),
    email: Type.Optional(Email),
    categories: Type.Optional(Categories),
    external_references: Type.Optional(ExternalReferences),
  },
  { additionalProperties: false },
);

const toReferences = (references: Array<{ source: string; id: string }> | undefined) =>
  references?.map((r) => ({ source: r.source, externalId: r.id }));

function parseNumber(text: string, pointer: string): bigint {
  if (!/^[0-9]{1,19}$/.test(text))
    throw new SaldoError('validation_failed', { detail: 'A customer number is a string of 1 to 19 digits.', pointer });
  return BigInt(text);
}

export function customerRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const read = { auth: { kind: 'key' as const, scope: 'CUSTOMER_READ' as const, organizationParam: 'org_id' } };
  const write = { auth: { kind: 'key' as const, scope: 'CUSTOMER_WRITE' as const, organizationParam: 'org_id' } };

  r.post('/:org_id/customers', {
    config: write,
    schema: {
      tags: ['org-api'],
      summary: 'Create a customer (honours Idempotency-Key)',
      security: orgSecurity,
      params: OrgParams,
      body: CreateCustomerBody,
      response: { 201: CustomerView, ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 409, 422]) },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const organization = organizationOf(request);
      const command = createCustomer(deps.clock, organization.id, {
        number:
          body.number === undefined
            ? undefined
            : typeof body.number === 'number'
              ? BigInt(body.number)
              : parseNumber(body.number, 'body.number'),
        name: body.name,
        email: body.email,
        categories: body.categories,
        externalReferences: toReferences(body.external_references),
      });
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: (customer) => ({ status: 201, body: customerView(customer) }),
      });
      return sendOutcome(reply, outcome);
    },
  });

  r.get('/:org_id/customers', {
    config: read,
    schema: {
      tags: ['org-api'],
      summary: 'List customers by number, a page at a time; `q` searches',
      security: orgSecurity,
      params: OrgParams,
      querystring: Type.Object(
        {
          ...PageQuery,
          category: Type.Optional(Type.String({ minLength: 1, maxLength: CUSTOMER_CATEGORY_MAX_LENGTH })),
          external_source: Type.Optional(Type.String({ minLength: 1, maxLength: EXTERNAL_SOURCE_MAX_LENGTH })),
          external_id: Type.Optional(Type.String({ minLength: 1, maxLength: EXTERNAL_ID_MAX_LENGTH })),
          q: Type.Optional(
            Type.String({
              minLength: 1,
              maxLength: CUSTOMER_SEARCH_MAX_LENGTH,
              description:
                'Search: the customer number, an account number or payment reference (spaces ignored) exactly, part of the name, or the start of the email; letters in either case.',
            }),
          ),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Object({ data: Type.Array(CustomerView), next_cursor: Type.Union([Type.String(), Type.Null()]) }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const { limit = PAGE_LIMIT_DEFAULT, cursor, category, external_source, external_id, q } = request.query;
      const page = await listCustomers(deps.store, organizationOf(request).id, {
        limit,
        afterNumber: cursor === undefined ? undefined : parseCursor(cursor),
        category,
        externalSource: external_source,
        externalId: external_id,
        search: q === undefined || q.trim() === '' ? undefined : customerSearch(q),
      });
      return {
        data: page.data.map(customerView),
        next_cursor: page.nextAfterNumber === null ? null : page.nextAfterNumber.toString(),
      };
    },
  });

  r.get('/:org_id/customers/by-number/:number', {
    config: read,
    schema: {
      tags: ['org-api'],
      summary: 'Read a customer by its number',
      security: orgSecurity,
      params: Type.Object({ org_id: OrgParams.properties.org_id, number: Type.String({ maxLength: 19 }) }),
      response: { 200: CustomerView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const customer = await getCustomerByNumber(
        deps.store,
        organizationOf(request).id,
        parseNumber(request.params.number, 'path.number'),
      );
      void reply.header('etag', etagOf(customer.version));
      return customerView(customer);
    },
  });

  r.get('/:org_id/customers/:customer_id', {
    config: read,
    schema: {
      tags: ['org-api'],
      summary: 'Read a customer',
      security: orgSecurity,
      params: CustomerParams,
      response: { 200: CustomerView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const customer = await getCustomer(deps.store, organizationOf(request).id, request.params.customer_id);
      void reply.header('etag', etagOf(customer.version));
      return customerView(customer);
    },
  });

  r.patch('/:org_id/customers/:customer_id', {
    config: write,
    schema: {
      tags: ['org-api'],
      summary: 'Update a customer (If-Match: the ETag of the version read)',
      security: orgSecurity,
      params: CustomerParams,
      headers: Type.Object({ 'if-match': Type.Optional(Type.String({ description: 'The ETag of the version read' })) }),
      body: UpdateCustomerBody,
      response: { 200: CustomerView, ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 409, 428]) },
    },
    handler: async (request, reply) => {
      const version = expectedVersion(request);
      const body = request.body;
      const command = updateCustomer(deps.clock, organizationOf(request).id, request.params.customer_id, version, {
        name: body.name,
        email: body.email,
        categories: body.categories,
        externalReferences: toReferences(body.external_references),
      });
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: (customer) => ({ status: 200, body: customerView(customer) }),
      });
      return sendOutcome(reply, outcome);
    },
  });
}

const parseCursor = (cursor: string): bigint => positionOfCursor(cursor)!;
