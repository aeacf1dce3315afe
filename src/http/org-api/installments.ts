/**
 * Installment plans under /orgs/{org_id}: move the open amounts of charges into installments,
 * read a plan, list an account's plans, cancel one (the originals get back what is unpaid).
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { findLedgerAccount } from '../../core/entries/queries.ts';
import { cancelInstallmentPlan, createInstallmentPlan, getInstallmentPlan } from '../../core/installments/commands.ts';
import {
  INSTALLMENT_INTERVAL_MONTHS_MAX,
  INSTALLMENT_PLAN_ENTRIES_MAX,
  INSTALLMENTS_MAX,
} from '../../core/installments/installment-plan.ts';
import { InstallmentPlanParams } from './path-params.ts';
import type { AppDependencies } from '../dependencies.ts';
import { actorOf, organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import {
  orgSecurity,
  AccountParams,
  accountReadScope as readScope,
  accountWriteScope as writeScope,
} from './schemas.ts';
import { InstallmentPlanView, installmentPlanView } from './views/receivables.ts';
import { IdempotencyHeaders, WRITE_ERROR_STATUSES, performRequestWrite, sendOutcome } from './writes.ts';

const PlanParams = InstallmentPlanParams;

export function installmentRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post('/:org_id/accounts/:account_id/installment-plans', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Move the open amounts of charges into an installment plan',
      description:
        'The installments are new charges of kind INSTALLMENT, split exactly (the remainder on the last one), due every `interval_months` from `first_due_date`. The balance and the charged and credited totals stay unchanged; the originals show `installment_plan: true`.',
      security: orgSecurity,
      params: AccountParams,
      headers: IdempotencyHeaders,
      body: Type.Object(
        {
          entry_ids: Type.Array(Type.String({ maxLength: 64 }), {
            minItems: 1,
            maxItems: INSTALLMENT_PLAN_ENTRIES_MAX,
          }),
          installments: Type.Integer({ minimum: 1, maximum: INSTALLMENTS_MAX }),
          first_due_date: Type.String({ description: 'YYYY-MM-DD' }),
          interval_months: Type.Optional(
            Type.Integer({ minimum: 1, maximum: INSTALLMENT_INTERVAL_MONTHS_MAX, default: 1 }),
          ),
        },
        { additionalProperties: false },
      ),
      response: { 201: InstallmentPlanView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const command = createInstallmentPlan(deps.clock, actorOf(request), {
        accountPublicId: request.params.account_id,
        entryIds: body.entry_ids,
        installments: body.installments,
        firstDueDate: body.first_due_date,
        intervalMonths: body.interval_months,
      });
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: (detail) => ({ status: 201, body: installmentPlanView(detail) }),
      });
      return sendOutcome(reply, outcome);
    },
  });

  r.get('/:org_id/accounts/:account_id/installment-plans', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: "An account's installment plans, oldest first",
      security: orgSecurity,
      params: AccountParams,
      response: {
        200: Type.Object({ data: Type.Array(InstallmentPlanView) }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const organizationId = organizationOf(request).id;
      const account = await findLedgerAccount(deps.store, organizationId, request.params.account_id);
      const plans = await deps.store.installments.listPlans(organizationId, account.id);
      const data = [];
      for (const plan of plans)
        data.push(installmentPlanView(await getInstallmentPlan(deps.store, organizationId, plan.publicId)));
      return { data };
    },
  });

  r.get('/:org_id/installment-plans/:plan_id', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'An installment plan with its installments',
      security: orgSecurity,
      params: PlanParams,
      response: { 200: InstallmentPlanView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) =>
      installmentPlanView(await getInstallmentPlan(deps.store, organizationOf(request).id, request.params.plan_id)),
  });

  r.delete('/:org_id/installment-plans/:plan_id', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Cancel an installment plan',
      description:
        'What is still open on the installments goes back to the original charges; what was paid on installments stays paid.',
      security: orgSecurity,
      params: PlanParams,
      headers: IdempotencyHeaders,
      response: { 200: InstallmentPlanView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = cancelInstallmentPlan(deps.clock, actorOf(request), request.params.plan_id);
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: (detail) => ({ status: 200, body: installmentPlanView(detail) }),
      });
      return sendOutcome(reply, outcome);
    },
  });
}
