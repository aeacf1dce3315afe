// Proves `saldo demo` on both databases: it fills a new organization through the API, prints a key
// that works, and the seed endpoints then answer with the demo's figures; a taken slug is refused.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { runCli } from '../../src/cli/run.ts';
import { buildApp } from '../../src/http/app.ts';
import { openStore } from '../../src/storage/kysely-store.ts';
import { createDatabaseUrl, describeEachDatabase } from '../support/databases.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describeEachDatabase('saldo demo', (kind) => {
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  const clock = new ManualClock(new Date('2026-03-15T10:00:00Z'));
  beforeAll(async () => {
    if (kind === 'sqlite') {
      const directory = mkdtempSync(join(tmpdir(), 'saldo-demo-'));
      databaseUrl = `sqlite:${join(directory, 'saldo.db')}`;
      cleanup = async () => rmSync(directory, { recursive: true, force: true });
    } else {
      const database = await createDatabaseUrl('postgres');
      databaseUrl = database.url;
      cleanup = database.drop;
    }
  });
  afterAll(async () => cleanup?.());

  async function demo(...args: string[]) {
    const out: string[] = [];
    const errors: string[] = [];
    const code = await runCli(
      ['demo', ...args],
      { env: { DATABASE_URL: databaseUrl }, clock, print: (l) => out.push(l) },
      (l) => errors.push(l),
    );
    return { code, out, errors };
  }

  it('creates the demo organization and prints a key the seed endpoints accept', async () => {
    const run = await demo('--org', 'demo');
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    const key = run.out.at(-1)!;
    expect(key).toMatch(/^saldo_key_/);
    const familyLine = run.out.find((line) => line.includes('/v1/families/'))!;
    const familyId = /\/v1\/families\/(fml_[0-9A-Z]{26})\/balance/.exec(familyLine)![1];

    const store = await openStore({ url: databaseUrl });
    const app = await buildApp({
      store,
      clock,
      rootKey: undefined,
      rateLimitPerMinute: 0,
      redisUrl: undefined,
      bodyLimitBytes: 1_048_576,
      logger: false,
    });
    try {
      const get = async (url: string) => {
        const answer = await app.inject({ method: 'GET', url, headers: { 'x-api-key': key } });
        expect(answer.statusCode, url).toBe(200);
        return answer.json();
      };
      // Charges 89.90 + 74.50 + 68.20 + 68.20 less a payment of 100.00.
      expect((await get('/v1/customers/1001/account/balances')).accountBalance).toEqual({
        amount: -200.8,
        currency: 'EUR',
      });
      const upcoming = await get('/v1/customers/1001/account/transactions/upcoming');
      expect(upcoming.result.map((entry: { dueDate: string }) => entry.dueDate)).toEqual(['2026-04-04', '2026-05-04']);
      expect(await get('/v4/customer/1001?auditUser=demo')).toHaveLength(2);
      const family = await get(`/v1/families/${familyId}/balance`);
      // Aino's 300.80 charged and 100.00 paid, Mikko's 90.00 charged.
      expect(family).toMatchObject({
        debit: 39080,
        credit: 10000,
        balance: -29080,
        totalToPay: 29080,
        nextScheduledPayment: 6820,
        nextScheduledPaymentDate: '2026-04-04',
      });
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('refuses an organization slug that is taken, with exit code 2', async () => {
    const again = await demo('--org', 'demo');
    expect(again.code).toBe(2);
    expect(again.errors).toEqual(["saldo: organization 'demo' exists already; pick another with --org"]);
  });
});
