/**
 * Debt collection under /orgs/{org_id}: hand an account over, recall it, export what was handed
 * over with its open items (JSON or CSV).
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  DEBT_COLLECTION_EXPORT_LIMIT_MAX,
  type HandedOverAccount,
  exportDebtCollection,
  handOverToDebtCollection,
  recallFromDebtCollection,
} from '../../core/collections/commands.ts';
import { toMinorNumber } from '../../core/money.ts';
import { idOfCursor } from '../shared/cursor.ts';
import type { AppDependencies } from '../dependencies.ts';
import { actorOf, organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import {
  OrgParams,
  orgSecurity,
  AccountParams,
  accountReadScope as readScope,
  accountWriteScope as writeScope,
} from './schemas.ts';
import { ReceivablesAccountView, receivablesAccountView } from './views/receivables.ts';
import { IdempotencyHeaders, WRITE_ERROR_STATUSES, performRequestWrite, sendOutcome } from './writes.ts';

const OpenItemView = Type.Object({
  entry_id: Type.String(),
  kind: Type.String(),
  amount: Type.Integer(),
  open_amount: Type.Integer(),
  due_date: Type.String({ format: 'date' }),
  description: Type.Union([Type.String(), Type.Null()]),
});

const ExportedAccountView = Type.Object({
  account_id: Type.String({ format: 'uuid' }),
  account_number: Type.String(),
  customer_id: Type.String({ format: 'uuid' }),
  name: Type.Union([Type.String(), Type.Null()]),
  currency: Type.String(),
  status: Type.String(),
  debt_collection_since: Type.Union([Type.String(), Type.Null()]),
  dunning_level: Type.Union([Type.Integer(), Type.Null()]),
  balance: Type.Integer(),
  open_amount: Type.Integer(),
  open_items: Type.Array(OpenItemView),
});

function exportedView({ account, openItems }: HandedOverAccount) {
  return {
    account_id: account.publicId,
    account_number: account.number,
    customer_id: account.customerPublicId,
    name: account.name,
    currency: account.currency,
    status: account.status,
    debt_collection_since: account.debtCollectionSince,
    dunning_level: account.dunningLevel,
    balance: toMinorNumber(account.balanceMinor),
    open_amount: toMinorNumber(account.openMinor),
    open_items: openItems.map((item) => ({
      entry_id: item.publicId,
      kind: item.kind,
      amount: toMinorNumber(item.amountMinor),
      open_amount: toMinorNumber(item.openMinor),
      due_date: item.dueDate,
      description: item.description,
    })),
  };
}

const CSV_COLUMNS = [
  'account_id',
  'account_number',
  'customer_id',
  'currency',
  'debt_collection_since',
  'entry_id',
  'kind',
  'due_date',
  'amount',
  'open_amount',
  'description',
] as const;

/** RFC 4180 field; a leading formula character is defused so spreadsheets show text, not run it. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(accounts: HandedOverAccount[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const { account, openItems } of accounts) {
    for (const item of openItems) {
      lines.push(
        [
          account.publicId,
          account.number,
          account.customerPublicId,
          account.currency,
          account.debtCollectionSince,
          item.publicId,
          item.kind,
          item.dueDate,
          toMinorNumber(item.amountMinor),
          toMinorNumber(item.openMinor),
          item.description,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function collectionRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post('/:org_id/accounts/:account_id/debt-collection', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Hand an account over to debt collection',
      description:
        'The account becomes ACCOUNT_COLLECTION and dunning stops for it. 409 debt_collection_state_invalid when it is handed over already, closed, or owes nothing.',
      security: orgSecurity,
      params: AccountParams,
      headers: IdempotencyHeaders,
      response: { 200: ReceivablesAccountView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = handOverToDebtCollection(deps.clock, actorOf(request), request.params.account_id);
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: ({ account }) => ({ status: 200, body: receivablesAccountView(account) }),
      });
      return sendOutcome(reply, outcome);
    },
  });

  r.delete('/:org_id/accounts/:account_id/debt-collection', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Recall an account from debt collection',
      description:
        'Back to ACCOUNT_BLOCKED when its dunning level blocks, else ACCOUNT_OK. 409 debt_collection_state_invalid when it is not handed over.',
      security: orgSecurity,
      params: AccountParams,
      headers: IdempotencyHeaders,
      response: { 200: ReceivablesAccountView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = recallFromDebtCollection(deps.clock, actorOf(request), request.params.account_id);
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: ({ account }) => ({ status: 200, body: receivablesAccountView(account) }),
      });
      return sendOutcome(reply, outcome);
    },
  });

  r.get('/:org_id/debt-collection/export', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'Accounts in debt collection with their open items',
      description:
        'JSON (default) or CSV: one line per open item, amounts in minor units. Paged by `cursor` (the `next_cursor`, or in CSV the `Next-Cursor` header).',
      security: orgSecurity,
      params: OrgParams,
      querystring: Type.Object(
        {
          format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' })),
          limit: Type.Optional(
            Type.Integer({
              minimum: 1,
              maximum: DEBT_COLLECTION_EXPORT_LIMIT_MAX,
              default: DEBT_COLLECTION_EXPORT_LIMIT_MAX,
            }),
          ),
          cursor: Type.Optional(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
      response: {
        // Both media types documented, so a client (and the contract tests) can check either answer.
        200: {
          description: 'JSON, or text/csv with format=csv',
          content: {
            'application/json': {
              schema: Type.Object({
                data: Type.Array(ExportedAccountView),
                next_cursor: Type.Union([Type.String(), Type.Null()]),
              }),
            },
            'text/csv': { schema: Type.String({ description: 'A header line, then one line per account.' }) },
          },
        },
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request, reply) => {
      const { format = 'json', limit = DEBT_COLLECTION_EXPORT_LIMIT_MAX, cursor } = request.query;
      const page = await exportDebtCollection(deps.store, organizationOf(request).id, {
        limit,
        afterId: idOfCursor(cursor),
      });
      const next = page.nextCursor === null ? null : String(page.nextCursor);
      if (format === 'csv') {
        if (next !== null) void reply.header('next-cursor', next);
        void reply.header('content-disposition', 'attachment; filename="debt-collection.csv"');
        // Serialized here: the JSON response schema does not apply to text.
        return reply
          .code(200)
          .type('text/csv; charset=utf-8')
          .serializer((payload: unknown) => String(payload))
          .send(toCsv(page.data) as never);
      }
      return { data: page.data.map(exportedView), next_cursor: next };
    },
  });
}
