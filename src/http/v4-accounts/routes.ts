/**
 * GET /v4/customer/{customerId} (seed 002): a page of the customer's accounts, by id. The caller
 * names the end user (`auditUser`), and every read lands in the audit trail with it.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ACCOUNT_STATUSES, type AccountStatus } from '../../core/accounts/account.ts';
import { ACCOUNTS_PAGE_SIZE_MAX, customerAccounts } from '../../core/customer-overview/queries.ts';
import { SaldoError } from '../../core/errors.ts';
import type { AppDependencies } from '../dependencies.ts';
import { actorOf } from '../shared/auth.ts';
import { ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { accountView } from './views.ts';

const INT64_MAX = 9_223_372_036_854_775_807n;
export const ACCOUNTS_PAGE_SIZE_DEFAULT = 30;
/** Bound on the page number, so an offset stays small. */
export const ACCOUNTS_PAGE_MAX = 10_000;
export const AUDIT_USER_MAX_LENGTH = 200;

const Account = Type.Object({
  available: Type.Number({ description: "Accounts's available amount (creditLimit + balance)", examples: [1000] }),
  balance: Type.Number({ description: "Account's balance (credits − charges)", examples: [1000] }),
  creditLimit: Type.Number({ description: 'Credit limit of the account', examples: [10000] }),
  currency: Type.String({ description: 'A valid ISO 4217 currency code', examples: ['EUR'] }),
  customerId: Type.String({ description: 'Customer id for account owner', examples: ['55667788990'] }),
  id: Type.String({ description: 'Unique account id for given account', examples: ['1234567890'] }),
  name: Type.Optional(
    Type.String({
      maxLength: 64,
      description: 'Human readable name of an account',
      examples: ['My example account name'],
    }),
  ),
  number: Type.String({
    maxLength: 64,
    description: 'Unique account number for given account',
    examples: ['123456789'],
  }),
  parentId: Type.Optional(
    Type.String({
      description: 'Account id of parent account. If empty then this is parent contract.',
      examples: ['9876543210'],
    }),
  ),
  paymentReference: Type.Optional(
    Type.Object(
      { number: Type.String({ examples: ['1234567897'] }), type: Type.String({ examples: ['MOD10'] }) },
      { description: 'Number connected to account that will be used to map incoming payments to' },
    ),
  ),
  status: Type.Unsafe<AccountStatus>({ type: 'string', enum: [...ACCOUNT_STATUSES] }),
  template: Type.Optional(Type.String({ description: 'Template name for which the account is connected to' })),
});

export function v4AccountRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get('/customer/:customerId', {
    config: { auth: { kind: 'key', scope: 'CUSTOMER_ACCOUNT_READ' } },
    schema: {
      tags: ['v4-accounts'],
      summary: 'The accounts of a customer',
      description:
        'Required Scopes: `CUSTOMER_ACCOUNT_READ`. Accounts ordered by id; each read is recorded in the audit trail with `auditUser`.',
      security: [{ ApiKey: [] }, { Bearer: [] }],
      params: Type.Object({
        customerId: Type.String({
          pattern: '^[0-9]{1,19}$',
          description: 'The customer id to fetch list of accounts for (biginteger)',
        }),
      }),
      querystring: Type.Object(
        {
          auditUser: Type.String({
            minLength: 1,
            maxLength: AUDIT_USER_MAX_LENGTH,
            description: 'The audit user to log the request',
          }),
          page: Type.Optional(
            Type.Integer({ minimum: 0, maximum: ACCOUNTS_PAGE_MAX, default: 0, description: 'Current page' }),
          ),
          size: Type.Optional(
            Type.Integer({
              minimum: 1,
              maximum: ACCOUNTS_PAGE_SIZE_MAX,
              default: ACCOUNTS_PAGE_SIZE_DEFAULT,
              description: 'How many accounts should be returned per page, default is 30. Cannot be more than 100.',
            }),
          ),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Array(Account, { description: 'Successful lookup of accounts' }),
        ...errorResponses(ProblemDetails, [400, 401, 403, 404, 429, 500, 503, 504]),
      },
    },
    handler: async (request) => {
      const customerNumber = BigInt(request.params.customerId);
      if (customerNumber > INT64_MAX) {
        throw new SaldoError('validation_failed', {
          detail: `'customerId' must be at most ${INT64_MAX}.`,
          pointer: 'path.customerId',
        });
      }
      const { auditUser, page = 0, size = ACCOUNTS_PAGE_SIZE_DEFAULT } = request.query;
      const result = await customerAccounts(deps.store, deps.ledger, actorOf(request, auditUser), customerNumber, {
        page,
        size,
      });
      return result.accounts.map((account) => accountView(result.customer, account));
    },
  });
}
