/**
 * Saldo as a real process for the reliability suites: `tsx src/http/server.ts` on a database of
 * either kind, a fetch client that reports a dropped connection as an outcome instead of
 * throwing, and direct access to the database rows for recomputation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { type DatabaseKind, openDatabase } from '../../src/storage/database.ts';
import type { Database } from '../../src/storage/schema.ts';
import { type RunningServer, startServer } from '../operations/processes.ts';
import { ROOT_KEY } from '../support/harness.ts';
import { createTestDatabase } from '../support/postgres.ts';

/** Long variants (`npm run test:long`) run more operations and more crash cycles. */
export const LONG = process.env.SALDO_LONG === '1';

export interface ProcessAnswer {
  /** 0 when the connection failed or dropped before an answer: the outcome is unknown. */
  status: number;
  headers: Headers | undefined;
  body: any;
  text: string;
}

export interface SaldoDatabase {
  kind: DatabaseKind;
  url: string;
  /** Rows, read directly (never through Saldo). */
  db: Kysely<Database>;
  drop(): Promise<void>;
}

export async function freshDatabase(kind: DatabaseKind): Promise<SaldoDatabase> {
  if (kind === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'saldo-reliability-'));
    const url = `sqlite:${join(directory, 'saldo.db')}`;
    let db: Kysely<Database> | undefined;
    return {
      kind,
      url,
      get db() {
        db ??= openDatabase({ url }).db;
        return db;
      },
      async drop() {
        await db?.destroy();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  }
  const database = await createTestDatabase();
  let db: Kysely<Database> | undefined;
  return {
    kind,
    url: database.url,
    get db() {
      db ??= openDatabase({ url: database.url, poolSize: 2 }).db;
      return db;
    },
    async drop() {
      await db?.destroy();
      await database.drop();
    },
  };
}

export interface SaldoProcess {
  server: RunningServer;
  baseUrl: string;
  request(
    method: string,
    path: string,
    options?: { key?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<ProcessAnswer>;
  /** SIGKILL: no shutdown hook runs, transactions in flight are cut where they stand. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSaldoProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<SaldoProcess> {
  const server = await startServer(
    {
      DATABASE_URL: databaseUrl,
      SALDO_ROOT_KEY: ROOT_KEY,
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    // Problems only: request lines would fill memory under load.
    { keepLog: (line) => Number(line.level) >= 40 },
  );
  const baseUrl = server.baseUrl;
  return {
    server,
    baseUrl,
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.key !== undefined) headers['x-api-key'] = options.key;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      try {
        const response = await fetch(`${baseUrl}${path}`, {
          method,
          headers,
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
        });
        const text = await response.text();
        let body: unknown;
        try {
          body = text.length > 0 ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
        return { status: response.status, headers: response.headers, body, text };
      } catch {
        return { status: 0, headers: undefined, body: undefined, text: '' };
      }
    },
    async kill() {
      server.child.kill('SIGKILL');
      await server.finished;
    },
    async stop() {
      if (server.child.exitCode !== null || server.child.signalCode !== null) return;
      server.child.kill('SIGTERM');
      await server.finished;
    },
  };
}

/** An organization with a key holding every scope, made over HTTP with the root key. */
export async function organizationOver(
  saldo: SaldoProcess,
  slug: string,
  scopes: string[],
): Promise<{ id: string; key: string }> {
  const created = await saldo.request('POST', '/admin/organizations', {
    key: ROOT_KEY,
    body: { slug, name: `Org ${slug}` },
  });
  if (created.status !== 201) throw new Error(`organization: ${created.status} ${created.text}`);
  const key = await saldo.request('POST', `/admin/organizations/${slug}/api-keys`, {
    key: ROOT_KEY,
    body: { name: 'reliability', scopes },
  });
  if (key.status !== 201) throw new Error(`api key: ${key.status} ${key.text}`);
  return { id: created.body.id, key: key.body.key };
}

/** Runs `work` over `items` with at most `concurrency` at once; stops taking new items once `stop()` says so. */
export async function pool<T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
  stop: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: concurrency }, async () => {
    while (next < items.length && !stop()) {
      const item = items[next++]!;
      await work(item);
    }
  });
  await Promise.all(workers);
}

/** A small seeded generator (mulberry32), so a failing run can be repeated with its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
