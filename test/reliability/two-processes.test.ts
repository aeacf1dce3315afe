// Proves that two Saldo processes booking for one organization at once on one PostgreSQL end in
// the state a serial order gives: their batches serialize on the organization's ledger row, in one
// lock order, without deadlock, and ledger sequence numbers stay dense and in commit order.
// (SQLite has a single writer: one process per file.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable } from '../support/databases.ts';
import { type TestSaldo, startSaldo } from '../support/harness.ts';
import { LONG, type SaldoProcess, organizationOver, startSaldoProcess } from './process-client.ts';
import { expectSerialState, modelEntries } from './serial-model.ts';

const PER_ACCOUNT = LONG ? 120 : 40;
const random = (below: number) => Math.floor(Math.random() * below);

(postgresAvailable() ? describe : describe.skip)('two processes [postgres]', () => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo('postgres');
  });
  afterAll(async () => saldo?.close());

  // Two processes book for one organization at once: their batches serialize on the organization's
  // ledger row, in one lock order, and the ledger ends as a serial order would leave it.
  it('ends two processes booking for one organization in the serial state', async () => {
    const processes: SaldoProcess[] = [];
    try {
      processes.push(await startSaldoProcess(saldo.databaseUrl), await startSaldoProcess(saldo.databaseUrl));
      const [one, two] = processes as [SaldoProcess, SaldoProcess];
      const org = await organizationOver(one, 'two-processes', [
        'CUSTOMER_WRITE',
        'CUSTOMER_ACCOUNT_WRITE',
        'CUSTOMER_ACCOUNT_READ',
      ]);
      const accounts: string[] = [];
      for (let i = 0; i < 4; i++) {
        const customer = await one.request('POST', '/orgs/two-processes/customers', {
          key: org.key,
          body: { name: `Customer ${i}` },
        });
        const account = await two.request('POST', `/orgs/two-processes/customers/${customer.body.id}/accounts`, {
          key: org.key,
          body: {
            modality: 'POSTPAID',
            currency: 'EUR',
            payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'DE89370400440532013000' } },
          },
        });
        accounts.push(account.body.account_id);
      }
      const work = Array.from({ length: PER_ACCOUNT * 2 }, (_, i) => {
        const via = i % 2 === 0 ? one : two;
        const account = accounts[random(accounts.length)];
        if (i % 5 === 0) {
          const items = Array.from({ length: 1 + random(20) }, () =>
            random(2) === 0
              ? {
                  kind: 'CHARGE',
                  account_id: accounts[random(accounts.length)],
                  amount: 1 + random(3000),
                  due_date: `2026-0${1 + random(6)}-1${random(10)}`,
                }
              : { kind: 'PAYMENT', account_id: accounts[random(accounts.length)], amount: 1 + random(3000) },
          );
          return via.request('POST', '/orgs/two-processes/batches', { key: org.key, body: { items } });
        }
        if (i % 5 === 1)
          return via.request('POST', `/orgs/two-processes/accounts/${account}/payments`, {
            key: org.key,
            body: { amount: 1 + random(2000) },
          });
        return via.request('POST', `/orgs/two-processes/accounts/${account}/entries`, {
          key: org.key,
          body: { type: 'CHARGE', amount: 1 + random(3000), due_date: `2026-0${1 + random(6)}-0${1 + random(9)}` },
        });
      });
      const answers = await Promise.all(work);
      expect(
        answers
          .filter((answer) => answer.status !== 200 && answer.status !== 201)
          .map((answer) => `${answer.status} ${JSON.stringify(answer.body)}`),
      ).toEqual([]);
      await expectSerialState(saldo, org.id);
      // Sequence order is commit order: no gaps, no repeats across the two processes.
      const sequences = (await modelEntries(saldo, org.id))
        .map((entry) => entry.sequence)
        .sort((a, b) => (a < b ? -1 : 1));
      expect(sequences).toEqual(sequences.map((_, index) => BigInt(index + 1)));
    } finally {
      for (const process of processes) await process.stop();
    }
  });
});
