/**
 * Write-offs (a debt given up: a credit of kind WRITE_OFF, the whole open amount by default) and
 * refunds (credit paid back: a charge of kind REFUND settled from unallocated credit). Both are
 * entries like any other: listed, read and reversed through the entries API.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ENTRY_DESCRIPTION_MAX_LENGTH } from '../../core/entries/entry.ts';
import { AMOUNT_MINOR_MAX } from '../../core/money.ts';
import { refund, writeOff } from '../../core/write-offs/commands.ts';
import type { AppDependencies } from '../dependencies.ts';
import { ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { Amount, Description, performLedgerWrite } from './entries.ts';
import { AccountParams, accountWriteScope as writeScope, orgSecurity } from './schemas.ts';
import { EntryView, entryView } from './views/entry.ts';
import { IdempotencyHeaders, WRITE_ERROR_STATUSES, sendOutcome, todayOf } from './writes.ts';

const WriteOffBody = Type.Object(
  {
    amount: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: Number(AMOUNT_MINOR_MAX),
        description: 'Minor units; the whole open amount when left out.',
      }),
    ),
    reason: Type.String({
      minLength: 1,
      maxLength: ENTRY_DESCRIPTION_MAX_LENGTH,
      description: 'Why the debt is given up; kept as the entry’s description.',
    }),
  },
  { additionalProperties: false },
);

const RefundBody = Type.Object(
  { amount: Amount, description: Type.Optional(Description) },
  { additionalProperties: false },
);

export function writeOffRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post('/:org_id/accounts/:account_id/write-offs', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Write off what an account owes',
      description:
        'Books a credit of kind WRITE_OFF that settles the oldest open charges like a payment. 409 write_off_exceeds_open_amount when the amount is more than the account has open (or nothing is open). Reversible like any entry.',
      security: orgSecurity,
      params: AccountParams,
      headers: IdempotencyHeaders,
      body: WriteOffBody,
      response: { 201: EntryView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const { amount, reason } = request.body;
      const command = writeOff(todayOf(deps, request), {
        accountPublicId: request.params.account_id,
        amountMinor: amount === undefined ? null : BigInt(amount),
        reason,
      });
      return sendOutcome(reply, await performLedgerWrite(deps, request, command, (result) => entryView(result.detail)));
    },
  });

  r.post('/:org_id/accounts/:account_id/refunds', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Pay back unallocated credit',
      description:
        'Books a charge of kind REFUND settled at once from the account’s unallocated credit. 409 refund_exceeds_credit when the amount is more than that credit. Reversible like any entry.',
      security: orgSecurity,
      params: AccountParams,
      headers: IdempotencyHeaders,
      body: RefundBody,
      response: { 201: EntryView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const { amount, description } = request.body;
      const command = refund(todayOf(deps, request), {
        accountPublicId: request.params.account_id,
        amountMinor: BigInt(amount),
        description,
      });
      return sendOutcome(reply, await performLedgerWrite(deps, request, command, (result) => entryView(result.detail)));
    },
  });
}
