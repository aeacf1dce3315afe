/**
 * Builds the Saldo HTTP application from its dependencies; `server.ts` listens. Each API dialect
 * is one plugin under its own prefix, so each renders its own errors.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { SaldoError } from '../core/errors.ts';
import { DEFAULT_SESSION_POLICY } from '../core/operators/sessions.ts';
import { consolePlugin } from './console/plugin.ts';
import { adminPlugin } from './admin/plugin.ts';
import { LedgerWriter } from '../core/ledger/ledger-writer.ts';
import type { AppDependencies, AppOptions } from './dependencies.ts';
import { orgApiPlugin } from './org-api/plugin.ts';
import { SaldoMetrics } from '../observability/metrics.ts';
import { makeAuthenticator } from './shared/auth.ts';
import { registerMetrics } from './shared/metrics.ts';
import { sendError, useDialectErrors } from './shared/dialect.ts';
import { problemDialect } from './shared/problem-details.ts';
import { registerOpenApi } from './shared/openapi.ts';
import { registerRateLimit } from './shared/rate-limit.ts';
import { requestLogger } from './shared/request-logger.ts';
import { ProblemDetails, errorResponses } from './shared/schemas.ts';
import { TRACE_HEADER, currentRequestTracing, traceIdOf } from './shared/trace.ts';
import { validatorCompiler } from './shared/validation.ts';
import { v1CustomersPlugin } from './v1-customers/plugin.ts';
import { v1FamiliesPlugin } from './v1-families/plugin.ts';
import { v4AccountsPlugin } from './v4-accounts/plugin.ts';

const operationsDialect = problemDialect('operations');

/** A load balancer asking for readiness gets an answer in this time, even from a hung database. */
export const READINESS_TIMEOUT_MS = 2000;

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const metrics =
    options.metrics === false
      ? undefined
      : (options.metrics ?? new SaldoMetrics({ store: options.store, clock: options.clock }));
  const deps: AppDependencies = {
    ...options,
    metrics,
    ledger: options.ledger ?? new LedgerWriter(options.store, options.clock, { onBatch: metrics?.ledgerBatch }),
  };
  const app = Fastify({
    logger: deps.logger === false ? false : { level: deps.logger === true ? 'info' : deps.logger.level },
    // Without a logger Fastify hands every request the null logger itself.
    ...(deps.logger === false ? {} : { childLoggerFactory: requestLogger }),
    genReqId: traceIdOf,
    bodyLimit: deps.bodyLimitBytes,
    // Close idle keep-alive sockets on shutdown; in-flight requests still finish.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    // Long path parameters reach the route, whose schema refuses them in the dialect's body; Node's
    // header size limit bounds the URL anyway. (Past maxParamLength the router would answer 414 in
    // Fastify's own body, which no dialect documents.)
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 16_384 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.decorateRequest('apiKey', undefined);
  app.decorateRequest('organization', undefined);
  app.decorateRequest('operatorSession', undefined);

  // A callback, not an async function: no promise per request for work that never waits.
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header(TRACE_HEADER, request.id);
    done();
  });
  const tracing = currentRequestTracing();
  if (tracing) app.addHook('onRequest', async (request) => tracing.routed(request.method, request.routeOptions.url));
  const authenticate = makeAuthenticator({
    store: deps.store,
    clock: deps.clock,
    rootKey: deps.rootKey,
    sessionPolicy: deps.sessionPolicy ?? DEFAULT_SESSION_POLICY,
  });
  app.addHook('onRequest', authenticate);

  await registerRateLimit(app, {
    perMinute: deps.rateLimitPerMinute,
    redisUrl: deps.redisUrl,
    namespace: deps.rateLimitNamespace,
  });
  await registerOpenApi(app);

  // Paths outside every dialect (and the operations routes) answer in problem details.
  useDialectErrors(app, operationsDialect);
  // Before the dialects register: their routes inherit the duration hook.
  if (metrics) registerMetrics(app, { metrics, rootKey: deps.rootKey, metricsToken: deps.metricsToken });

  app.get('/healthz', {
    schema: {
      tags: ['operations'],
      summary: 'Liveness: the process answers',
      response: { 200: Type.Object({ status: Type.Literal('ok') }) },
    },
    handler: async () => ({ status: 'ok' as const }),
  });
  app.get('/readyz', {
    schema: {
      tags: ['operations'],
      summary: 'Readiness: the database answers',
      response: { 200: Type.Object({ status: Type.Literal('ready') }), ...errorResponses(ProblemDetails, [503]) },
    },
    handler: async (request, reply) => {
      try {
        await withinTime(deps.store.ping(), READINESS_TIMEOUT_MS);
      } catch (error) {
        request.log.warn({ err: error }, 'database not ready');
        return sendError(operationsDialect, new SaldoError('database_unavailable'), request, reply);
      }
      return { status: 'ready' as const };
    },
  });

  await app.register(async (scope) => adminPlugin(scope, deps), { prefix: '/admin' });
  await app.register(async (scope) => orgApiPlugin(scope, deps), { prefix: '/orgs' });
  await app.register(async (scope) => v1CustomersPlugin(scope, deps), { prefix: '/v1/customers' });
  await app.register(async (scope) => v1FamiliesPlugin(scope, deps), { prefix: '/v1/families' });
  await app.register(async (scope) => v4AccountsPlugin(scope, deps), { prefix: '/v4' });
  await app.register(async (scope) => consolePlugin(scope, deps), { prefix: '/console' });
  await app.ready();
  return app;
}
