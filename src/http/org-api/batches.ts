/**
 * Batches: up to 1,000 charges, credit notes and payments in one request, each answered as its
 * single call would be. The body is checked whole first: one malformed item and nothing is booked
 * (400, with a pointer into the item).
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { BATCH_ITEMS_MAX, type BatchResult, postBatch } from '../../core/batches/commands.ts';
import { PAYMENT_REFERENCE_MAX_LENGTH } from '../../core/payments/commands.ts';
import type { AppDependencies } from '../dependencies.ts';
import { problemStatusByCode } from '../shared/problem-details.ts';
import { ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { Amount, Description, DueDate, ExternalId, ValueDate } from './entries.ts';
import { OrgParams, accountWriteScope as writeScope, orgSecurity } from './schemas.ts';
import { EntryView, entryView, paymentView } from './views/entry.ts';
import { IdempotencyHeaders, WRITE_ERROR_STATUSES, performRequestBooking, sendOutcome, todayOf } from './writes.ts';

/** The batch route's own body limit: a thousand items whatever BODY_LIMIT_BYTES says. */
export const BATCH_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

const AccountId = Type.String({ maxLength: 64, description: 'The account (uuid).' });

const entryItem = (kind: 'CHARGE' | 'CREDIT', description: string) =>
  Type.Object(
    {
      kind: Type.Literal(kind),
      account_id: AccountId,
      amount: Amount,
      due_date: Type.Optional(DueDate),
      description: Type.Optional(Description),
      external_id: Type.Optional(ExternalId),
    },
    { additionalProperties: false, description },
  );

const PaymentItem = Type.Object(
  {
    kind: Type.Literal('PAYMENT'),
    account_id: Type.Optional(AccountId),
    reference: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: PAYMENT_REFERENCE_MAX_LENGTH,
        description: 'A payment reference, matched as POST /payments matches it.',
      }),
    ),
    amount: Amount,
    value_date: Type.Optional(ValueDate),
    description: Type.Optional(Description),
    external_id: Type.Optional(ExternalId),
  },
  {
    additionalProperties: false,
    description: 'A payment on an account named by account_id, or by a payment reference (exactly one of them).',
  },
);

const ItemBranches = [
  entryItem('CHARGE', 'A charge (the customer owes).'),
  entryItem('CREDIT', 'A credit note.'),
  PaymentItem,
];
// A discriminated union: a malformed item is reported against its own kind's fields.
const BatchItem = Type.Unsafe<{
  kind: 'CHARGE' | 'CREDIT' | 'PAYMENT';
  account_id?: string;
  reference?: string;
  amount: number;
  due_date?: string;
  value_date?: string;
  description?: string;
  external_id?: string;
}>({ type: 'object', oneOf: ItemBranches, discriminator: { propertyName: 'kind' }, required: ['kind'] });

const BatchBody = Type.Object(
  {
    atomic: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'All or nothing: one refused item and none is booked (422 batch_refused).',
      }),
    ),
    items: Type.Array(BatchItem, { minItems: 1, maxItems: BATCH_ITEMS_MAX }),
  },
  { additionalProperties: false },
);

const ItemError = Type.Object({ code: Type.String(), detail: Type.String() });
/** One shape for every item's entry (a union would make the serializer test each branch). */
const BatchEntryView = Type.Object(
  {
    ...EntryView.properties,
    unallocated: Type.Optional(Type.Integer({ description: 'Payments: what is left after settling open charges.' })),
  },
  { description: 'The entry, as the single call shows it (payments with unallocated).' },
);
const BatchAnswer = Type.Object({
  results: Type.Array(
    Type.Object({
      index: Type.Integer({ description: "The item's position in the request." }),
      status: Type.Integer({
        description:
          'What the single call would have answered: 201 booked, 200 an external_id seen before, 404, 409, 422 …',
      }),
      entry: Type.Optional(BatchEntryView),
      error: Type.Optional(ItemError),
    }),
  ),
  succeeded: Type.Integer(),
  failed: Type.Integer(),
});

function batchView(result: BatchResult) {
  const results = result.items.map(({ kind, outcome }, index) => {
    if (!outcome.ok)
      return {
        index,
        status: problemStatusByCode[outcome.error.code],
        error: { code: outcome.error.code, detail: outcome.error.detail },
      };
    const { detail, created } = outcome.result;
    return { index, status: created ? 201 : 200, entry: kind === 'PAYMENT' ? paymentView(detail) : entryView(detail) };
  });
  const succeeded = results.filter((item) => item.entry !== undefined).length;
  return { results, succeeded, failed: results.length - succeeded };
}

export function batchRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post('/:org_id/batches', {
    config: writeScope,
    bodyLimit: BATCH_BODY_LIMIT_BYTES,
    schema: {
      tags: ['org-api'],
      summary: 'Book a batch of charges, credit notes and payments',
      description: `1 to ${BATCH_ITEMS_MAX} items, booked in order through the same write path as single calls; each result is what the single call would have answered. A malformed body or item books nothing (400, with a pointer such as body.items[3].amount). Without atomic, a refused item books nothing of itself and never fails the others; with atomic: true, one refused item and nothing is booked (422 batch_refused, errors for every refused item). Bodies up to 4 MiB.`,
      security: orgSecurity,
      params: OrgParams,
      headers: IdempotencyHeaders,
      body: BatchBody,
      response: { 200: BatchAnswer, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const command = postBatch(todayOf(deps, request), {
        atomic: body.atomic ?? false,
        items: body.items.map((item) => ({
          kind: item.kind,
          accountPublicId: item.account_id,
          reference: item.reference,
          amountMinor: BigInt(item.amount),
          dueDate: item.due_date,
          valueDate: item.value_date,
          description: item.description,
          externalId: item.external_id,
        })),
      });
      return sendOutcome(
        reply,
        await performRequestBooking(deps, request, {
          ...command,
          reply: (result) => ({ status: 200, body: batchView(result) }),
        }),
      );
    },
  });
}
