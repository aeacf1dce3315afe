// SQLite's plans for the hottest reads, as its planner makes them from Saldo's own statements: a
// customer's default account read from the first entry of an index (no sort), and a family's
// next scheduled payment looked up once per statement. Each plan is asked of the statement the
// store really ran, with the values it ran with; a plan that slips back fails here, where the
// bench would only show a slower figure.
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KyselyStore } from '../../src/storage/kysely-store.ts';
import { newOrganization, openTestStore } from '../support/databases.ts';

interface Ran {
  source: string;
  parameters: unknown[];
  database: SqliteDatabase.Database;
}

/** The statements better-sqlite3 runs while `work` does, with their values. */
async function statementsOf(work: () => Promise<unknown>): Promise<Ran[]> {
  const probe = new SqliteDatabase(':memory:');
  const prototype = Object.getPrototypeOf(probe.prepare('select 1')) as SqliteDatabase.Statement;
  probe.close();
  const ran: Ran[] = [];
  const all = prototype.all;
  const spy = vi.spyOn(prototype, 'all').mockImplementation(function (this: SqliteDatabase.Statement, ...parameters) {
    ran.push({ source: this.source, parameters, database: this.database });
    return all.apply(this, parameters);
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return ran;
}

function planOf(statement: Ran): string[] {
  const rows = statement.database.prepare(`explain query plan ${statement.source}`).all(...statement.parameters);
  return (rows as Array<{ detail: string }>).map((row) => row.detail);
}

function onlyStatement(ran: Ran[], containing: string): Ran {
  const matching = ran.filter((statement) => statement.source.includes(containing));
  expect(matching).toHaveLength(1);
  return matching[0]!;
}

describe('query plans [sqlite]', () => {
  let store: KyselyStore;
  let close: () => Promise<void>;
  const organizationId = newOrganization('plans', 'Plans').id;
  const today = '2026-11-30';

  beforeAll(async () => {
    ({ store, close } = await openTestStore('sqlite'));
    await store.organizations.insert(newOrganization('plans', 'Plans'));
  });
  afterAll(async () => close());

  it("reads a customer's default account from the index's first entry, without sorting the accounts", async () => {
    const ran = await statementsOf(() => store.customerOverview.customerWithDefaultAccount(organizationId, 1001n));
    const plan = planOf(onlyStatement(ran, '"is_default" desc'));
    expect(plan.some((step) => step.includes('USING INDEX accounts_default_first'))).toBe(true);
    expect(plan.filter((step) => step.includes('TEMP B-TREE'))).toEqual([]);
  });

  it('finds the default account of an upcoming slice the same way, sorting only the slice', async () => {
    const ran = await statementsOf(() =>
      store.customerOverview.defaultAccountUpcoming(organizationId, 1001n, {
        dueFrom: today,
        dueTo: '2027-11-30',
        afterId: 0n,
        limit: 21,
      }),
    );
    const plan = planOf(onlyStatement(ran, '"is_default" desc'));
    expect(plan.some((step) => step.includes('COVERING INDEX accounts_default_first'))).toBe(true);
    expect(plan.filter((step) => step.includes('TEMP B-TREE'))).toEqual(['USE TEMP B-TREE FOR ORDER BY']);
  });

  it.each([
    ['now', (s: KyselyStore) => s.families.familyFigures(organizationId, 'fml_x', today)],
    ['at a point', (s: KyselyStore) => s.families.familyFiguresBefore(organizationId, 'fml_x', 'trn_x', today)],
  ])("looks up a family's next scheduled payment once per statement (%s)", async (_, read) => {
    const ran = await statementsOf(() => read(store));
    const plan = planOf(onlyStatement(ran, '"scheduled_payments"'));
    expect(plan).toContain('MATERIALIZE next');
    // The member accounts' look-up (family_members as nm) runs once, not once per column.
    expect(plan.filter((step) => step.startsWith('SEARCH nm '))).toHaveLength(1);
    expect(plan.filter((step) => step.includes('scheduled_payments_by_account_date'))).toHaveLength(1);
  });
});
