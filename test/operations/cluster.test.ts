// Proves WORKERS on PostgreSQL: two worker processes serve one port, a key issued through one is
// accepted by both, and SIGTERM stops the primary and every worker with exit 0. (WORKERS above 1
// on SQLite is refused at start: test/config/configuration.test.ts.)
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describe } from 'vitest';
import { ROOT_KEY } from '../support/harness.ts';
import { postgresAvailable } from '../support/databases.ts';
import { createTestDatabase } from '../support/postgres.ts';
import { startServer } from './processes.ts';

// Each case starts real processes, which a busy machine can make slow.
vi.setConfig({ testTimeout: 90_000 });

(postgresAvailable() ? describe : describe.skip)('WORKERS [postgres]', () => {
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.drop());

  it('serves one port from two workers and stops them all on SIGTERM', async () => {
    const server = await startServer({
      DATABASE_URL: database.url,
      SALDO_ROOT_KEY: ROOT_KEY,
      WORKERS: '2',
      LOG_LEVEL: 'info',
    });
    const listening = async () => server.logs().filter((line) => String(line.msg).startsWith('Server listening'));
    for (let i = 0; i < 100 && (await listening()).length < 2; i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const workerPids = new Set((await listening()).map((line) => line.pid));
    expect(workerPids.size).toBe(2);
    expect(workerPids.has(server.child.pid)).toBe(false);

    const created = await fetch(`${server.baseUrl}/admin/organizations`, {
      method: 'POST',
      headers: { 'x-api-key': ROOT_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ slug: 'clustered', name: 'Clustered' }),
    });
    expect(created.status).toBe(201);
    const issued = await fetch(`${server.baseUrl}/admin/organizations/clustered/api-keys`, {
      method: 'POST',
      headers: { 'x-api-key': ROOT_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'k', scopes: ['CUSTOMER_READ'] }),
    });
    const { key } = (await issued.json()) as { key: string };
    // Fresh connections are spread over the workers; every one accepts the key.
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${server.baseUrl}/orgs/clustered/audit-events`, {
          headers: { 'x-api-key': key, connection: 'close' },
        }).then((r) => r.status),
      ),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));

    server.child.kill('SIGTERM');
    const finished = await server.finished;
    expect(finished.code).toBe(0);
    const stopped = server
      .logs()
      .filter((line) => line.msg === 'stopped')
      .map((line) => line.pid);
    expect(new Set(stopped)).toEqual(workerPids);
  });
});
