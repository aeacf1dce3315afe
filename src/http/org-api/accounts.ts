/**
 * Accounts: the 003 dialect's paths exactly (read, payment method, a customer's accounts, open,
 * close, available payment methods) and the native update with If-Match.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  ACCOUNT_NAME_MAX_LENGTH,
  ACCOUNT_NUMBER_MAX_LENGTH,
  ACCOUNT_PAGE_LIMIT_MAX,
  ACCOUNT_STATUSES,
  ACCOUNT_TEMPLATE_NAME_MAX_LENGTH,
  type AccountStatus,
} from '../../core/accounts/account.ts';
import { changePaymentMethod, closeAccount, createAccount, updateAccount } from '../../core/accounts/commands.ts';
import {
  getAccount,
  getCustomerAccount,
  listAccounts,
  listAvailablePaymentMethods,
  listCustomerAccounts,
} from '../../core/accounts/queries.ts';
import { AMOUNT_MINOR_MAX } from '../../core/money.ts';
import { idOfCursor } from '../shared/cursor.ts';
import { AccountParams, CustomerAccountParams, CustomerParams } from './path-params.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { OrgParams, PAGE_LIMIT_DEFAULT, orgSecurity } from './schemas.ts';
import {
  AccountView,
  BillingAddress,
  ModalitySchema,
  PaymentMethodBody,
  PaymentMethodTypeSchema,
  PaymentReferenceTypeSchema,
  accountView,
} from './views/account.ts';
import { etagOf, expectedVersion, performRequestWrite, sendOutcome } from './writes.ts';

/** An account named in a body: it must be a uuid there (400 otherwise). */
const AccountId = Type.String({ format: 'uuid', description: 'Account identifier' });

const AccountName = Type.String({ minLength: 1, maxLength: ACCOUNT_NAME_MAX_LENGTH });
const CreditLimit = Type.Integer({ minimum: 0, maximum: Number(AMOUNT_MINOR_MAX), description: 'Minor units' });
const TemplateName = Type.String({ minLength: 1, maxLength: ACCOUNT_TEMPLATE_NAME_MAX_LENGTH });

const PostAccount = Type.Object(
  {
    modality: Type.Optional(ModalitySchema),
    payment_method: PaymentMethodBody,
    billing_address: Type.Optional(Type.Union([BillingAddress, Type.Null()])),
    currency: Type.Optional(
      Type.String({
        minLength: 3,
        maxLength: 3,
        description: 'ISO 4217; else the template’s, else the organization’s default',
      }),
    ),
    name: Type.Optional(Type.Union([AccountName, Type.Null()])),
    number: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
        maxLength: ACCOUNT_NUMBER_MAX_LENGTH,
        description:
          'Unique in the organization; numeric with a MOD10 or FINNISH_7_3_1 payment reference; assigned when absent',
      }),
    ),
    credit_limit: Type.Optional(CreditLimit),
    payment_reference: Type.Optional(
      Type.Object(
        { type: PaymentReferenceTypeSchema, number: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })) },
        { additionalProperties: false },
      ),
    ),
    template: Type.Optional(TemplateName),
    parent_id: Type.Optional(Type.Union([AccountId, Type.Null()])),
  },
  { additionalProperties: false },
);

const PatchAccount = Type.Object(
  {
    name: Type.Optional(Type.Union([AccountName, Type.Null()])),
    credit_limit: Type.Optional(CreditLimit),
    billing_address: Type.Optional(Type.Union([BillingAddress, Type.Null()])),
    template: Type.Optional(Type.Union([TemplateName, Type.Null()])),
    parent_id: Type.Optional(Type.Union([AccountId, Type.Null()])),
  },
  { additionalProperties: false },
);

const NoContent = Type.Null({ description: 'successful operation' });

export function accountRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const read = { auth: { kind: 'key' as const, scope: 'CUSTOMER_ACCOUNT_READ' as const, organizationParam: 'org_id' } };
  const write = {
    auth: { kind: 'key' as const, scope: 'CUSTOMER_ACCOUNT_WRITE' as const, organizationParam: 'org_id' },
  };
  const tags = ['accounts'];

  r.get('/:org_id/accounts', {
    config: read,
    schema: {
      tags: ['org-api'],
      summary: "The organization's accounts, oldest first, by dunning level or status",
      security: orgSecurity,
      params: OrgParams,
      querystring: Type.Object(
        {
          limit: Type.Optional(
            Type.Integer({ minimum: 1, maximum: ACCOUNT_PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT }),
          ),
          cursor: Type.Optional(Type.String({ maxLength: 20 })),
          dunning_level: Type.Optional(
            Type.String({
              pattern: '^([0-9]{1,2}|none)$',
              description: 'Index of the dunning level (0 = the first of the policy), or `none`.',
            }),
          ),
          status: Type.Optional(Type.Unsafe<AccountStatus>({ type: 'string', enum: [...ACCOUNT_STATUSES] })),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Object({ data: Type.Array(AccountView), next_cursor: Type.Union([Type.String(), Type.Null()]) }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const { limit = PAGE_LIMIT_DEFAULT, cursor, dunning_level, status } = request.query;
      const page = await listAccounts(deps.store, organizationOf(request).id, {
        limit,
        afterId: idOfCursor(cursor),
        dunningLevel: dunning_level === undefined ? undefined : dunning_level === 'none' ? null : Number(dunning_level),
        status,
      });
      return {
        data: page.data.map(accountView),
        next_cursor: page.nextAfterId === null ? null : String(page.nextAfterId),
      };
    },
  });

  r.get('/:org_id/accounts/:account_id', {
    config: read,
    schema: {
      tags,
      summary: 'Access to accounts',
      security: orgSecurity,
      params: AccountParams,
      response: { 200: AccountView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const account = await getAccount(deps.store, organizationOf(request).id, request.params.account_id);
      void reply.header('etag', etagOf(account.version));
      return accountView(account);
    },
  });

  r.patch('/:org_id/accounts/:account_id', {
    config: write,
    schema: {
      tags,
      summary: 'Update an account (If-Match: the ETag of the version read)',
      security: orgSecurity,
      params: AccountParams,
      headers: Type.Object({ 'if-match': Type.Optional(Type.String({ description: 'The ETag of the version read' })) }),
      body: PatchAccount,
      response: { 200: AccountView, ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 409, 428]) },
    },
    handler: async (request, reply) => {
      const version = expectedVersion(request);
      const body = request.body;
      const command = updateAccount(deps.clock, organizationOf(request).id, request.params.account_id, version, {
        name: body.name,
        creditLimitMinor: body.credit_limit === undefined ? undefined : BigInt(body.credit_limit),
        billingAddress: body.billing_address,
        template: body.template,
        parentId: body.parent_id,
      });
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: (account) => ({ status: 200, body: accountView(account) }),
      });
      return sendOutcome(reply, outcome);
    },
  });

  r.patch('/:org_id/accounts/:account_id/payment-method', {
    config: write,
    schema: {
      tags,
      summary: 'Change the payment method of an account',
      security: orgSecurity,
      params: AccountParams,
      body: PaymentMethodBody,
      response: { 204: NoContent, ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 409]) },
    },
    handler: async (request, reply) => {
      const command = changePaymentMethod(
        deps.clock,
        organizationOf(request).id,
        request.params.account_id,
        request.body,
      );
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, { ...command, reply: () => ({ status: 204, body: null }) }),
      );
    },
  });

  r.get('/:org_id/customers/:customer_id/accounts', {
    config: read,
    schema: {
      tags,
      summary: 'The accounts of a customer, oldest first',
      security: orgSecurity,
      params: CustomerParams,
      response: {
        200: Type.Object(
          { account_ids: Type.Array(Type.String({ format: 'uuid' })) },
          { description: 'Customer accounts returned successfully' },
        ),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const accounts = await listCustomerAccounts(deps.store, organizationOf(request).id, request.params.customer_id);
      return { account_ids: accounts.map((a) => a.publicId) };
    },
  });

  r.post('/:org_id/customers/:customer_id/accounts', {
    config: write,
    schema: {
      tags,
      summary: 'Open an account for a customer (honours Idempotency-Key)',
      security: orgSecurity,
      params: CustomerParams,
      body: PostAccount,
      response: {
        201: Type.Object({ account_id: Type.String({ format: 'uuid' }) }, { description: 'successful operation' }),
        ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 409]),
      },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const command = createAccount(deps.clock, organizationOf(request).id, request.params.customer_id, {
        modality: body.modality,
        paymentMethod: body.payment_method,
        billingAddress: body.billing_address,
        currency: body.currency,
        name: body.name,
        number: body.number,
        creditLimitMinor: body.credit_limit === undefined ? undefined : BigInt(body.credit_limit),
        paymentReference: body.payment_reference,
        template: body.template,
        parentId: body.parent_id,
      });
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, {
          ...command,
          reply: (account) => ({ status: 201, body: { account_id: account.publicId } }),
        }),
      );
    },
  });

  r.get('/:org_id/customers/:customer_id/accounts/:account_id', {
    config: read,
    schema: {
      tags,
      summary: 'An account of a customer',
      security: orgSecurity,
      params: CustomerAccountParams,
      response: { 200: AccountView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const { customer_id, account_id } = request.params;
      const account = await getCustomerAccount(deps.store, organizationOf(request).id, customer_id, account_id);
      void reply.header('etag', etagOf(account.version));
      return accountView(account);
    },
  });

  r.delete('/:org_id/customers/:customer_id/accounts/:account_id', {
    config: write,
    schema: {
      tags,
      summary: 'Close an account once nothing is owed, open or unallocated',
      security: orgSecurity,
      params: CustomerAccountParams,
      response: { 204: NoContent, ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 409]) },
    },
    handler: async (request, reply) => {
      const { customer_id, account_id } = request.params;
      const command = closeAccount(deps.clock, organizationOf(request).id, customer_id, account_id);
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, { ...command, reply: () => ({ status: 204, body: null }) }),
      );
    },
  });

  r.get('/:org_id/customers/:customer_id/accounts/:account_id/payment-methods', {
    config: read,
    schema: {
      tags,
      summary: 'The payment methods the account may switch to',
      security: orgSecurity,
      params: CustomerAccountParams,
      response: {
        200: Type.Object(
          { payment_methods: Type.Array(Type.Object({ type: PaymentMethodTypeSchema })) },
          { description: 'Payment methods returned successfully' },
        ),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const { customer_id, account_id } = request.params;
      const organizationId = organizationOf(request).id;
      const account = await getCustomerAccount(deps.store, organizationId, customer_id, account_id);
      const types = await listAvailablePaymentMethods(deps.store, organizationId, account);
      return { payment_methods: types.map((type) => ({ type })) };
    },
  });
}
