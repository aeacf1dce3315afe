/**
 * /console/api/session: sign in (POST), who is signed in (GET), sign out (DELETE), and change
 * one's password (PUT …/password). The session travels in an HttpOnly, SameSite=Strict cookie.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SaldoError } from '../../core/errors.ts';
import { changeOwnPassword, normalizeEmail } from '../../core/operators/commands.ts';
import { OPERATOR_EMAIL_MAX_LENGTH, OPERATOR_ROLES, PASSWORD_MAX_LENGTH } from '../../core/operators/operator.ts';
import {
  DEFAULT_SESSION_POLICY,
  type ResolvedSession,
  sessionEndsAt,
  sessionOrganization,
  signIn,
  signOut,
} from '../../core/operators/sessions.ts';
import type { Organization } from '../../core/organizations/organization.ts';
import { SLUG_PATTERN } from '../../core/organizations/commands.ts';
import { performInternalWrite } from '../../core/write-pipeline.ts';
import type { AppDependencies } from '../dependencies.ts';
import { actorOf, operatorSessionOf } from '../shared/auth.ts';
import { ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { cameOverHttps, clearedSessionCookie, crossSiteRefusal, sessionCookie } from '../shared/session-cookie.ts';
import type { AttemptCounter } from './sign-in-limit.ts';

const SessionView = Type.Object({
  operator: Type.Object({
    id: Type.String({ examples: ['opr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V'] }),
    email: Type.String(),
    role: Type.Unsafe<(typeof OPERATOR_ROLES)[number]>({ type: 'string', enum: [...OPERATOR_ROLES] }),
    must_change_password: Type.Boolean({
      description: 'A one-time password: only changing it is possible until then.',
    }),
  }),
  organization: Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String(), time_zone: Type.String() }),
  created_at: Type.String({ format: 'date-time' }),
  expires_at: Type.String({
    format: 'date-time',
    description: 'When the session ends at the latest, whatever happens.',
  }),
  ends_at: Type.String({
    format: 'date-time',
    description: 'When the session ends unless another request comes first (idle expiry), or expires_at.',
  }),
});

function sessionView(resolved: ResolvedSession, organization: Organization, deps: AppDependencies) {
  return {
    operator: {
      id: resolved.operator.id,
      email: resolved.operator.email,
      role: resolved.operator.role,
      must_change_password: resolved.operator.mustChangePassword,
    },
    organization: {
      id: organization.id,
      slug: organization.slug,
      name: organization.name,
      time_zone: organization.timeZone,
    },
    created_at: resolved.session.createdAt,
    expires_at: resolved.session.expiresAt,
    ends_at: sessionEndsAt(resolved.session, deps.sessionPolicy ?? DEFAULT_SESSION_POLICY),
  };
}

const security = [{ Session: [] }];
const tags = ['console'];

export function sessionRoutes(app: FastifyInstance, deps: AppDependencies, attempts: AttemptCounter): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const policy = deps.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  const limits = deps.signInLimits ?? { perEmail: 10, perAddress: 100 };
  const secure = (request: FastifyRequest) => deps.sessionCookieSecure === 'always' || cameOverHttps(request);

  r.post('/api/session', {
    config: { auth: { kind: 'public' } },
    schema: {
      tags,
      summary: 'Sign in to the console with email and password (sets the session cookie)',
      description:
        'A wrong password, an unknown email and a disabled operator all answer 401 sign_in_failed, in the same time. Attempts are limited per email and per client address (429 with Retry-After). `organization` (a slug) picks one when the email is an operator of several organizations.',
      security: [],
      body: Type.Object(
        {
          email: Type.String({ minLength: 1, maxLength: OPERATOR_EMAIL_MAX_LENGTH }),
          password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
          organization: Type.Optional(Type.String({ pattern: SLUG_PATTERN.source, maxLength: 64 })),
        },
        { additionalProperties: false },
      ),
      response: { 201: SessionView, ...errorResponses(ProblemDetails, [400, 401, 415, 429, 500, 503, 504]) },
    },
    handler: async (request, reply) => {
      // Another site's page may not sign a visitor in to an account of its choosing (login CSRF).
      const hasOrigin = request.headers.origin !== undefined || request.headers.referer !== undefined;
      if (hasOrigin && crossSiteRefusal(request) !== undefined) {
        throw new SaldoError('unauthenticated', { internal: `sign-in refused: ${crossSiteRefusal(request)}` });
      }
      const { email, password, organization } = request.body;
      // Both counts take every attempt, so rotating emails still spends the address's.
      const waits = await Promise.all([
        attempts.take(`email:${normalizeEmail(email)}`, limits.perEmail),
        attempts.take(`address:${request.ip}`, limits.perAddress),
      ]);
      const retryAfter = Math.max(...waits.map((wait) => wait ?? 0));
      if (retryAfter > 0)
        throw new SaldoError('rate_limited', {
          detail: 'Too many sign-in attempts. Try again later.',
          facts: { retry_after_seconds: retryAfter },
        });
      const signedIn = await signIn(deps.store, deps.clock, policy, {
        email,
        password,
        organizationSlug: organization,
        traceId: request.id,
      });
      const resolved = { session: signedIn.session, operator: signedIn.operator };
      const view = sessionView(resolved, await sessionOrganization(deps.store, resolved), deps);
      void reply.header(
        'set-cookie',
        sessionCookie(signedIn.token, signedIn.session.expiresAt, deps.clock.now(), secure(request)),
      );
      void reply.header('cache-control', 'no-store');
      return reply.code(201).send(view);
    },
  });

  r.get('/api/session', {
    config: { auth: { kind: 'session' } },
    schema: {
      tags,
      summary: 'Who is signed in, to which organization, and until when',
      security,
      response: { 200: SessionView, ...errorResponses(ProblemDetails, [401, 429, 500, 503, 504]) },
    },
    handler: async (request, reply) => {
      const resolved = operatorSessionOf(request);
      void reply.header('cache-control', 'no-store');
      return sessionView(resolved, await sessionOrganization(deps.store, resolved), deps);
    },
  });

  r.delete('/api/session', {
    config: { auth: { kind: 'session' } },
    schema: {
      tags,
      summary: 'Sign out: the session ends and its cookie is cleared',
      description:
        'As every state-changing request made with the session cookie: a same-origin Origin (or Referer) and a JSON body (`{}`).',
      security,
      response: {
        204: Type.Null({ description: 'Signed out' }),
        ...errorResponses(ProblemDetails, [401, 429, 500, 503, 504]),
      },
    },
    handler: async (request, reply: FastifyReply) => {
      await signOut(deps.store, deps.clock, operatorSessionOf(request), request.id);
      void reply.header('set-cookie', clearedSessionCookie(secure(request)));
      return reply.code(204).send(null);
    },
  });

  r.put('/api/session/password', {
    config: { auth: { kind: 'session' } },
    schema: {
      tags,
      summary: "Change the signed-in operator's password (also a one-time password)",
      description: "The operator's other sessions end; this one stays.",
      security,
      body: Type.Object(
        {
          current_password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
          new_password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
        },
        { additionalProperties: false },
      ),
      response: { 200: SessionView, ...errorResponses(ProblemDetails, [400, 401, 415, 429, 500, 503, 504]) },
    },
    handler: async (request) => {
      const resolved = operatorSessionOf(request);
      const command = await changeOwnPassword(deps.clock, resolved.operator, {
        currentPassword: request.body.current_password,
        newPassword: request.body.new_password,
        keepSessionHash: resolved.session.tokenHash,
      });
      await performInternalWrite(deps.store, deps.clock, actorOf(request), command);
      const changed = { session: resolved.session, operator: { ...resolved.operator, mustChangePassword: false } };
      return sessionView(changed, await sessionOrganization(deps.store, changed), deps);
    },
  });
}
