/**
 * Dunning under /orgs/{org_id}: the organization's policy, a template's own policy, exempting an
 * account, and dunning runs (start one, read one with its account changes, list them).
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { type Static, Type } from 'typebox';
import { isCalendarDate } from '../../core/clock.ts';
import {
  getDunningPolicy,
  getTemplateDunningPolicy,
  setDunningExemption,
  setDunningPolicy,
  setTemplateDunningPolicy,
} from '../../core/dunning/commands.ts';
import { type DunningPolicyInput, dunningPolicyDocument } from '../../core/dunning/policy.ts';
import { dunningRun, getDunningRun } from '../../core/dunning/run.ts';
import { SaldoError } from '../../core/errors.ts';
import { performLongWrite } from '../../core/write-pipeline.ts';
import { idOfCursor } from '../shared/cursor.ts';
import { DunningRunParams, TemplateParams } from './path-params.ts';
import type { AppDependencies } from '../dependencies.ts';
import { actorOf, organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { AccountParams, OrgParams, accountReadScope, accountWriteScope, orgScope, orgSecurity } from './schemas.ts';
import {
  DunningRunChangeView,
  DunningRunView,
  ReceivablesAccountView,
  dunningRunChangeView,
  dunningRunView,
  receivablesAccountView,
} from './views/receivables.ts';
import { IdempotencyHeaders, WRITE_ERROR_STATUSES, performRequestWrite, sendOutcome, writeOptions } from './writes.ts';

const readScope = accountReadScope;
const writeScope = accountWriteScope;
/** The policies are organization-wide setup: for operators, admins only. */
const setupScope = orgScope('CUSTOMER_ACCOUNT_WRITE', { setup: true });

const RUN_CHANGES_LIMIT_MAX = 1000;

const InterestPosting = Type.Union([Type.Literal('MONTHLY'), Type.Literal('EACH_RUN')], {
  description: 'MONTHLY (default): booked by the first run in each calendar month of as_of. EACH_RUN: by every run.',
});

const InterestBody = Type.Object(
  {
    annual_rate_percent: Type.Number({
      description: 'Percent a year, 0 to 100, at most 4 decimals (held exactly). Actual/365.',
    }),
    grace_days: Type.Optional(Type.Integer({ description: 'Days after the due date that accrue nothing; default 0.' })),
    posting: Type.Optional(InterestPosting),
  },
  { additionalProperties: false },
);

// Types only: the bounds are the policy's rules, answered as 400 dunning_policy_invalid.
const PolicyBody = Type.Object(
  {
    levels: Type.Array(
      Type.Object(
        {
          name: Type.String({ maxLength: 1000 }),
          days_past_due: Type.Integer(),
          fee: Type.Optional(
            Type.Integer({ description: 'Minor units, posted as a FEE charge once when the level is reached.' }),
          ),
          block_account: Type.Optional(
            Type.Boolean({ description: 'While at or past this level the account is ACCOUNT_BLOCKED.' }),
          ),
        },
        { additionalProperties: false },
      ),
      { maxItems: 1000, description: 'At most 20 levels, days_past_due strictly increasing.' },
    ),
    debt_collection_after_days: Type.Optional(
      Type.Union([Type.Integer(), Type.Null()], {
        description: 'Days past due at which the account goes to debt collection; null = never.',
      }),
    ),
    interest: Type.Optional(
      Type.Union([InterestBody, Type.Null()], {
        description: 'Interest on overdue charges, booked by dunning runs; null or absent = none.',
      }),
    ),
  },
  { additionalProperties: false },
);

/** The body in the core's words. */
function policyInputOf(body: Static<typeof PolicyBody>): DunningPolicyInput {
  return {
    levels: body.levels.map((level) => ({
      name: level.name,
      daysPastDue: level.days_past_due,
      feeMinor: level.fee,
      blockAccount: level.block_account,
    })),
    debtCollectionAfterDays: body.debt_collection_after_days,
    interest:
      body.interest == null
        ? body.interest
        : {
            annualRatePercent: body.interest.annual_rate_percent,
            graceDays: body.interest.grace_days,
            posting: body.interest.posting,
          },
  };
}

const PolicyView = Type.Object({
  levels: Type.Array(
    Type.Object({
      name: Type.String(),
      days_past_due: Type.Integer(),
      fee: Type.Integer(),
      block_account: Type.Boolean(),
    }),
  ),
  debt_collection_after_days: Type.Union([Type.Integer(), Type.Null()]),
  interest: Type.Optional(
    Type.Object({ annual_rate_percent: Type.Number(), grace_days: Type.Integer(), posting: InterestPosting }),
  ),
});

const RunParams = DunningRunParams;

const changeCursor = idOfCursor;

export function dunningRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.put('/:org_id/dunning-policy', {
    config: setupScope,
    schema: {
      tags: ['org-api'],
      summary: 'Set the dunning policy',
      description:
        'Levels reached at days past due (strictly increasing, at most 20, names up to 64 characters), each with an optional fee and block.',
      security: orgSecurity,
      params: OrgParams,
      body: PolicyBody,
      response: { 200: PolicyView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = setDunningPolicy(actorOf(request), policyInputOf(request.body));
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: (policy) => ({ status: 200, body: dunningPolicyDocument(policy) }),
      });
      return sendOutcome(reply, outcome);
    },
  });

  r.get('/:org_id/dunning-policy', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'The dunning policy (no levels when none is set)',
      security: orgSecurity,
      params: OrgParams,
      response: { 200: PolicyView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) => dunningPolicyDocument(await getDunningPolicy(deps.store, organizationOf(request).id)),
  });

  r.put('/:org_id/account-templates/:name/dunning-policy', {
    config: setupScope,
    schema: {
      tags: ['org-api'],
      summary: "Set a template's own dunning policy (its accounts follow it instead of the organization's)",
      security: orgSecurity,
      params: TemplateParams,
      body: PolicyBody,
      response: { 200: PolicyView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = setTemplateDunningPolicy(actorOf(request), request.params.name, policyInputOf(request.body));
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: (policy) => ({ status: 200, body: dunningPolicyDocument(policy) }),
      });
      return sendOutcome(reply, outcome);
    },
  });

  r.get('/:org_id/account-templates/:name/dunning-policy', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: "A template's own dunning policy (404 account_template_not_found; no levels when it has none)",
      security: orgSecurity,
      params: TemplateParams,
      response: { 200: PolicyView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) =>
      dunningPolicyDocument(
        await getTemplateDunningPolicy(deps.store, organizationOf(request).id, request.params.name),
      ),
  });

  r.delete('/:org_id/account-templates/:name/dunning-policy', {
    config: setupScope,
    schema: {
      tags: ['org-api'],
      summary: "Remove a template's own dunning policy: its accounts follow the organization's again",
      security: orgSecurity,
      params: TemplateParams,
      response: { 204: Type.Null({ description: 'Removed' }), ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = setTemplateDunningPolicy(actorOf(request), request.params.name, null);
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: () => ({ status: 204, body: null }),
      });
      return sendOutcome(reply, outcome);
    },
  });

  r.put('/:org_id/accounts/:account_id/dunning-exemption', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Exempt an account from dunning, or lift the exemption',
      security: orgSecurity,
      params: AccountParams,
      body: Type.Object({ exempt: Type.Boolean() }, { additionalProperties: false }),
      response: { 200: ReceivablesAccountView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = setDunningExemption(deps.clock, actorOf(request), request.params.account_id, request.body.exempt);
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: ({ account }) => ({ status: 200, body: receivablesAccountView(account) }),
      });
      return sendOutcome(reply, outcome);
    },
  });

  r.get('/:org_id/accounts/:account_id/dunning', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: "An account's dunning and debt-collection state",
      security: orgSecurity,
      params: AccountParams,
      response: { 200: ReceivablesAccountView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) => {
      const account = await deps.store.dunning.findAccount(organizationOf(request).id, request.params.account_id);
      if (!account) throw new SaldoError('account_not_found');
      return receivablesAccountView(account);
    },
  });

  r.post('/:org_id/dunning-runs', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Run dunning now, as of today or of the given day',
      description:
        'Evaluates every account that is not exempt, not closed and not in debt collection; posts the fees of the levels reached, blocks, hands over, resets. Also marks scheduled payments due and closes settled accounts to close. Running again is safe: no fee is posted twice.',
      security: orgSecurity,
      params: OrgParams,
      headers: IdempotencyHeaders,
      body: Type.Optional(
        Type.Object(
          {
            as_of: Type.Optional(
              Type.String({ description: 'YYYY-MM-DD; today in the organization’s time zone by default.' }),
            ),
          },
          { additionalProperties: false },
        ),
      ),
      response: { 201: DunningRunView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const asOf = request.body?.as_of;
      if (asOf !== undefined && !isCalendarDate(asOf)) {
        throw new SaldoError('validation_failed', {
          detail: "'as_of' must be a calendar date YYYY-MM-DD.",
          pointer: 'body.as_of',
        });
      }
      const actor = actorOf(request);
      const command = dunningRun(deps.store, deps.clock, actor, organizationOf(request), {
        asOf,
        trigger: 'API',
        onFinished: deps.metrics?.dunningRunFinished,
      });
      const outcome = await performLongWrite(
        deps.store,
        deps.clock,
        actor,
        { ...command, reply: (run) => ({ status: 201, body: dunningRunView(run) }) },
        writeOptions(request),
      );
      return sendOutcome(reply, outcome);
    },
  });

  r.get('/:org_id/dunning-runs', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'Dunning runs, newest first',
      security: orgSecurity,
      params: OrgParams,
      querystring: Type.Object(
        {
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
          cursor: Type.Optional(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Object({ data: Type.Array(DunningRunView), next_cursor: Type.Union([Type.String(), Type.Null()]) }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const limit = request.query.limit ?? 50;
      const runs = await deps.store.dunning.listRuns(organizationOf(request).id, {
        limit: limit + 1,
        beforeId: changeCursor(request.query.cursor),
      });
      const page = runs.slice(0, limit);
      return {
        data: page.map(dunningRunView),
        next_cursor: runs.length > limit ? String(page[page.length - 1]!.id) : null,
      };
    },
  });

  r.get('/:org_id/dunning-runs/:run_id', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'A dunning run with the change it made to each account (paged by `cursor`)',
      security: orgSecurity,
      params: RunParams,
      querystring: Type.Object(
        {
          limit: Type.Optional(
            Type.Integer({ minimum: 1, maximum: RUN_CHANGES_LIMIT_MAX, default: RUN_CHANGES_LIMIT_MAX }),
          ),
          cursor: Type.Optional(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Intersect([
          DunningRunView,
          Type.Object({
            account_changes: Type.Array(DunningRunChangeView),
            next_cursor: Type.Union([Type.String(), Type.Null()]),
          }),
        ]),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const organizationId = organizationOf(request).id;
      const run = await getDunningRun(deps.store, organizationId, request.params.run_id);
      const limit = request.query.limit ?? RUN_CHANGES_LIMIT_MAX;
      const changes = await deps.store.dunning.listChanges(organizationId, run.id, {
        limit: limit + 1,
        afterId: changeCursor(request.query.cursor),
      });
      const page = changes.slice(0, limit);
      return {
        ...dunningRunView(run),
        account_changes: page.map(dunningRunChangeView),
        next_cursor: changes.length > limit ? String(page[page.length - 1]!.id) : null,
      };
    },
  });
}
