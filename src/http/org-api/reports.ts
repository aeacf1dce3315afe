/** Reports under /orgs/{org_id}/reports: the aging of receivables, point in time, JSON or CSV. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SaldoError } from '../../core/errors.ts';
import { toMinorNumber } from '../../core/money.ts';
import { AGING_BUCKETS, type AgingAmounts } from '../../core/reports/aging.ts';
import { AGING_PAGE_LIMIT_MAX, agingReport } from '../../core/reports/aging-report.ts';
import { agingCsv } from '../../reports/aging-csv.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { cursorOf, idOfCursor } from '../shared/cursor.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { OrgParams, PAGE_LIMIT_DEFAULT, accountReadScope, orgSecurity } from './schemas.ts';
import { todayOf } from './writes.ts';

const Minor = Type.Integer({ description: 'Minor units.' });
const Buckets = {
  current: Type.Integer({ description: 'Not yet due (due on as_of or later).' }),
  days_1_30: Minor,
  days_31_60: Minor,
  days_61_90: Minor,
  days_over_90: Minor,
  total: Minor,
};

const AgingView = Type.Object({
  as_of: Type.String({ format: 'date' }),
  totals: Type.Array(Type.Object({ currency: Type.String(), ...Buckets }), {
    description: 'Every open charge of the organization, per currency.',
  }),
  accounts: Type.Array(
    Type.Object({
      account_id: Type.String({ format: 'uuid' }),
      customer_number: Type.String(),
      customer_name: Type.String(),
      currency: Type.String(),
      ...Buckets,
    }),
    { description: 'Accounts with something open, in account order, a page at a time.' },
  ),
  next_cursor: Type.Union([Type.String(), Type.Null()]),
});

function amounts(row: AgingAmounts) {
  return Object.fromEntries(
    [...AGING_BUCKETS, 'total' as const].map((bucket) => [bucket, toMinorNumber(row[bucket])]),
  ) as Record<keyof AgingAmounts, number>;
}

export function reportRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/:org_id/reports/aging', {
    config: accountReadScope,
    schema: {
      tags: ['org-api'],
      summary: 'The aging of receivables as it stood at the end of a day',
      description:
        'Each open charge in the bucket of its days past due, by booking dates: a past as_of shows the books as they stood at its end (what was booked later is not there). `totals` per currency cover the whole organization; `accounts` are paged by `cursor` (in CSV the `Next-Cursor` header). 400 for an as_of after today.',
      security: orgSecurity,
      params: OrgParams,
      querystring: Type.Object(
        {
          as_of: Type.Optional(
            Type.String({
              format: 'date',
              description: 'YYYY-MM-DD, not after today; today in the organization’s time zone by default.',
            }),
          ),
          format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' })),
          limit: Type.Optional(
            Type.Integer({ minimum: 1, maximum: AGING_PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT }),
          ),
          cursor: Type.Optional(Type.String({ maxLength: 40 })),
        },
        { additionalProperties: false },
      ),
      response: {
        200: {
          description: 'JSON, or text/csv with format=csv',
          content: {
            'application/json': { schema: AgingView },
            'text/csv': { schema: Type.String({ description: 'A header row, then one row per account of the page.' }) },
          },
        },
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request, reply) => {
      const { as_of, format = 'json', limit = PAGE_LIMIT_DEFAULT, cursor } = request.query;
      const organization = organizationOf(request);
      const today = todayOf(deps, request);
      if (as_of !== undefined && as_of > today) {
        throw new SaldoError('validation_failed', {
          detail: `'as_of' must not be after today (${today}).`,
          pointer: 'query.as_of',
        });
      }
      const report = await agingReport(deps.store, organization, today, {
        asOf: as_of,
        afterId: idOfCursor(cursor),
        limit,
      });
      const next = report.nextAfterId === null ? null : cursorOf(report.nextAfterId);
      if (format === 'csv') {
        if (next !== null) void reply.header('next-cursor', next);
        void reply.header('content-disposition', `attachment; filename="aging-${report.asOf}.csv"`);
        // Serialized here: the JSON response schema does not apply to text.
        return reply
          .code(200)
          .type('text/csv; charset=utf-8')
          .serializer((payload: unknown) => String(payload))
          .send(agingCsv(report.accounts) as never);
      }
      return {
        as_of: report.asOf,
        totals: report.totals.map((total) => ({ currency: total.currency, ...amounts(total) })),
        accounts: report.accounts.map((row) => ({
          account_id: row.account_id,
          customer_number: row.customer_number,
          customer_name: row.customer_name,
          currency: row.currency,
          ...amounts(row),
        })),
        next_cursor: next,
      };
    },
  });
}
