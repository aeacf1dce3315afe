/**
 * Scheduled payments under /orgs/{org_id}: schedule one on an account, list an account's, read
 * and cancel one. Collection on the due date is a separate step (it reads the store's `listDue`).
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { PAYMENT_METHOD_TYPES, type PaymentMethodType } from '../../core/accounts/account.ts';
import { AMOUNT_MINOR_MAX } from '../../core/money.ts';
import { cancelScheduledPayment, schedulePayment } from '../../core/scheduled-payments/commands.ts';
import { getScheduledPayment, listScheduledPayments } from '../../core/scheduled-payments/queries.ts';
import { SCHEDULED_PAYMENT_HORIZON_MONTHS } from '../../core/scheduled-payments/scheduled-payment.ts';
import { compositeCursorOf, partsOfCursor } from '../shared/cursor.ts';
import { ScheduledPaymentParams } from './path-params.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import {
  AccountParams,
  PAGE_LIMIT_DEFAULT,
  PageQuery,
  accountReadScope as readScope,
  accountWriteScope as writeScope,
  orgSecurity,
} from './schemas.ts';
import { IdempotencyHeaders, performRequestWrite, sendOutcome } from './writes.ts';
import { ScheduledPaymentView, scheduledPaymentView } from './views/scheduled-payment.ts';

export { ScheduledPaymentView, scheduledPaymentView };

const PaymentParams = ScheduledPaymentParams;

const encodeCursor = (position: { date: string; id: number }) => compositeCursorOf([position.date, position.id]);

function decodeCursor(cursor: string): { date: string; id: number } {
  const [date, id] = partsOfCursor(cursor, /^(\d{4}-\d{2}-\d{2})\|(\d{1,15})$/);
  return { date: date!, id: Number(id) };
}

export function scheduledPaymentRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post('/:org_id/accounts/:account_id/scheduled-payments', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Schedule a payment into an account',
      description:
        `The date is from today (the organization's time zone) to ${SCHEDULED_PAYMENT_HORIZON_MONTHS} months ahead; the method defaults to the account's payment method. ` +
        'Closed accounts take none (409 account_closed).',
      security: orgSecurity,
      params: AccountParams,
      headers: IdempotencyHeaders,
      body: Type.Object(
        {
          amount: Type.Integer({
            minimum: 1,
            maximum: Number(AMOUNT_MINOR_MAX),
            description: 'Minor units of the account currency.',
          }),
          date: Type.String({ format: 'date', description: 'YYYY-MM-DD' }),
          method: Type.Optional(Type.Unsafe<PaymentMethodType>({ type: 'string', enum: [...PAYMENT_METHOD_TYPES] })),
        },
        { additionalProperties: false },
      ),
      response: {
        201: ScheduledPaymentView,
        ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 409, 415, 422]),
      },
    },
    handler: async (request, reply) => {
      const organization = organizationOf(request);
      const command = schedulePayment(
        deps.clock,
        { organizationId: organization.id, timeZone: organization.timeZone },
        request.params.account_id,
        { amountMinor: BigInt(request.body.amount), date: request.body.date, method: request.body.method },
      );
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, {
          ...command,
          reply: (payment) => ({ status: 201, body: scheduledPaymentView(payment) }),
        }),
      );
    },
  });

  r.get('/:org_id/accounts/:account_id/scheduled-payments', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: "An account's scheduled payments by date",
      security: orgSecurity,
      params: AccountParams,
      querystring: Type.Object(PageQuery, { additionalProperties: false }),
      response: {
        200: Type.Object({
          data: Type.Array(ScheduledPaymentView),
          next_cursor: Type.Union([Type.String(), Type.Null()]),
        }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const { limit = PAGE_LIMIT_DEFAULT, cursor } = request.query;
      const page = await listScheduledPayments(deps.store, organizationOf(request).id, request.params.account_id, {
        limit,
        after: cursor === undefined ? undefined : decodeCursor(cursor),
      });
      return { data: page.data.map(scheduledPaymentView), next_cursor: page.next ? encodeCursor(page.next) : null };
    },
  });

  r.get('/:org_id/scheduled-payments/:scheduled_payment_id', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'Read a scheduled payment',
      security: orgSecurity,
      params: PaymentParams,
      response: { 200: ScheduledPaymentView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) =>
      scheduledPaymentView(
        await getScheduledPayment(deps.store, organizationOf(request).id, request.params.scheduled_payment_id),
      ),
  });

  r.delete('/:org_id/scheduled-payments/:scheduled_payment_id', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Cancel a scheduled payment',
      description:
        'Only a SCHEDULED payment can be cancelled (409 scheduled_payment_not_cancellable otherwise); it stays readable as CANCELLED.',
      security: orgSecurity,
      params: PaymentParams,
      headers: IdempotencyHeaders,
      response: {
        204: Type.Null({ description: 'Cancelled' }),
        ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 409]),
      },
    },
    handler: async (request, reply) => {
      const command = cancelScheduledPayment(
        deps.clock,
        organizationOf(request).id,
        request.params.scheduled_payment_id,
      );
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, { ...command, reply: () => ({ status: 204, body: null }) }),
      );
    },
  });
}
