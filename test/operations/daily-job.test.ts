// Proves DAILY_JOB as real processes on a SQLite file holding one organization: with the default
// (on) the process runs that organization's daily dunning at start; with DAILY_JOB=off it runs
// nothing, given three times as long as the default took.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { type RunningServer, saldoCli, startServer } from './processes.ts';

vi.setConfig({ testTimeout: 90_000 });

const DAILY_RUN = 'daily dunning run completed';
const dailyRuns = (server: RunningServer) => server.logs().filter((line) => line.msg === DAILY_RUN);

async function stop(server: RunningServer): Promise<void> {
  server.child.kill('SIGTERM');
  await server.finished;
}

let directory: string;
let env: Record<string, string>;
beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'saldo-daily-'));
  env = { DATABASE_URL: `sqlite:${join(directory, 'saldo.db')}`, LOG_LEVEL: 'info' };
  const created = await saldoCli(['organization', 'create', '--slug', 'daily', '--name', 'Daily'], env);
  expect(created.code).toBe(0);
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

it('runs the daily job at start by default, and not at all with DAILY_JOB=off', async () => {
  const on = await startServer(env);
  // The first tick follows listening at once; how long its run takes sets the wait below.
  const started = Date.now();
  let tookMs: number;
  try {
    await vi.waitFor(() => expect(dailyRuns(on)).toHaveLength(1), { timeout: 30_000, interval: 100 });
    tookMs = Date.now() - started;
  } finally {
    await stop(on);
  }

  // Another day's run would be due only tomorrow, so a fresh database shows the difference.
  rmSync(join(directory, 'saldo.db'), { force: true });
  rmSync(join(directory, 'saldo.db-wal'), { force: true });
  rmSync(join(directory, 'saldo.db-shm'), { force: true });
  expect((await saldoCli(['organization', 'create', '--slug', 'daily', '--name', 'Daily'], env)).code).toBe(0);
  const off = await startServer({ ...env, DAILY_JOB: 'off' });
  try {
    await new Promise((resolve) => setTimeout(resolve, Math.max(1000, 3 * tookMs)));
    expect(dailyRuns(off)).toEqual([]);
  } finally {
    await stop(off);
  }
});
