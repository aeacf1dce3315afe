/**
 * Per-key rate limiting (RATE_LIMIT_PER_MINUTE), counted in memory, or in Redis when REDIS_URL is
 * set so that several Saldo processes share one count. It runs after authentication, so the
 * count belongs to the key (the root key has one count of its own, a signed-in operator too); public routes (health,
 * docs) are not counted, and a request refused by authentication never reaches the count.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { SaldoError } from '../../core/errors.ts';

export interface RateLimitOptions {
  perMinute: number;
  redisUrl: string | undefined;
  /** Prefix of the counters in Redis, so deployments (or tests) sharing one Redis keep apart. */
  namespace?: string | undefined;
}

export const DEFAULT_RATE_LIMIT_NAMESPACE = 'saldo-rate-limit:';
/** How long a request waits for the shared count before it is served uncounted. */
const REDIS_TIMEOUT_MS = 1000;

/**
 * Waits, up to `ms`, for the first connection. Commands are not queued while offline, so without
 * this wait the first requests after a start would all be served uncounted; with Redis down the
 * start goes on after the wait and requests are served uncounted until it is back.
 */
async function connectedWithin(redis: Redis, ms: number): Promise<void> {
  if (redis.status === 'ready') return;
  let timer: NodeJS.Timeout | undefined;
  let onReady: (() => void) | undefined;
  await new Promise<void>((resolve) => {
    onReady = resolve;
    redis.once('ready', resolve);
    timer = setTimeout(resolve, ms);
  });
  clearTimeout(timer);
  if (onReady) redis.off('ready', onReady);
}

export async function registerRateLimit(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  if (options.perMinute === 0) return;
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, {
        connectTimeout: REDIS_TIMEOUT_MS,
        commandTimeout: REDIS_TIMEOUT_MS,
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        lazyConnect: false,
      })
    : undefined;
  if (redis) {
    redis.on('error', (error) => app.log.warn({ err: error }, 'rate-limit store unreachable'));
    app.addHook('onClose', async () => {
      redis.disconnect();
    });
    await connectedWithin(redis, REDIS_TIMEOUT_MS);
  }
  await app.register(rateLimit, {
    global: true,
    // Before validation, so requests with bad bodies count too; after authentication (onRequest).
    hook: 'preValidation',
    max: options.perMinute,
    timeWindow: 60_000,
    redis,
    nameSpace: options.namespace ?? DEFAULT_RATE_LIMIT_NAMESPACE,
    // When Redis is unreachable, serve rather than refuse: the limit protects, it must not take us down.
    skipOnError: true,
    keyGenerator: (request) => {
      if (request.apiKey) return `key:${request.apiKey.id}`;
      if (request.operatorSession) return `operator:${request.operatorSession.operator.id}`;
      if (request.routeOptions.config.auth?.kind === 'root') return 'root';
      return `ip:${request.ip}`;
    },
    allowList: (request) =>
      request.routeOptions.config.auth === undefined || request.routeOptions.config.auth.kind === 'public',
    errorResponseBuilder: (_request, context) =>
      new SaldoError('rate_limited', { facts: { retry_after_seconds: Math.max(1, Math.ceil(context.ttl / 1000)) } }),
  });
}
