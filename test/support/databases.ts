/**
 * The databases every suite runs over. `describeEachDatabase` repeats a suite for SQLite and
 * PostgreSQL; the PostgreSQL run is skipped only when global setup found no server outside CI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { organizationId } from '../../src/core/ids.ts';
import type { Organization } from '../../src/core/organizations/organization.ts';
import type { DatabaseKind } from '../../src/storage/database.ts';
import { type KyselyStore, openStore } from '../../src/storage/kysely-store.ts';
import { createTestDatabase } from './postgres.ts';

export const DATABASE_KINDS: DatabaseKind[] = ['sqlite', 'postgres'];

export function postgresAvailable(): boolean {
  return process.env.SALDO_TEST_POSTGRES !== 'no';
}

export async function createDatabaseUrl(kind: DatabaseKind): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') return { url: 'sqlite::memory:', drop: async () => {} };
  return createTestDatabase();
}

/**
 * A fresh database that other processes can open too: a SQLite file in a new directory (at
 * `fileName`, which may name folders to be created) or a PostgreSQL database.
 */
export async function createSharedDatabaseUrl(
  kind: DatabaseKind,
  fileName = 'saldo.db',
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === 'postgres') return createTestDatabase();
  const directory = mkdtempSync(join(tmpdir(), 'saldo-shared-'));
  return {
    url: `sqlite:${join(directory, fileName)}`,
    drop: async () => rmSync(directory, { recursive: true, force: true }),
  };
}

export function describeEachDatabase(name: string, suite: (kind: DatabaseKind) => void): void {
  for (const kind of DATABASE_KINDS) {
    const run = kind === 'sqlite' || postgresAvailable();
    (run ? describe : describe.skip)(`${name} [${kind}]`, () => suite(kind));
  }
}

/** A store on a fresh database of the kind, for suites below HTTP; `close` also drops the database. */
export async function openTestStore(kind: DatabaseKind): Promise<{ store: KyselyStore; close: () => Promise<void> }> {
  const database = await createDatabaseUrl(kind);
  const store = await openStore({ url: database.url });
  return {
    store,
    close: async () => {
      await store.close();
      await database.drop();
    },
  };
}

/** An organization record to insert straight through a store. */
export const newOrganization = (slug: string, name = slug): Organization => ({
  id: organizationId(),
  slug,
  name,
  timeZone: 'UTC',
  createdAt: new Date().toISOString(),
});
