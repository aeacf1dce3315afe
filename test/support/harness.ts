/**
 * A real Saldo for a test file: a fresh database of the given kind, the app listening on a free
 * loopback port, and a small fetch client. Tests talk to it over real HTTP.
 */
import type { FastifyInstance } from 'fastify';
import { ManualClock } from '../../src/core/clock.ts';
import { SCOPES, type Scope } from '../../src/core/scopes.ts';
import { buildApp } from '../../src/http/app.ts';
import type { AppOptions } from '../../src/http/dependencies.ts';
import type { DatabaseKind } from '../../src/storage/database.ts';
import { type KyselyStore, openStore } from '../../src/storage/kysely-store.ts';
import { createDatabaseUrl, createSharedDatabaseUrl } from './databases.ts';

export const ROOT_KEY = 'test-root-key-0123456789abcdef';

/**
 * An answer over HTTP. Its body is typed when the caller names the type (`request<AccountJson>`,
 * views.ts); left unnamed it is loosely typed, as most suites still read it.
 */
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  key?: string | undefined;
  body?: unknown;
  /** Sent as is (for malformed JSON and odd encodings). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface TestSaldo {
  kind: DatabaseKind;
  baseUrl: string;
  app: FastifyInstance;
  store: KyselyStore;
  clock: ManualClock;
  databaseUrl: string;
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<Answer<T>>;
  /** Creates an organization with a key holding every scope (or the given ones). */
  organization(slug: string, scopes?: Scope[]): Promise<{ id: string; slug: string; key: string; keyId: string }>;
  issueKey(slug: string, scopes: Scope[]): Promise<{ key: string; id: string }>;
  close(): Promise<void>;
}

/**
 * Saldo over HTTP on a fresh database. `sharedDatabase`: a SQLite file instead of memory, so
 * another connection (a test's own, the bench's ceiling) sees the same data.
 */
export async function startSaldo(
  kind: DatabaseKind,
  overrides: Partial<AppOptions> = {},
  options: { sharedDatabase?: boolean } = {},
): Promise<TestSaldo> {
  const database =
    options.sharedDatabase === true ? await createSharedDatabaseUrl(kind) : await createDatabaseUrl(kind);
  const store = await openStore({ url: database.url, statementTimeoutMs: 5000, poolSize: 20 });
  const clock = new ManualClock(new Date('2026-03-15T10:00:00Z'));
  const app = await buildApp({
    store,
    clock,
    rootKey: ROOT_KEY,
    rateLimitPerMinute: 0,
    redisUrl: undefined,
    bodyLimitBytes: 1_048_576,
    logger: false,
    ...overrides,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  async function request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.key !== undefined) headers['x-api-key'] = options.key;
    let body: string | undefined;
    if (options.rawBody !== undefined) {
      body = options.rawBody;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  async function issueKey(slug: string, scopes: Scope[]): Promise<{ key: string; id: string }> {
    const answer = await request<{ key: string; id: string }>('POST', `/admin/organizations/${slug}/api-keys`, {
      key: ROOT_KEY,
      body: { name: 'test', scopes },
    });
    if (answer.status !== 201) throw new Error(`issueKey: ${answer.status} ${answer.text}`);
    return { key: answer.body.key, id: answer.body.id };
  }

  return {
    kind,
    baseUrl,
    app,
    store,
    clock,
    databaseUrl: database.url,
    request,
    issueKey,
    async organization(slug, scopes = [...SCOPES]) {
      const created = await request<{ id: string }>('POST', '/admin/organizations', {
        key: ROOT_KEY,
        body: { slug, name: `Org ${slug}` },
      });
      if (created.status !== 201) throw new Error(`organization: ${created.status} ${created.text}`);
      const { key, id } = await issueKey(slug, scopes);
      return { id: created.body.id, slug, key, keyId: id };
    },
    async close() {
      await app.close();
      await store.close();
      await database.drop();
    },
  };
}
