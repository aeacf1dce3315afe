// Proves that the benchmark suite runs end to end at the tiny scale on SQLite (seeded over the API) and PostgreSQL (bulk-loaded into the schema), and that every scenario Saldo serves answers without a single error (timings are not judged here).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPOSITORY } from '../../bench/processes.ts';
import type { RunReport } from '../../bench/report.ts';
import { SCENARIOS } from '../../bench/scenarios.ts';
import type { DatabaseKind } from '../../src/storage/database.ts';
import { describeEachDatabase, postgresAvailable } from '../support/databases.ts';
import { adminDatabaseUrl } from '../support/postgres.ts';

const RUN_TIMEOUT_MS = 170_000;

interface BenchRun {
  code: number | null;
  output: string;
  report: RunReport | undefined;
}

const output = mkdtempSync(join(tmpdir(), 'saldo-bench-smoke-'));
const runs = new Map<DatabaseKind, Promise<BenchRun>>();

/** Each seeding path runs once: over the API on SQLite, the bulk loader on PostgreSQL. */
const SEEDING: Record<DatabaseKind, 'http' | 'bulk'> = { sqlite: 'http', postgres: 'bulk' };

function runBench(database: DatabaseKind): Promise<BenchRun> {
  const directory = join(output, database);
  const args = [
    '--import',
    'tsx',
    'bench/run.ts',
    '--scale',
    'tiny',
    '--duration',
    '0.3',
    '--warmup',
    '0',
    '--connections',
    '4',
    '--databases',
    database,
    '--seeding',
    SEEDING[database],
    '--out',
    directory,
  ];
  // The same PostgreSQL server as the rest of the suite (TEST_POSTGRES_URL in CI).
  const env = { ...process.env, BENCH_POSTGRES_URL: adminDatabaseUrl() };
  const child = spawn(process.execPath, args, { cwd: REPOSITORY, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      let report: RunReport | undefined;
      try {
        report = JSON.parse(readFileSync(join(directory, 'tiny-latest.json'), 'utf8')) as RunReport;
      } catch {
        report = undefined;
      }
      resolve({ code, output: text, report });
    });
  });
}

beforeAll(() => {
  // Both databases at once: the runs last a fixed time each, so together they take half as long.
  runs.set('sqlite', runBench('sqlite'));
  if (postgresAvailable()) runs.set('postgres', runBench('postgres'));
});

afterAll(() => rmSync(output, { recursive: true, force: true }));

describeEachDatabase('npm run bench at the tiny scale', (kind) => {
  it('runs every scenario and none answers with an error', { timeout: RUN_TIMEOUT_MS }, async () => {
    const run = await runs.get(kind)!;
    expect(run.report, run.output).toBeDefined();
    const rows = run.report!.rows;
    expect(rows.map((r) => r.scenario)).toEqual(SCENARIOS.map((s) => s.name));
    for (const row of rows) {
      expect(['ok', 'not available'], `${row.scenario}: ${row.status} ${row.note}`).toContain(row.status);
      if (row.saldo) {
        expect(row.saldo.requests, row.scenario).toBeGreaterThan(0);
        expect(row.saldo.non2xx + row.saldo.errors, row.scenario).toBe(0);
        expect(row.bare!.non2xx + row.bare!.errors, `${row.scenario} bare route`).toBe(0);
        expect(row.databaseCeiling!.non2xx + row.databaseCeiling!.errors, `${row.scenario} database ceiling`).toBe(0);
      }
    }
    // The reads of the seeds are served by now: the smoke run must measure them, not skip them.
    const measured = rows.filter((r) => r.status === 'ok').map((r) => r.scenario);
    expect(measured).toEqual(expect.arrayContaining(['v1-balances', 'post-charge']));
    expect(run.code, run.output).toBe(0);
  });
});
