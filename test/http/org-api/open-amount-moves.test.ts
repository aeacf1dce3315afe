// Proves that migration 0017's backfill rebuilds the open-amount moves of installment plans as
// the plans themselves record them: a plan made and one cancelled after an installment was partly
// paid, on both databases. The rows the code wrote are taken away and the backfill must write
// the same ones back.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backfill } from '../../../src/storage/migrations/0017-open-amount-moves.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('open-amount moves backfill', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  it('writes back the moves of a plan made and of a plan cancelled after a partial payment', async () => {
    saldo.clock.set('2026-03-01T10:00:00Z');
    const org = await saldo.organization('moves-backfill');
    const post = async (path: string, body: unknown) => {
      const answer = await saldo.request('POST', `/orgs/moves-backfill/${path}`, { key: org.key, body });
      expect(answer.status, answer.text).toBe(201);
      return answer.body;
    };
    const plans: string[] = [];
    for (const cancel of [false, true]) {
      const { account } = await createCustomerWithAccount(saldo, org);
      const base = `accounts/${account.account_id}`;
      const first = await post(`${base}/entries`, { type: 'CHARGE', amount: 6_000, due_date: '2026-03-05' });
      const second = await post(`${base}/entries`, { type: 'CHARGE', amount: 4_000, due_date: '2026-02-05' });
      await post(`${base}/payments`, { amount: 1_000 });
      saldo.clock.set('2026-03-02T10:00:00Z');
      const plan = await post(`${base}/installment-plans`, {
        entry_ids: [first.id, second.id],
        installments: 3,
        first_due_date: '2026-04-01',
      });
      plans.push(plan.id);
      if (cancel) {
        saldo.clock.set('2026-03-03T10:00:00Z');
        await post(`${base}/payments`, { amount: 2_000 });
        saldo.clock.set('2026-03-04T10:00:00Z');
        expect(
          (await saldo.request('DELETE', `/orgs/moves-backfill/installment-plans/${plan.id}`, { key: org.key })).status,
        ).toBe(200);
      }
    }
    const db = saldo.store.db as unknown as Kysely<any>;
    const rows = async () =>
      (await db.selectFrom('open_amount_moves').select(['entry_id', 'delta_minor', 'moved_at']).execute())
        .map((row) => `${row.entry_id} ${row.delta_minor} ${row.moved_at}`)
        .sort();
    const written = await rows();
    // Two plans out of two originals each; the cancel: three installments out, two originals back.
    expect(written.length).toBeGreaterThanOrEqual(8);
    await db.deleteFrom('open_amount_moves').execute();
    await backfill(db);
    expect(await rows()).toEqual(written);
  });
});
