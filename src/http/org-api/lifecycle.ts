/** POST /orgs/{org_id}/accounts/{account_id}/status: move an account through its lifecycle by hand. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ACCOUNT_STATUSES, type AccountStatus } from '../../core/accounts/account.ts';
import { SaldoError } from '../../core/errors.ts';
import { changeAccountStatus } from '../../core/lifecycle/commands.ts';
import type { AppDependencies } from '../dependencies.ts';
import { actorOf } from '../shared/auth.ts';
import { ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { orgSecurity, AccountParams, accountWriteScope as writeScope } from './schemas.ts';
import { ReceivablesAccountView, receivablesAccountView } from './views/receivables.ts';
import { IdempotencyHeaders, WRITE_ERROR_STATUSES, performRequestWrite, sendOutcome } from './writes.ts';

/** The If-Match version when one is sent; the status change does not require it. */
function optionalVersion(header: string | string[] | undefined): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const match = /^\s*(?:W\/)?"?([0-9]{1,9})"?\s*$/.exec(header);
  if (!match)
    throw new SaldoError('validation_failed', {
      detail: 'If-Match must be the ETag this API gave, like "3".',
      pointer: 'header.if-match',
    });
  return Number(match[1]);
}

export function lifecycleRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<TypeBoxTypeProvider>().post('/:org_id/accounts/:account_id/status', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Change the status of an account',
      description:
        'ACCOUNT_OK ⇄ ACCOUNT_BLOCKED, either → ACCOUNT_TO_CLOSE or (when settled) ACCOUNT_CLOSED, ACCOUNT_TO_CLOSE → back. An account to close with nothing open or owed closes itself (ACCOUNT_AUTO_CLOSED). Debt collection has its own endpoint. 409 account_status_transition_invalid names the `allowed` statuses. An If-Match header, when sent, must name the current version.',
      security: orgSecurity,
      params: AccountParams,
      headers: Type.Intersect([IdempotencyHeaders, Type.Object({ 'if-match': Type.Optional(Type.String()) })]),
      body: Type.Object(
        { status: Type.Unsafe<AccountStatus>({ type: 'string', enum: [...ACCOUNT_STATUSES] }) },
        { additionalProperties: false },
      ),
      response: { 200: ReceivablesAccountView, ...errorResponses(ProblemDetails, [...WRITE_ERROR_STATUSES]) },
    },
    handler: async (request, reply) => {
      const command = changeAccountStatus(
        deps.clock,
        actorOf(request),
        request.params.account_id,
        request.body.status,
        optionalVersion(request.headers['if-match']),
      );
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: ({ account }) => ({ status: 200, body: receivablesAccountView(account) }),
      });
      return sendOutcome(reply, outcome);
    },
  });
}
