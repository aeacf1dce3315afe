/**
 * The databases every suite runs over. `describeEachDatabase` repeats a suite for SQLite and
 * PostgreSQL; the PostgreSQL run is skipped only when global setup found no server outside CI.
 */
import { describe } from 'vitest';
import type { DatabaseKind } from '../../src/storage/database.ts';
import { createTestDatabase } from './postgres.ts';

export const DATABASE_KINDS: DatabaseKind[] = ['sqlite', 'postgres'];

export function postgresAvailable(): boolean {
  return process.env.SALDO_TEST_POSTGRES !== 'no';
}

export async function createDatabaseUrl(kind: DatabaseKind): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') return { url: 'sqlite::memory:', drop: async () => {} };
  return createTestDatabase();
}

export function describeEachDatabase(name: string, suite: (kind: DatabaseKind) => void): void {
  for (const kind of DATABASE_KINDS) {
    const run = kind === 'sqlite' || postgresAvailable();
    (run ? describe : describe.skip)(`${name} [${kind}]`, () => suite(kind));
  }
}
