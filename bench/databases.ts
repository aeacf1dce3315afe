/**
 * A fresh database per benchmark run and database kind: a SQLite file in a temporary directory,
 * or a PostgreSQL database created for the run and dropped after it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseKind } from '../src/storage/database.ts';

/** Where a run creates its PostgreSQL database: `BENCH_POSTGRES_URL`, an admin URL, or the local server. */
export const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  kind: DatabaseKind;
  url: string;
  /**
   * After seeding: PostgreSQL gathers the tables' statistics, as its autovacuum does on a running
   * server within a minute of such a load. Without them the first scenarios were planned blind
   * (a customer by number read through all of an organization's customers) and the later ones,
   * measured after autovacuum had run, were not: scenarios of one run disagreed. It also
   * vacuums (what autovacuum would do next, during the runs) and writes a checkpoint (the bulk
   * load's gigabytes flushed now rather than under the first scenarios): after a large load the
   * bare route, which reads nothing, cost twice its CPU while these ran beside it. SQLite keeps
   * what Saldo gives it, which gathers no statistics.
   */
  settle(): Promise<void>;
  drop(): Promise<void>;
}

export async function createBenchDatabase(kind: DatabaseKind, postgresAdminUrl: string): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'saldo-bench-'));
    return {
      kind,
      url: `sqlite:${join(directory, 'saldo.db')}`,
      settle: async () => {},
      drop: async () => rmSync(directory, { recursive: true, force: true }),
    };
  }
  const name = `saldo_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(postgresAdminUrl, `create database ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    settle: async () => {
      await adminQuery(url.toString(), 'vacuum analyze');
      await adminQuery(url.toString(), 'checkpoint');
    },
    drop: () => adminQuery(postgresAdminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
