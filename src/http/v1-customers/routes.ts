/**
 * GET /v1/customers/{customerId}/account/balances (seed 000) and
 * GET /v1/customers/{customerId}/account/transactions/upcoming (seed 001): the customer's default
 * account, looked up by customer number in the organization the key belongs to.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { customerBalances, upcomingCharges } from '../../core/customer-overview/queries.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { V1CustomersError, errorResponses } from '../shared/schemas.ts';
import { linkSuccessor } from './deprecation.ts';
import { Balances, CustomerParams, UPCOMING_SLICE_DEFAULT, Upcoming, UpcomingQuery, parseInt64 } from './schemas.ts';
import { balancesView, upcomingView } from './views.ts';

// The seeds' statuses, and the outage answers every dialect shares.
const V1_ERROR_STATUSES = [400, 401, 403, 404, 409, 429, 500, 503, 504];
const security: Array<Record<string, string[]>> = [{ ApiKey: [] }, { Bearer: [] }];
const readScope = { auth: { kind: 'key' as const, scope: 'CUSTOMER_ACCOUNT_READ' as const } };
const DEPRECATION_NOTE =
  'Answers carry `Deprecation` (RFC 9745), a `Link` to the docs and to the native successor, and `Sunset` (RFC 8594) once the organization set a date.';

export function v1CustomerRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/:customerId/account/balances', {
    config: readScope,
    schema: {
      tags: ['v1-customers'],
      summary: "Get customer's account balance data",
      description: `Required Scopes: \`CUSTOMER_ACCOUNT_READ\`. Returns the current balance data of the customer's default account. ${DEPRECATION_NOTE} Successor: GET /orgs/{org_id}/accounts/{account_id}.`,
      deprecated: true,
      security,
      params: CustomerParams,
      response: { 200: Balances, ...errorResponses(V1CustomersError, V1_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const organization = organizationOf(request);
      const customerNumber = parseInt64(request.params.customerId, 'path.customerId');
      const balances = await customerBalances(deps.store, organization.id, customerNumber);
      linkSuccessor(reply, `/orgs/${organization.slug}/accounts/${balances.account.publicId}`);
      return balancesView(balances);
    },
  });

  r.get('/:customerId/account/transactions/upcoming', {
    config: readScope,
    schema: {
      tags: ['v1-customers'],
      summary: "Get customer's account upcoming transactions in slices within the next year",
      description:
        "Required Scopes: `CUSTOMER_ACCOUNT_READ`. The default account's charges due from today (inclusive, in the organization's time zone) " +
        'to the same date a year ahead (inclusive), ordered by id; reversed charges and reversals are not listed, nor are credits. ' +
        `Page with \`offset\` = the \`offset\` of the previous answer. ${DEPRECATION_NOTE} Successor: GET /orgs/{org_id}/accounts/{account_id}/entries.`,
      deprecated: true,
      security,
      params: CustomerParams,
      querystring: UpcomingQuery,
      response: { 200: Upcoming, ...errorResponses(V1CustomersError, V1_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const organization = organizationOf(request);
      const customerNumber = parseInt64(request.params.customerId, 'path.customerId');
      const offset = request.query.offset ?? '0';
      const afterId = parseInt64(offset, 'query.offset');
      const slice = await upcomingCharges(deps.store, deps.clock, organization, customerNumber, {
        afterId,
        sliceSize: request.query.sliceSize ?? UPCOMING_SLICE_DEFAULT,
      });
      linkSuccessor(reply, `/orgs/${organization.slug}/accounts/${slice.account.publicId}/entries`);
      return upcomingView(slice, offset);
    },
  });
}
