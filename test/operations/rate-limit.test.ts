// Proves the per-key rate limit: 429 with Retry-After in each dialect's own error body, a count
// per key (and one for the root key), health and docs never counted, counts kept in memory by
// default and shared through Redis (REDIS_URL) by several app instances; an unreachable Redis
// serves requests uncounted rather than refusing them.
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.ts';
import { createOrganization, issueApiKey } from '../../src/core/organizations/commands.ts';
import { SCOPES, type Scope } from '../../src/core/scopes.ts';
import { buildApp } from '../../src/http/app.ts';
import type { AppDependencies } from '../../src/http/dependencies.ts';
import { makeAuthenticator } from '../../src/http/shared/auth.ts';
import { type Dialect, useDialectErrors } from '../../src/http/shared/dialect.ts';
import { registerRateLimit } from '../../src/http/shared/rate-limit.ts';
import { v1CustomersDialect } from '../../src/http/v1-customers/errors.ts';
import { v1FamiliesDialect } from '../../src/http/v1-families/errors.ts';
import { v4AccountsDialect } from '../../src/http/v4-accounts/errors.ts';
import { REDIS_URL, available } from '../support/availability.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { ROOT_KEY, type TestSaldo, startSaldo } from '../support/harness.ts';

const LIMIT = 3;

/** Global setup looked for Redis (test/support/availability.ts). */
const withRedis = available('redis');

describeEachDatabase('rate limit', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind, { rateLimitPerMinute: LIMIT });
  });
  afterAll(async () => saldo?.close());

  // Organizations and keys straight through the core: the root key's own count stays for its test.
  async function organization(slug: string) {
    await createOrganization(
      saldo.store,
      saldo.clock,
      { slug, name: slug },
      { by: 'command line', traceId: 'rate-limit' },
    );
    return { slug, key: await issueKey(slug) };
  }
  async function issueKey(slug: string, scopes: Scope[] = [...SCOPES]) {
    return (
      await issueApiKey(
        saldo.store,
        saldo.clock,
        slug,
        { name: 'test', scopes },
        { by: 'command line', traceId: 'rate-limit' },
      )
    ).key;
  }

  it('answers 429 with Retry-After in problem details once a key has used its minute', async () => {
    const org = await organization('limited');
    for (let i = 0; i < LIMIT; i++) {
      const answer = await saldo.request('GET', '/orgs/limited/audit-events', { key: org.key });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-ratelimit-remaining')).toBe(String(LIMIT - 1 - i));
    }
    const refused = await saldo.request('GET', '/orgs/limited/audit-events', { key: org.key });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body).toMatchObject({
      status: 429,
      code: 'rate_limited',
      retry_after_seconds: retryAfter,
      trace_id: refused.headers.get('x-trace-id'),
    });

    // Over the limit, even a request with a body that would fail validation is refused as such.
    const invalid = await saldo.request('GET', '/orgs/limited/audit-events?limit=100000', { key: org.key });
    expect(invalid.status).toBe(429);

    // Another key of the same organization has its own count; health and docs are never counted.
    const other = await issueKey('limited', ['CUSTOMER_READ']);
    expect((await saldo.request('GET', '/orgs/limited/audit-events', { key: other })).status).toBe(200);
    for (let i = 0; i < LIMIT + 1; i++) expect((await saldo.request('GET', '/healthz')).status).toBe(200);
  });

  it('answers 429 in the v1 customers and v1 families bodies on their own routes', async () => {
    await organization('legacy');
    const cases = [
      {
        path: '/v1/customers/999999/account/balances',
        first: 404,
        body: (traceId: string | null) => ({
          errorMessage: 'Access denied - rate limit is exceeded.',
          errorCode: 'rate_limited',
          traceId,
        }),
      },
      {
        path: '/v1/families/fml_00000000000000000000000000/balance',
        first: 404,
        body: (traceId: string | null) => ({
          statusCode: 429,
          messages: ['Access denied - rate limit is exceeded.'],
          exception: { code: 'rate_limited', traceId },
        }),
      },
    ];
    for (const { path, first, body } of cases) {
      // A fresh key per dialect, so each starts with a full minute.
      const key = await issueKey('legacy', ['CUSTOMER_ACCOUNT_READ', 'FAMILY_READ']);
      for (let i = 0; i < LIMIT; i++) expect((await saldo.request('GET', path, { key })).status).toBe(first);
      const refused = await saldo.request('GET', path, { key });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(refused.body).toEqual(body(refused.headers.get('x-trace-id')));
    }
  });

  it('counts the root key on /admin too', async () => {
    for (let i = 0; i < LIMIT; i++) {
      expect((await saldo.request('GET', '/admin/organizations/limited/api-keys', { key: ROOT_KEY })).status).toBe(200);
    }
    const answer = await saldo.request('GET', '/admin/organizations/limited/api-keys', { key: ROOT_KEY });
    expect(answer.status).toBe(429);
    expect(answer.body.code).toBe('rate_limited');
    expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

// Each dialect's error handling, with the real authentication and rate limit, mounted on a route
// of its own: the limit does not depend on which route it guards.
describe('rate limit in each dialect body', () => {
  const cases: Array<{ dialect: Dialect; body: (traceId: string) => unknown; contentType: string }> = [
    {
      dialect: v1CustomersDialect,
      contentType: 'application/json',
      body: (traceId) => ({
        errorMessage: 'Access denied - rate limit is exceeded.',
        errorCode: 'rate_limited',
        traceId,
      }),
    },
    {
      dialect: v1FamiliesDialect,
      contentType: 'application/json',
      body: (traceId) => ({
        statusCode: 429,
        messages: ['Access denied - rate limit is exceeded.'],
        exception: { code: 'rate_limited', traceId },
      }),
    },
    {
      dialect: v4AccountsDialect,
      contentType: 'application/problem+json',
      body: (traceId) => expect.objectContaining({ status: 429, code: 'rate_limited', trace_id: traceId }),
    },
  ];

  it.each(cases)('renders 429 in the $dialect.name body with Retry-After', async ({ dialect, body, contentType }) => {
    const saldo = await startSaldo('sqlite');
    const app = Fastify({ logger: false, genReqId: () => randomBytes(16).toString('hex') });
    try {
      const org = await saldo.organization('dialect', ['CUSTOMER_ACCOUNT_READ']);
      app.decorateRequest('apiKey', undefined);
      app.decorateRequest('organization', undefined);
      app.addHook('onRequest', makeAuthenticator({ store: saldo.store, rootKey: undefined }));
      await registerRateLimit(app, { perMinute: 1, redisUrl: undefined });
      await app.register(async (scope) => {
        useDialectErrors(scope, dialect);
        scope.get('/guarded', { config: { auth: { kind: 'key', scope: 'CUSTOMER_ACCOUNT_READ' } } }, async () => ({
          ok: true,
        }));
      });
      const first = await app.inject({ method: 'GET', url: '/guarded', headers: { 'x-api-key': org.key } });
      expect(first.statusCode).toBe(200);
      const refused = await app.inject({ method: 'GET', url: '/guarded', headers: { 'x-api-key': org.key } });
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['content-type']).toContain(contentType);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(refused.json()).toEqual(
        body(refused.json().traceId ?? refused.json().exception?.traceId ?? refused.json().trace_id),
      );
      expect(refused.body).not.toMatch(/\bat .*\.ts:\d+/);
    } finally {
      await app.close();
      await saldo.close();
    }
  });
});

describeEachDatabase('rate limit across app instances', (kind) => {
  let saldo: TestSaldo;
  const namespace = `saldo-test-${randomBytes(6).toString('hex')}:`;
  const apps: Array<Awaited<ReturnType<typeof buildApp>>> = [];
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await saldo?.close();
    if (withRedis) {
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${namespace}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });

  /** Another Saldo app over the same database, and a function that asks it as one key. */
  async function instance(overrides: Partial<AppDependencies>) {
    const app = await buildApp({
      store: saldo.store,
      clock: systemClock,
      rootKey: ROOT_KEY,
      rateLimitPerMinute: 4,
      redisUrl: undefined,
      bodyLimitBytes: 1_048_576,
      logger: false,
      ...overrides,
    });
    apps.push(app);
    return async (slug: string, key: string) =>
      (await app.inject({ method: 'GET', url: `/orgs/${slug}/audit-events`, headers: { 'x-api-key': key } }))
        .statusCode;
  }

  it.runIf(withRedis)('shares one count per key through Redis', async () => {
    const org = await saldo.organization('shared');
    const first = await instance({ redisUrl: REDIS_URL, rateLimitNamespace: namespace });
    const second = await instance({ redisUrl: REDIS_URL, rateLimitNamespace: namespace });
    const ask = [first, second, first, second, first, second];
    const statuses: number[] = [];
    for (const app of ask) statuses.push(await app('shared', org.key));
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const redis = new Redis(REDIS_URL);
    try {
      expect(await redis.get(`${namespace}key:${org.keyId}`)).toBe('6');
    } finally {
      redis.disconnect();
    }
  });

  it('counts in memory, per instance, without Redis', async () => {
    const org = await saldo.organization('memory');
    for (const app of [await instance({}), await instance({})]) {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push(await app('memory', org.key));
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
    }
  });

  it('serves uncounted while Redis is unreachable', async () => {
    const org = await saldo.organization('redis-down');
    const app = await buildApp({
      store: saldo.store,
      clock: systemClock,
      rootKey: ROOT_KEY,
      rateLimitPerMinute: 1,
      redisUrl: 'redis://127.0.0.1:1',
      bodyLimitBytes: 1_048_576,
      logger: false,
    });
    apps.push(app);
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      const answer = await app.inject({
        method: 'GET',
        url: '/orgs/redis-down/audit-events',
        headers: { 'x-api-key': org.key },
      });
      expect(answer.statusCode).toBe(200);
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });
});
