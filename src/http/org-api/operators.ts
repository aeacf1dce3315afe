/**
 * /orgs/{org_id}/operators: an admin operator manages the organization's operators — list,
 * create, change role, disable (their sessions end at once), set a one-time password. Only
 * operators signed in to the console reach these routes: API keys never manage people.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SaldoError } from '../../core/errors.ts';
import {
  changeOperator,
  createOperator,
  getOperator,
  listOperators,
  setOneTimePassword,
} from '../../core/operators/commands.ts';
import {
  OPERATOR_EMAIL_MAX_LENGTH,
  OPERATOR_PAGE_LIMIT_MAX,
  OPERATOR_ROLES,
  PASSWORD_MAX_LENGTH,
  type Operator,
} from '../../core/operators/operator.ts';
import { OperatorParams } from './path-params.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { OrgParams, PAGE_LIMIT_DEFAULT } from './schemas.ts';
import { WRITE_ERROR_STATUSES, performRequestWrite, sendOutcome } from './writes.ts';

export const OperatorRole = Type.Unsafe<(typeof OPERATOR_ROLES)[number]>({ type: 'string', enum: [...OPERATOR_ROLES] });

export const OperatorView = Type.Object({
  id: Type.String({ examples: ['opr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V'] }),
  email: Type.String(),
  role: OperatorRole,
  disabled: Type.Boolean(),
  must_change_password: Type.Boolean(),
  version: Type.Integer(),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
});

export function operatorView(operator: Operator) {
  return {
    id: operator.id,
    email: operator.email,
    role: operator.role,
    disabled: operator.disabled,
    must_change_password: operator.mustChangePassword,
    version: operator.version,
    created_at: operator.createdAt,
    updated_at: operator.updatedAt,
  };
}

export const NewOperatorBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: OPERATOR_EMAIL_MAX_LENGTH }),
    role: OperatorRole,
    password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH, description: 'At least 12 characters.' }),
    one_time_password: Type.Optional(
      Type.Boolean({ description: 'The operator must change the password at first sign-in.' }),
    ),
  },
  { additionalProperties: false },
);

const security = [{ Session: [] }];
const tags = ['org-api'];
const admins = { auth: { kind: 'operators-admin' as const, organizationParam: 'org_id' } };

export function operatorRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const render = (operator: Operator) => ({ status: 200, body: operatorView(operator) });

  r.get('/:org_id/operators', {
    config: admins,
    schema: {
      tags,
      summary: "The organization's operators by email (admin operators only)",
      security,
      params: OrgParams,
      querystring: Type.Object(
        {
          limit: Type.Optional(
            Type.Integer({ minimum: 1, maximum: OPERATOR_PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT }),
          ),
          cursor: Type.Optional(Type.String({ maxLength: OPERATOR_EMAIL_MAX_LENGTH })),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Object({ data: Type.Array(OperatorView), next_cursor: Type.Union([Type.String(), Type.Null()]) }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const page = await listOperators(deps.store, organizationOf(request).id, {
        limit: request.query.limit ?? PAGE_LIMIT_DEFAULT,
        afterEmail: request.query.cursor,
      });
      return { data: page.data.map(operatorView), next_cursor: page.nextAfterEmail };
    },
  });

  r.post('/:org_id/operators', {
    config: admins,
    schema: {
      tags,
      summary: 'Create an operator (admin operators only); the password is one-time unless said otherwise',
      security,
      params: OrgParams,
      body: NewOperatorBody,
      response: { 201: OperatorView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const command = await createOperator(deps.clock, organizationOf(request).id, {
        email: body.email,
        role: body.role,
        password: body.password,
        oneTimePassword: body.one_time_password ?? true,
      });
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, {
          ...command,
          reply: (operator) => ({ status: 201, body: operatorView(operator) }),
        }),
      );
    },
  });

  r.get('/:org_id/operators/:operator_id', {
    config: admins,
    schema: {
      tags,
      summary: 'An operator (admin operators only)',
      security,
      params: OperatorParams,
      response: { 200: OperatorView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) =>
      operatorView(await getOperator(deps.store, organizationOf(request).id, request.params.operator_id)),
  });

  r.patch('/:org_id/operators/:operator_id', {
    config: admins,
    schema: {
      tags,
      summary: "Change an operator's role, or disable it (its sessions end at once) or enable it again",
      description: '409 operator_last_admin when the change would leave no enabled admin.',
      security,
      params: OperatorParams,
      body: Type.Object(
        { role: Type.Optional(OperatorRole), disabled: Type.Optional(Type.Boolean()) },
        { additionalProperties: false },
      ),
      response: { 200: OperatorView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const { role, disabled } = request.body;
      if (role === undefined && disabled === undefined) {
        throw new SaldoError('validation_failed', { detail: "Give 'role', 'disabled' or both.", pointer: 'body' });
      }
      const command = changeOperator(deps.clock, organizationOf(request).id, request.params.operator_id, {
        role,
        disabled,
      });
      return sendOutcome(reply, await performRequestWrite(deps, request, { ...command, reply: render }));
    },
  });

  r.post('/:org_id/operators/:operator_id/password', {
    config: admins,
    schema: {
      tags,
      summary: 'Set a new one-time password: the operator must change it at next sign-in; its sessions end',
      security,
      params: OperatorParams,
      body: Type.Object(
        {
          password: Type.String({
            minLength: 1,
            maxLength: PASSWORD_MAX_LENGTH,
            description: 'At least 12 characters.',
          }),
        },
        { additionalProperties: false },
      ),
      response: { 200: OperatorView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = await setOneTimePassword(
        deps.clock,
        organizationOf(request).id,
        request.params.operator_id,
        request.body.password,
      );
      return sendOutcome(reply, await performRequestWrite(deps, request, { ...command, reply: render }));
    },
  });
}
