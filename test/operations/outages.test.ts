// Proves how Saldo answers when its database fails: 503 in the dialect's own body while the
// database is unreachable (and /readyz says so within a bounded time), recovery without a
// restart once it is back, 504 when a statement outlives STATEMENT_TIMEOUT_MS — and never a
// stack trace or SQL in a body.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.ts';
import type { Store } from '../../src/core/store.ts';
import { READINESS_TIMEOUT_MS, buildApp } from '../../src/http/app.ts';
import { makeAuthenticator } from '../../src/http/shared/auth.ts';
import { useDialectErrors } from '../../src/http/shared/dialect.ts';
import { v1CustomersDialect } from '../../src/http/v1-customers/errors.ts';
import { v1FamiliesDialect } from '../../src/http/v1-families/errors.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { translateDriverError } from '../../src/storage/driver-errors.ts';
import { KyselyStore, openStore } from '../../src/storage/kysely-store.ts';
import { postgresAvailable } from '../support/databases.ts';
import { ROOT_KEY } from '../support/harness.ts';
import { adminDatabaseUrl, createTestDatabase } from '../support/postgres.ts';

const READY_WITHIN_MS = 5000;
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function app(store: Store): Promise<FastifyInstance> {
  return buildApp({
    store,
    clock: systemClock,
    rootKey: ROOT_KEY,
    rateLimitPerMinute: 0,
    redisUrl: undefined,
    bodyLimitBytes: 1_048_576,
    logger: false,
  });
}

/** Nothing of the driver, the SQL or the code's insides reaches the caller. */
function expectNoInsides(text: string): void {
  expect(text).not.toMatch(
    /\bat .*\.(ts|js):\d+|select |pg_sleep|does not exist|ECONNREFUSED|SQLITE_|terminat|canceling/i,
  );
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

describe.runIf(postgresAvailable())('PostgreSQL outages', () => {
  it('answers 503 while the database is gone, and recovers when it is back', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const store = await openStore({ url: database.url, statementTimeoutMs: 2000 });
    cleanups.push(() => store.close());
    const saldo = await app(store);
    cleanups.push(() => saldo.close());
    const created = await saldo.inject({
      method: 'POST',
      url: '/admin/organizations',
      headers: { 'x-api-key': ROOT_KEY },
      payload: { slug: 'acme', name: 'Acme' },
    });
    expect(created.statusCode).toBe(201);

    await database.drop();

    const started = Date.now();
    const readiness = await saldo.inject({ method: 'GET', url: '/readyz' });
    expect(Date.now() - started).toBeLessThan(READY_WITHIN_MS);
    expect(readiness.statusCode).toBe(503);
    expect(readiness.json()).toMatchObject({
      status: 503,
      code: 'database_unavailable',
      trace_id: readiness.headers['x-trace-id'],
    });
    expectNoInsides(readiness.body);

    const write = await saldo.inject({
      method: 'POST',
      url: '/admin/organizations',
      headers: { 'x-api-key': ROOT_KEY },
      payload: { slug: 'later', name: 'Later' },
    });
    expect(write.statusCode).toBe(503);
    expect(write.headers['content-type']).toContain('application/problem+json');
    expect(write.json()).toMatchObject({
      code: 'database_unavailable',
      detail: 'The service is unavailable. Try again later.',
    });
    expectNoInsides(write.body);

    // The database comes back (empty, migrated): the same process serves again.
    const name = new URL(database.url).pathname.slice(1);
    await adminQuery(`create database ${name}`);
    const migrated = await openStore({ url: database.url });
    await migrated.close();
    expect((await saldo.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
    const again = await saldo.inject({
      method: 'POST',
      url: '/admin/organizations',
      headers: { 'x-api-key': ROOT_KEY },
      payload: { slug: 'later', name: 'Later' },
    });
    expect(again.statusCode).toBe(201);
  });

  it('answers 503 quickly when no server listens, in each dialect body', async () => {
    // No migration can run against it: the store is built directly, as after a start that succeeded.
    const { db } = openDatabase({ url: 'postgres://postgres@127.0.0.1:1/saldo', connectTimeoutMs: 2000 });
    const store = new KyselyStore(db, 'postgres');
    cleanups.push(() => store.close());
    const saldo = await app(store);
    cleanups.push(() => saldo.close());
    const key = 'saldo_key_01M80JP8GB7CXZQ286V3BAG7M1_twikQGl_7cqXrUmYSb_UPWErofaMqjr4mWI3APJY0CE';

    const started = Date.now();
    const readiness = await saldo.inject({ method: 'GET', url: '/readyz' });
    expect(Date.now() - started).toBeLessThan(READY_WITHIN_MS);
    expect(readiness.statusCode).toBe(503);

    const native = await saldo.inject({ method: 'GET', url: '/orgs/acme/audit-events', headers: { 'x-api-key': key } });
    expect(native.statusCode).toBe(503);
    expect(native.json()).toMatchObject({ code: 'database_unavailable', status: 503 });
    expectNoInsides(native.body);

    // The legacy dialects, on the same authentication step, each in its own body.
    for (const [dialect, expected] of [
      [
        v1CustomersDialect,
        { errorMessage: 'The service is unavailable. Try again later.', errorCode: 'database_unavailable' },
      ],
      [v1FamiliesDialect, { statusCode: 503, messages: ['The service is unavailable. Try again later.'] }],
    ] as const) {
      const legacy = Fastify({ logger: false });
      cleanups.push(() => legacy.close());
      legacy.decorateRequest('apiKey', undefined);
      legacy.decorateRequest('organization', undefined);
      legacy.addHook('onRequest', makeAuthenticator({ store, rootKey: undefined }));
      await legacy.register(async (scope) => {
        useDialectErrors(scope, dialect);
        scope.get('/guarded', { config: { auth: { kind: 'key', scope: 'CUSTOMER_ACCOUNT_READ' } } }, async () => ({
          ok: true,
        }));
      });
      const answer = await legacy.inject({ method: 'GET', url: '/guarded', headers: { 'x-api-key': key } });
      expect(answer.statusCode).toBe(503);
      expect(answer.json()).toMatchObject(expected);
      expectNoInsides(answer.body);
    }
  });

  it('answers 504 when a statement outlives STATEMENT_TIMEOUT_MS', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    // Migrate with the default timeout first; then open the store the test runs on.
    await (await openStore({ url: database.url })).close();
    const store = await openStore({ url: database.url, statementTimeoutMs: 200 });
    cleanups.push(() => store.close());
    // A store whose key lookup is slow: a stand-in for any statement that runs too long.
    const slowKeys = new Proxy(store.apiKeys, {
      get(target, property) {
        if (property === 'recentById') {
          return async (id: string) => {
            await sql`select pg_sleep(2)`.execute(store.db);
            return target.recentById(id);
          };
        }
        const value = Reflect.get(target, property) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const slowStore = new Proxy(store, {
      get(target, property) {
        if (property === 'apiKeys') return slowKeys;
        const value = Reflect.get(target, property) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const saldo = await app(slowStore);
    cleanups.push(() => saldo.close());
    const key = 'saldo_key_01M80JP8GB7CXZQ286V3BAG7M1_twikQGl_7cqXrUmYSb_UPWErofaMqjr4mWI3APJY0CE';
    const started = Date.now();
    const answer = await saldo.inject({ method: 'GET', url: '/orgs/acme/audit-events', headers: { 'x-api-key': key } });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(answer.statusCode).toBe(504);
    expect(answer.json()).toMatchObject({
      status: 504,
      code: 'database_timeout',
      detail: 'The repository did not answer in time.',
    });
    expectNoInsides(answer.body);
    // The pool is healthy afterwards.
    expect((await saldo.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});

describe('SQLite outage', () => {
  it('answers 503 when the file stays locked past the busy timeout, and serves once it is free', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'saldo-locked-'));
    cleanups.push(async () => rmSync(directory, { recursive: true, force: true }));
    const url = `sqlite:${join(directory, 'saldo.db')}`;
    const store = await openStore({ url });
    cleanups.push(() => store.close());
    const saldo = await app(store);
    cleanups.push(() => saldo.close());

    // Another process holds the write lock (here: another connection inside this one).
    const other = new SqliteDatabase(join(directory, 'saldo.db'));
    other.exec('begin exclusive');
    const write = await saldo.inject({
      method: 'POST',
      url: '/admin/organizations',
      headers: { 'x-api-key': ROOT_KEY },
      payload: { slug: 'acme', name: 'Acme' },
    });
    expect(write.statusCode).toBe(503);
    expect(write.json()).toMatchObject({ code: 'database_unavailable' });
    expectNoInsides(write.body);
    other.exec('rollback');
    other.close();

    const again = await saldo.inject({
      method: 'POST',
      url: '/admin/organizations',
      headers: { 'x-api-key': ROOT_KEY },
      payload: { slug: 'acme', name: 'Acme' },
    });
    expect(again.statusCode).toBe(201);
  }, 20_000);
});

describe('a database that hangs', () => {
  it('still gets a 503 from /readyz within the readiness bound', async () => {
    const store = await openStore({ url: 'sqlite::memory:' });
    cleanups.push(() => store.close());
    const hanging = new Proxy(store, {
      get(target, property) {
        if (property === 'ping') return () => new Promise<void>(() => {});
        const value = Reflect.get(target, property) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const saldo = await app(hanging);
    cleanups.push(() => saldo.close());
    const started = Date.now();
    const readiness = await saldo.inject({ method: 'GET', url: '/readyz' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(READINESS_TIMEOUT_MS - 50);
    expect(Date.now() - started).toBeLessThan(READY_WITHIN_MS);
    expect(readiness.statusCode).toBe(503);
    expect(readiness.json()).toMatchObject({ code: 'database_unavailable' });
  });
});

describe('driver error classification', () => {
  it.each([
    { error: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' }, code: 'database_unavailable' },
    { error: { code: 'ENETUNREACH', message: 'connect ENETUNREACH' }, code: 'database_unavailable' },
    { error: { code: '08006', message: 'connection failure' }, code: 'database_unavailable' },
    {
      error: { code: '57P01', message: 'terminating connection due to administrator command' },
      code: 'database_unavailable',
    },
    { error: { code: '3D000', message: 'database "x" does not exist' }, code: 'database_unavailable' },
    { error: { code: '53300', message: 'too many connections' }, code: 'database_unavailable' },
    { error: { message: 'timeout exceeded when trying to connect' }, code: 'database_unavailable' },
    { error: { message: 'Connection terminated unexpectedly' }, code: 'database_unavailable' },
    { error: { code: 'SQLITE_BUSY', message: 'database is locked' }, code: 'database_unavailable' },
    { error: { code: 'SQLITE_IOERR_WRITE', message: 'disk I/O error' }, code: 'database_unavailable' },
    { error: { code: 'SQLITE_FULL', message: 'database or disk is full' }, code: 'database_unavailable' },
    { error: { code: '57014', message: 'canceling statement due to statement timeout' }, code: 'database_timeout' },
    { error: { code: '55P03', message: 'canceling statement due to lock timeout' }, code: 'database_timeout' },
    { error: { code: '23505', message: 'duplicate key' }, code: undefined },
    { error: { code: '42601', message: 'syntax error' }, code: undefined },
    { error: new TypeError('x is undefined'), code: undefined },
  ])('$error.message → $code', ({ error, code }) => {
    const translated = translateDriverError(error);
    expect(translated?.code).toBe(code);
    if (translated) expect(translated.detail).not.toContain(String(error.message));
  });
});
