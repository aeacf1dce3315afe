/** POST /orgs/{org_id}/scheduled-payments/{id}/result: the payment integration reports a collection. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { recordScheduledPaymentResult } from '../../core/scheduled-payments/due.ts';
import { ScheduledPaymentParams } from './path-params.ts';
import type { AppDependencies } from '../dependencies.ts';
import { actorOf } from '../shared/auth.ts';
import { ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { scheduledPaymentView } from './scheduled-payments.ts';
import { orgSecurity, accountWriteScope as writeScope } from './schemas.ts';
import { IdempotencyHeaders, WRITE_ERROR_STATUSES, performRequestWrite, sendOutcome } from './writes.ts';

export function scheduledPaymentResultRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<TypeBoxTypeProvider>().post('/:org_id/scheduled-payments/:scheduled_payment_id/result', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Report the result of collecting a due scheduled payment',
      description:
        'COLLECTED books the payment on the account (settling open charges oldest first); FAILED only records it. 409 scheduled_payment_state_invalid unless the payment is due.',
      security: orgSecurity,
      params: ScheduledPaymentParams,
      headers: IdempotencyHeaders,
      body: Type.Object(
        { status: Type.Union([Type.Literal('COLLECTED'), Type.Literal('FAILED')]) },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Object(
          {},
          { additionalProperties: true, description: 'The scheduled payment, with `payment_entry_id` when collected.' },
        ),
        ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES),
      },
    },
    handler: async (request, reply) => {
      const command = recordScheduledPaymentResult(
        deps.clock,
        actorOf(request),
        request.params.scheduled_payment_id,
        request.body.status,
      );
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: ({ payment, paymentEntryPublicId }) => ({
          status: 200,
          body: { ...scheduledPaymentView(payment), payment_entry_id: paymentEntryPublicId },
        }),
      });
      return sendOutcome(reply, outcome);
    },
  });
}
