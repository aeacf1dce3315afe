/**
 * GET /v1/families/{familyId}/balance (seed 004): a household's figures in minor units, now or
 * before a transaction (`where[transactionId][lessThan]=trn_…`, a deep-object parameter).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { familyBalance } from '../../core/families/queries.ts';
import { toMinorNumber } from '../../core/money.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { V1FamiliesError, errorResponses } from '../shared/schemas.ts';

const FILTER_PARAMETER = 'where[transactionId][lessThan]';

const FamilyBalance = Type.Object(
  {
    companyId: Type.String({ description: 'Company ID', examples: ['co_01JD5Z4W6Y3B0H9Q8E2N4R7T5V'] }),
    familyId: Type.String({ description: 'Family ID', examples: ['fml_01JD5Z4W6Y3B0H9Q8E2N4R7T5V'] }),
    balance: Type.Integer({ description: 'Balance: credit − debit, minor units' }),
    debit: Type.Integer({ description: 'Debit: sum of the members’ charges, minor units' }),
    credit: Type.Integer({ description: 'Credit: sum of the members’ credits, minor units' }),
    totalToPay: Type.Integer({ description: 'Total to pay: max(0, debit − credit), minor units' }),
    nextScheduledPayment: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Next scheduled payment value: the sum of the SCHEDULED payments on the earliest date from today on',
    }),
    nextScheduledPaymentDate: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
      description: 'Next scheduled payment date',
    }),
    beforeTransactionId: Type.Union([Type.String(), Type.Null()], {
      description: 'Transaction ID of the filter; null without one',
    }),
  },
  { description: 'successful operation' },
);

const Query = Type.Object(
  {
    where: Type.Optional(
      Type.Object(
        {
          transactionId: Type.Optional(
            Type.Object(
              { lessThan: Type.Optional(Type.String({ maxLength: 64, description: 'Filter by ID less than' })) },
              { additionalProperties: false, description: 'Filter by Transaction ID' },
            ),
          ),
        },
        { additionalProperties: false, description: 'Filter conditions', style: 'deepObject', explode: true },
      ),
    ),
  },
  { additionalProperties: false },
);

/**
 * Fastify's query parser leaves `where[transactionId][lessThan]` as one flat key. This route
 * alone nests bracketed keys (one level of brackets per name), so the schema validates the
 * documented deep object; other routes keep the default parsing. A callback hook: it never waits,
 * and an async one would cost every request a promise (the balance "now" has no query at all).
 */
function nestDeepObjectQuery(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  const flat = request.query as Record<string, unknown>;
  const keys = Object.keys(flat);
  if (keys.some((key) => key.includes('['))) request.query = nestedQuery(flat, keys);
  done();
}

function nestedQuery(flat: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  // Objects without a prototype: a key like `__proto__[x]` stays a plain (refused) name.
  const nested: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    const value = flat[key];
    const path = bracketPath(key);
    if (path === undefined) {
      nested[key] = value;
      continue;
    }
    let node = nested;
    for (const segment of path.slice(0, -1)) {
      const next = node[segment];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) node[segment] = Object.create(null);
      node = node[segment] as Record<string, unknown>;
    }
    node[path[path.length - 1]!] = value;
  }
  return nested;
}

/**
 * `name[a][b]` as `[name, a, b]`: a name without brackets, then one or more bracketed segments
 * without brackets inside, to the end of the key. Any other key is undefined (kept as a plain name).
 */
function bracketPath(key: string): string[] | undefined {
  const open = key.indexOf('[');
  if (open <= 0) return undefined;
  const name = key.slice(0, open);
  if (name.includes(']')) return undefined;
  const path = [name];
  for (let at = open; at < key.length;) {
    if (key[at] !== '[') return undefined;
    const close = key.indexOf(']', at + 1);
    if (close < 0) return undefined;
    const segment = key.slice(at + 1, close);
    if (segment.includes('[')) return undefined;
    path.push(segment);
    at = close + 1;
  }
  return path;
}

export function v1FamilyRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get('/:familyId/balance', {
    config: { auth: { kind: 'key', scope: 'FAMILY_READ' } },
    preValidation: nestDeepObjectQuery,
    schema: {
      tags: ['v1-families'],
      summary: 'Retrieve family balance',
      description:
        `Required Scopes: \`FAMILY_READ\`. Amounts are integers in minor units. With \`${FILTER_PARAMETER}=trn_…\` the figures count only the ` +
        'entries booked before that transaction, for the members of that moment; such an answer never changes. The next scheduled payment always looks ahead from today.',
      security: [{ ApiKey: [] }, { Bearer: [] }],
      params: Type.Object({ familyId: Type.String({ maxLength: 64, description: 'Family ID' }) }),
      querystring: Query,
      response: { 200: FamilyBalance, ...errorResponses(V1FamiliesError, [400, 403, 404, 429, 500, 503, 504]) },
    },
    handler: async (request) => {
      const before = request.query.where?.transactionId?.lessThan;
      const balance = await familyBalance(
        deps.store,
        deps.clock,
        organizationOf(request),
        request.params.familyId,
        before,
      );
      return {
        companyId: balance.organizationId,
        familyId: balance.familyId,
        balance: toMinorNumber(balance.balanceMinor),
        debit: toMinorNumber(balance.debitMinor),
        credit: toMinorNumber(balance.creditMinor),
        totalToPay: toMinorNumber(balance.totalToPayMinor),
        nextScheduledPayment:
          balance.nextScheduledPayment === null ? null : toMinorNumber(balance.nextScheduledPayment.amountMinor),
        nextScheduledPaymentDate: balance.nextScheduledPayment?.date ?? null,
        beforeTransactionId: balance.beforeEntryId,
      };
    },
  });
}
