/**
 * Payments: to an account, or to the organization with a payment reference Saldo matches to its
 * account. Each settles open charges oldest due date first; the rest stays unallocated.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { PAYMENT_REFERENCE_MAX_LENGTH, recordPayment, recordPaymentByReference } from '../../core/payments/commands.ts';
import type { AppDependencies } from '../dependencies.ts';
import { ProblemDetails, errorResponses } from '../shared/schemas.ts';
import {
  Amount,
  Currency,
  Description,
  DueDate,
  ExternalId,
  ValueDate,
  bookingFields,
  performLedgerWrite,
} from './entries.ts';
import { AccountParams, OrgParams, accountWriteScope as writeScope, orgSecurity } from './schemas.ts';
import { IdempotencyHeaders, WRITE_ERROR_STATUSES, sendOutcome, todayOf } from './writes.ts';
import { PaymentView, paymentView } from './views/entry.ts';

const PaymentFields = {
  amount: Amount,
  currency: Type.Optional(Currency),
  description: Type.Optional(Description),
  due_date: Type.Optional(DueDate),
  value_date: Type.Optional(ValueDate),
  external_id: Type.Optional(ExternalId),
};

export function paymentRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post('/:org_id/accounts/:account_id/payments', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Record a payment on an account',
      security: orgSecurity,
      params: AccountParams,
      headers: IdempotencyHeaders,
      body: Type.Object(PaymentFields, { additionalProperties: false }),
      response: { 201: PaymentView, 200: PaymentView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const command = recordPayment(todayOf(deps, request), {
        accountPublicId: request.params.account_id,
        ...bookingFields(body),
      });
      return sendOutcome(
        reply,
        await performLedgerWrite(deps, request, command, (result) => paymentView(result.detail)),
      );
    },
  });

  r.post('/:org_id/payments', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Record a payment matched to its account by payment reference',
      description:
        '422 payment_reference_unmatched when no account of the organization has the reference. Spaces in the reference are ignored.',
      security: orgSecurity,
      params: OrgParams,
      headers: IdempotencyHeaders,
      body: Type.Object(
        { reference: Type.String({ minLength: 1, maxLength: PAYMENT_REFERENCE_MAX_LENGTH }), ...PaymentFields },
        { additionalProperties: false },
      ),
      response: { 201: PaymentView, 200: PaymentView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const command = recordPaymentByReference(todayOf(deps, request), {
        reference: body.reference,
        ...bookingFields(body),
      });
      return sendOutcome(
        reply,
        await performLedgerWrite(deps, request, command, (result) => paymentView(result.detail)),
      );
    },
  });
}
