// Proves `saldo statement import` on both databases, one import as a real process and the rest
// through the same dispatch in this process: a camt.053 and an MT940 file imported through the
// same core command as the API (lines stored, counts printed), the same file again books nothing,
// a broken file exits 1 naming the element, a wrong command line exits 2.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { openStore } from '../../src/storage/kysely-store.ts';
import { createSharedDatabaseUrl, describeEachDatabase } from '../support/databases.ts';
import { saldoCli, saldoCliInProcess } from '../operations/processes.ts';

vi.setConfig({ testTimeout: 90_000 });

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/bank-statements/${name}`, import.meta.url));

describeEachDatabase('saldo statement import', (kind) => {
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const database = await createSharedDatabaseUrl(kind);
    databaseUrl = database.url;
    cleanup = database.drop;
    expect(
      (
        await saldoCliInProcess(['organization', 'create', '--slug', 'acme', '--name', 'Acme'], {
          DATABASE_URL: databaseUrl,
        })
      ).code,
    ).toBe(0);
  });
  afterAll(async () => cleanup?.());

  it('imports a camt.053 and an MT940 file; the same file again books nothing', async () => {
    const env = { DATABASE_URL: databaseUrl };
    // This import runs as a real process, as an operator runs it; the rest run the same dispatch in this one.
    const camt = await saldoCli(['statement', 'import', '--org', 'acme', fixture('finnish-camt053-001-02.xml')], env);
    expect(camt.stderr).toBe('');
    expect(camt.code).toBe(0);
    expect(camt.stdout).toMatch(
      /^Imported camt\.053 FI2112345600000785-20240315 \(FI2112345600000785\) as bst_\w{26}: 5 lines, 0 matched, 4 unmatched, 0 returned, 1 ignored\./m,
    );
    const again = await saldoCliInProcess(
      ['statement', 'import', '--org', 'acme', fixture('finnish-camt053-001-02.xml')],
      env,
    );
    expect([again.code, again.stdout]).toEqual([0, expect.stringContaining('Nothing booked')]);
    const mt940 = await saldoCliInProcess(
      ['statement', 'import', '--org', 'acme', '--format', 'mt940', fixture('two-messages.mt940')],
      env,
    );
    expect(mt940.code, mt940.stderr).toBe(0);
    expect(mt940.stdout).toContain('Imported mt940 STARTUMS/00058/001');

    const store = await openStore({ url: databaseUrl });
    try {
      const organization = await store.organizations.findBySlug('acme');
      const statements = await store.bankStatements.listStatements(organization!.id, { limit: 10 });
      expect(statements.map((statement) => statement.format)).toEqual(['mt940', 'mt940', 'camt.053']);
      expect(
        await store.bankStatements.listLines(organization!.id, { status: 'UNMATCHED' }, { limit: 100 }),
      ).not.toHaveLength(0);
    } finally {
      await store.close();
    }
  });

  it('exits 1 for a broken file and 2 for a wrong command line, one line each', async () => {
    const env = { DATABASE_URL: databaseUrl };
    const broken = await saldoCliInProcess(
      ['statement', 'import', '--org', 'acme', fixture('hostile/wrong-amount.xml')],
      env,
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/Amt.*statement_invalid/);
    for (const args of [
      ['statement', 'import', '--org', 'acme'],
      ['statement', 'import', fixture('broken.xml')],
      ['statement', 'export'],
      ['statement', 'import', '--org', 'acme', '/no/such/file.xml'],
    ]) {
      const answer = await saldoCliInProcess(args, env);
      expect(answer.code, args.join(' ')).toBe(2);
    }
    const unknownOrganization = await saldoCliInProcess(
      ['statement', 'import', '--org', 'nobody', fixture('finnish-camt053-001-02.xml')],
      env,
    );
    expect(unknownOrganization.code).toBe(1);
  });
});
