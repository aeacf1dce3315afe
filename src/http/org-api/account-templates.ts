/** Account templates: POST/GET /orgs/{org_id}/account-templates, GET …/{name}. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ACCOUNT_TEMPLATE_NAME_MAX_LENGTH } from '../../core/accounts/account.ts';
import { createAccountTemplate, getAccountTemplate, listAccountTemplates } from '../../core/accounts/templates.ts';
import { AMOUNT_MINOR_MAX } from '../../core/money.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { OrgParams, orgSecurity } from './schemas.ts';
import {
  AccountTemplateView,
  ModalitySchema,
  PaymentReferenceTypeSchema,
  accountTemplateView,
} from './views/account.ts';
import { performRequestWrite, sendOutcome } from './writes.ts';

const TemplateName = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9 ._-]*$',
  maxLength: ACCOUNT_TEMPLATE_NAME_MAX_LENGTH,
});

const PostTemplate = Type.Object(
  {
    name: TemplateName,
    currency: Type.Optional(Type.String({ minLength: 3, maxLength: 3 })),
    credit_limit: Type.Optional(Type.Integer({ minimum: 0, maximum: Number(AMOUNT_MINOR_MAX) })),
    modality: Type.Optional(ModalitySchema),
    payment_reference_type: Type.Optional(PaymentReferenceTypeSchema),
  },
  { additionalProperties: false },
);

export function accountTemplateRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const read = { auth: { kind: 'key' as const, scope: 'CUSTOMER_ACCOUNT_READ' as const, organizationParam: 'org_id' } };
  // Templates are organization-wide setup: for operators, admins only.
  const write = {
    auth: { kind: 'key' as const, scope: 'CUSTOMER_ACCOUNT_WRITE' as const, organizationParam: 'org_id', setup: true },
  };
  const tags = ['org-api'];

  r.post('/:org_id/account-templates', {
    config: write,
    schema: {
      tags,
      summary: 'Create an account template: defaults for new accounts that name it',
      security: orgSecurity,
      params: OrgParams,
      body: PostTemplate,
      response: { 201: AccountTemplateView, ...errorResponses(ProblemDetails, [...COMMON_ERROR_STATUSES, 409]) },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const command = createAccountTemplate(deps.clock, organizationOf(request).id, {
        name: body.name,
        currency: body.currency,
        creditLimitMinor: body.credit_limit === undefined ? undefined : BigInt(body.credit_limit),
        modality: body.modality,
        paymentReferenceType: body.payment_reference_type,
      });
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: (template) => ({ status: 201, body: accountTemplateView(template) }),
      });
      return sendOutcome(reply, outcome);
    },
  });

  r.get('/:org_id/account-templates', {
    config: read,
    schema: {
      tags,
      summary: 'The account templates, by name',
      security: orgSecurity,
      params: OrgParams,
      response: {
        200: Type.Object({ data: Type.Array(AccountTemplateView) }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => ({
      data: (await listAccountTemplates(deps.store, organizationOf(request).id)).map(accountTemplateView),
    }),
  });

  r.get('/:org_id/account-templates/:name', {
    config: read,
    schema: {
      tags,
      summary: 'An account template',
      security: orgSecurity,
      params: Type.Object({
        org_id: OrgParams.properties.org_id,
        name: Type.String({ maxLength: ACCOUNT_TEMPLATE_NAME_MAX_LENGTH }),
      }),
      response: { 200: AccountTemplateView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) =>
      accountTemplateView(await getAccountTemplate(deps.store, organizationOf(request).id, request.params.name)),
  });
}
