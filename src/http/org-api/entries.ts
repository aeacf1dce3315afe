/**
 * Booking entries: post a charge or credit on an account, list an account's entries in ledger
 * order, read one, reverse one. Every POST passes the write pipeline with its Idempotency-Key.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { type BookingCommand, type LedgerWriteResult, postEntry, reverseEntry } from '../../core/entries/commands.ts';
import { ENTRY_DESCRIPTION_MAX_LENGTH, ENTRY_EXTERNAL_ID_MAX_LENGTH } from '../../core/entries/entry.ts';
import { ENTRY_PAGE_LIMIT_MAX, getEntry, listEntries } from '../../core/entries/queries.ts';
import { AMOUNT_MINOR_MAX } from '../../core/money.ts';
import type { WriteOutcome } from '../../core/write-pipeline.ts';
import { cursorOf, positionOfCursor } from '../shared/cursor.ts';
import { EntryParams } from './path-params.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import {
  AccountParams,
  PAGE_LIMIT_DEFAULT,
  accountReadScope as readScope,
  accountWriteScope as writeScope,
  orgSecurity,
} from './schemas.ts';
import { EntryView, entryView } from './views/entry.ts';
import { IdempotencyHeaders, WRITE_ERROR_STATUSES, performRequestBooking, sendOutcome, todayOf } from './writes.ts';

export const Amount = Type.Integer({
  minimum: 1,
  maximum: Number(AMOUNT_MINOR_MAX),
  description: 'Minor units of the account currency.',
});
export const DueDate = Type.String({
  format: 'date',
  description: 'YYYY-MM-DD; today in the organization’s time zone by default.',
});
export const ValueDate = Type.String({
  format: 'date',
  description: 'The day the customer paid: not after today; the booking day by default.',
});
export const Description = Type.String({ maxLength: ENTRY_DESCRIPTION_MAX_LENGTH });
export const ExternalId = Type.String({
  minLength: 1,
  maxLength: ENTRY_EXTERNAL_ID_MAX_LENGTH,
  description:
    'Your id for the entry, unique per account: the same content again returns the first entry (200); other content is 409.',
});
export const Currency = Type.String({
  pattern: '^[A-Z]{3}$',
  description: 'When given, must be the account currency.',
});

/** The booking fields a charge, credit or payment body shares, in the core's words. */
export function bookingFields(body: {
  amount: number;
  currency?: string;
  due_date?: string;
  value_date?: string;
  description?: string;
  external_id?: string;
}) {
  return {
    amountMinor: BigInt(body.amount),
    currency: body.currency,
    dueDate: body.due_date,
    valueDate: body.value_date,
    description: body.description,
    externalId: body.external_id,
  };
}

const PostEntryBody = Type.Object(
  {
    type: Type.Union([Type.Literal('CHARGE'), Type.Literal('CREDIT')]),
    amount: Amount,
    currency: Type.Optional(Currency),
    due_date: Type.Optional(DueDate),
    description: Type.Optional(Description),
    external_id: Type.Optional(ExternalId),
  },
  { additionalProperties: false },
);

/** Runs a booking command: 201 for a new booking, 200 when an equal one with its external id exists. */
export function performLedgerWrite(
  deps: AppDependencies,
  request: FastifyRequest,
  command: BookingCommand<LedgerWriteResult>,
  render: (result: LedgerWriteResult) => unknown,
): Promise<WriteOutcome> {
  return performRequestBooking(deps, request, {
    ...command,
    reply: (result) => ({ status: result.created ? 201 : 200, body: render(result) }),
  });
}

export function entryRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post('/:org_id/accounts/:account_id/entries', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Post a charge or a credit',
      description:
        'A charge is settled at once from unallocated credit; a credit settles open charges, oldest due date first. Closed accounts take no charges (409 account_closed).',
      security: orgSecurity,
      params: AccountParams,
      headers: IdempotencyHeaders,
      body: PostEntryBody,
      response: { 201: EntryView, 200: EntryView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const command = postEntry(todayOf(deps, request), {
        accountPublicId: request.params.account_id,
        type: body.type,
        ...bookingFields(body),
      });
      return sendOutcome(reply, await performLedgerWrite(deps, request, command, (result) => entryView(result.detail)));
    },
  });

  r.get('/:org_id/accounts/:account_id/entries', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: "An account's booking entries in ledger order",
      security: orgSecurity,
      params: AccountParams,
      querystring: Type.Object(
        {
          limit: Type.Optional(
            Type.Integer({ minimum: 1, maximum: ENTRY_PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT }),
          ),
          cursor: Type.Optional(Type.String({ maxLength: 40 })),
          due_from: Type.Optional(Type.String({ format: 'date' })),
          due_to: Type.Optional(Type.String({ format: 'date' })),
          type: Type.Optional(Type.Union([Type.Literal('CHARGE'), Type.Literal('CREDIT')])),
          open: Type.Optional(
            Type.Boolean({
              description: 'true: only entries with an open amount (charges still owed, credits not yet allocated).',
            }),
          ),
          order: Type.Optional(
            Type.Union([Type.Literal('asc'), Type.Literal('desc')], {
              description: 'Ledger order (asc, the default) or newest first (desc).',
            }),
          ),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Object({ data: Type.Array(EntryView), next_cursor: Type.Union([Type.String(), Type.Null()]) }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const { limit = PAGE_LIMIT_DEFAULT, cursor, due_from, due_to, type, open, order } = request.query;
      const page = await listEntries(deps.store, organizationOf(request).id, request.params.account_id, {
        limit,
        afterSequence: positionOfCursor(cursor),
        dueFrom: due_from,
        dueTo: due_to,
        type,
        open,
        descending: order === 'desc',
      });
      return {
        data: page.data.map(entryView),
        next_cursor: page.nextAfterSequence === null ? null : cursorOf(page.nextAfterSequence),
      };
    },
  });

  r.get('/:org_id/entries/:entry_id', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'A booking entry with its allocations',
      security: orgSecurity,
      params: EntryParams,
      response: { 200: EntryView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) =>
      entryView(await getEntry(deps.store, organizationOf(request).id, request.params.entry_id)),
  });

  r.post('/:org_id/entries/:entry_id/reversal', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Reverse a booking entry',
      description:
        'Books the opposite entry (kind REVERSAL). The original stays, its allocations are released and what that frees is settled again. 409 entry_already_reversed, 409 entry_not_reversible for a reversal.',
      security: orgSecurity,
      params: EntryParams,
      headers: IdempotencyHeaders,
      body: Type.Object({ description: Type.Optional(Description) }, { additionalProperties: false }),
      response: { 201: EntryView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    // The body is optional: a bare POST reverses with the default description.
    preValidation: async (request) => {
      request.body ??= {};
    },
    handler: async (request, reply) => {
      const command = reverseEntry(todayOf(deps, request), {
        entryPublicId: request.params.entry_id,
        description: request.body.description,
      });
      return sendOutcome(reply, await performLedgerWrite(deps, request, command, (result) => entryView(result.detail)));
    },
  });
}
