/**
 * `GET /metrics`: Prometheus text for a scraper holding the root key or `METRICS_TOKEN` (as
 * `Authorization: Bearer` or `X-API-Key`). It sits beside the API, outside the organizations'
 * scopes: an organization's key never opens it. Every request's duration is recorded here too,
 * labelled by the route's pattern and never by the raw URL, whose ids would grow the series
 * without bound.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { SaldoError } from '../../core/errors.ts';
import type { SaldoMetrics } from '../../observability/metrics.ts';
import { presentedKey, sameSecret } from './auth.ts';
import { ProblemDetails, errorResponses } from './schemas.ts';

export interface MetricsRouteOptions {
  metrics: SaldoMetrics;
  rootKey: string | undefined;
  metricsToken: string | undefined;
}

export function registerMetrics(app: FastifyInstance, options: MetricsRouteOptions): void {
  const { metrics } = options;
  const secrets = [options.rootKey, options.metricsToken].filter((secret): secret is string => secret !== undefined);

  // A callback, not an async function: no promise per request for work that never waits.
  app.addHook('onResponse', (request, reply, done) => {
    metrics.request(request.method, request.routeOptions.url, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });

  app.get('/metrics', {
    schema: {
      tags: ['operations'],
      summary: 'Prometheus metrics of this process (the root key or METRICS_TOKEN)',
      description:
        'Prometheus text exposition: request durations by method, route and status code, ledger batches, webhook deliveries pending, dunning runs, database connections and process metrics. Answers 401 to anyone without the root key or `METRICS_TOKEN` (sent as `Authorization: Bearer` or `X-API-Key`).',
      response: {
        200: { description: 'Prometheus text format 0.0.4.', content: { 'text/plain': { schema: Type.String() } } },
        ...errorResponses(ProblemDetails, [401]),
      },
    },
    handler: async (request, reply) => {
      const presented = presentedKey(request);
      if (presented === undefined || !secrets.some((secret) => sameSecret(presented, secret))) {
        throw new SaldoError('unauthenticated', { internal: 'metrics need the root key or METRICS_TOKEN' });
      }
      const text = await metrics.text();
      return reply.type(metrics.contentType).send(text);
    },
  });
}
