// Proves that concurrent writes end in exactly the state a serial order gives: payments, charges,
// reversals and allocations racing on one account and across a family's accounts, batches (atomic
// and not, refusals mixed in) racing single calls, a point-in-time family balance that does not move under later batches, duplicate
// Idempotency-Keys in flight, and dunning runs racing payments — each checked against a small
// reference model that replays the ledger in commit order, on SQLite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { createCustomerWithAccount } from '../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../support/harness.ts';
import { expectSerialState, modelEntries } from './serial-model.ts';
import { LONG } from './process-client.ts';

const ROUNDS = LONG ? 5 : 1;
const PER_ACCOUNT = LONG ? 120 : 40;

function random(below: number): number {
  return Math.floor(Math.random() * below);
}

describeEachDatabase('races', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => {
    await saldo?.close();
  });

  it('ends concurrent charges, payments and reversals on one account in the serial state', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const org = await saldo.organization(`one-account-${round}`);
      const { account } = await createCustomerWithAccount(saldo, org);
      const path = `/orgs/${org.slug}/accounts/${account.account_id}`;
      // A first layer of charges to reverse and pay against.
      const seeded: string[] = [];
      for (let i = 0; i < 10; i++) {
        const charge = await saldo.request('POST', `${path}/entries`, {
          key: org.key,
          body: { type: 'CHARGE', amount: 1000 + i, due_date: `2026-02-${10 + i}` },
        });
        seeded.push(charge.body.id);
      }
      const work = Array.from({ length: PER_ACCOUNT }, (_, i) => {
        const choice = i % 4;
        if (choice === 0)
          return saldo.request('POST', `${path}/payments`, { key: org.key, body: { amount: 1 + random(3000) } });
        if (choice === 1)
          return saldo.request('POST', `${path}/entries`, {
            key: org.key,
            body: { type: 'CHARGE', amount: 1 + random(3000), due_date: `2026-0${1 + random(6)}-1${random(10)}` },
          });
        if (choice === 2)
          return saldo.request('POST', `${path}/entries`, {
            key: org.key,
            body: { type: 'CREDIT', amount: 1 + random(500) },
          });
        return saldo.request('POST', `/orgs/${org.slug}/entries/${seeded[random(seeded.length)]}/reversal`, {
          key: org.key,
          body: {},
        });
      });
      const answers = await Promise.all(work);
      // Reversals of one entry race each other: one wins, the others are 409.
      expect(
        answers.filter((answer) => answer.status !== 201 && answer.status !== 409).map((answer) => answer.text),
      ).toEqual([]);
      const reversals = answers.filter((answer) => answer.status === 201 && answer.body.kind === 'REVERSAL');
      expect(new Set(reversals.map((answer) => answer.body.reversal_of)).size).toBe(reversals.length);
      await expectSerialState(saldo, org.id);
    }
  });

  it('ends concurrent payments across a family in the serial state, and the family balance adds up', async () => {
    const org = await saldo.organization('family-race');
    const family = await saldo.request('POST', `/orgs/${org.slug}/families`, {
      key: org.key,
      body: { name: 'Household', currency: 'EUR' },
    });
    expect(family.status).toBe(201);
    const members: string[] = [];
    for (let i = 0; i < 4; i++) {
      const member = await createCustomerWithAccount(saldo, org);
      const joined = await saldo.request(
        'PUT',
        `/orgs/${org.slug}/families/${family.body.id}/members/${member.customer.id}`,
        { key: org.key },
      );
      expect(joined.status).toBe(204);
      members.push(member.account.account_id as string);
    }
    let charged = 0;
    let credited = 0;
    const work = Array.from({ length: PER_ACCOUNT * 2 }, (_, i) => {
      const account = members[i % members.length];
      const amount = 1 + random(2000);
      if (i % 3 === 0) {
        credited += amount;
        return saldo.request('POST', `/orgs/${org.slug}/accounts/${account}/payments`, {
          key: org.key,
          body: { amount },
        });
      }
      charged += amount;
      return saldo.request('POST', `/orgs/${org.slug}/accounts/${account}/entries`, {
        key: org.key,
        body: { type: 'CHARGE', amount, due_date: `2026-0${1 + random(6)}-0${1 + random(9)}` },
      });
    });
    const answers = await Promise.all(work);
    expect(answers.filter((answer) => answer.status !== 201).map((answer) => answer.text)).toEqual([]);
    await expectSerialState(saldo, org.id);
    const balance = await saldo.request('GET', `/v1/families/${family.body.id}/balance`, { key: org.key });
    expect(balance.status).toBe(200);
    expect(balance.body).toMatchObject({
      debit: charged,
      credit: credited,
      balance: credited - charged,
      totalToPay: Math.max(0, charged - credited),
    });
  });

  it('ends batches racing single calls on a few accounts in the serial state, refusals booking nothing', async () => {
    const org = await saldo.organization('batch-race');
    const accounts: string[] = [];
    for (let i = 0; i < 3; i++)
      accounts.push((await createCustomerWithAccount(saldo, org)).account.account_id as string);
    const seeded: string[] = [];
    for (let i = 0; i < 6; i++) {
      const charge = await saldo.request('POST', `/orgs/${org.slug}/accounts/${accounts[i % 3]}/entries`, {
        key: org.key,
        body: { type: 'CHARGE', amount: 2000 + i, due_date: `2026-02-0${1 + i}` },
      });
      seeded.push(charge.body.id);
    }
    const item = () => {
      const account = accounts[random(accounts.length)];
      const choice = random(5);
      if (choice === 0) return { kind: 'PAYMENT', account_id: account, amount: 1 + random(3000) };
      if (choice === 1) return { kind: 'CREDIT', account_id: account, amount: 1 + random(300) };
      if (choice === 2) return { kind: 'CHARGE', account_id: randomUUID(), amount: 5 };
      return {
        kind: 'CHARGE',
        account_id: account,
        amount: 1 + random(3000),
        due_date: `2026-0${1 + random(6)}-1${random(10)}`,
      };
    };
    const work = Array.from({ length: PER_ACCOUNT }, (_, i) => {
      if (i % 3 === 0) {
        return saldo.request('POST', `/orgs/${org.slug}/batches`, {
          key: org.key,
          body: { atomic: i % 2 === 0, items: Array.from({ length: 1 + random(12) }, item) },
        });
      }
      if (i % 3 === 1)
        return saldo.request('POST', `/orgs/${org.slug}/entries/${seeded[random(seeded.length)]}/reversal`, {
          key: org.key,
          body: {},
        });
      return saldo.request('POST', `/orgs/${org.slug}/accounts/${accounts[random(accounts.length)]}/payments`, {
        key: org.key,
        body: { amount: 1 + random(2000) },
      });
    });
    const answers = await Promise.all(work);
    expect(
      answers.filter((answer) => ![200, 201, 409, 422].includes(answer.status)).map((answer) => answer.text),
    ).toEqual([]);
    // A refused atomic batch books none of its items; a non-atomic one books all but the refused.
    const refusedAtomic = answers.filter((answer) => answer.status === 422);
    for (const answer of refusedAtomic) expect(answer.body.code).toBe('batch_refused');
    const entries = await modelEntries(saldo, org.id);
    const batched = answers
      .filter((answer) => answer.status === 200)
      .flatMap((answer) => answer.body.results.filter((r: any) => r.status === 201).map((r: any) => r.entry.id));
    const stored = new Set(entries.map((entry) => entry.publicId));
    for (const id of batched) expect(stored.has(id)).toBe(true);
    await expectSerialState(saldo, org.id);
  });

  it('keeps a family balance at a point in time where it was while later batches book', async () => {
    const org = await saldo.organization('point-in-time');
    const family = await saldo.request('POST', `/orgs/${org.slug}/families`, {
      key: org.key,
      body: { name: 'Household', currency: 'EUR' },
    });
    const members: string[] = [];
    for (let i = 0; i < 3; i++) {
      const member = await createCustomerWithAccount(saldo, org);
      await saldo.request('PUT', `/orgs/${org.slug}/families/${family.body.id}/members/${member.customer.id}`, {
        key: org.key,
      });
      members.push(member.account.account_id as string);
    }
    const charges = members.map((account) => ({
      kind: 'CHARGE',
      account_id: account,
      amount: 1000,
      due_date: '2026-03-01',
    }));
    const first = await saldo.request('POST', `/orgs/${org.slug}/batches`, { key: org.key, body: { items: charges } });
    const pointId = first.body.results[2].entry.id as string;
    const at = `/v1/families/${family.body.id}/balance?where%5BtransactionId%5D%5BlessThan%5D=${pointId}`;
    const before = await saldo.request('GET', at, { key: org.key });
    expect(before.status).toBe(200);
    // Later batches (and single calls) on the same accounts, many at once.
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? saldo.request('POST', `/orgs/${org.slug}/batches`, {
              key: org.key,
              body: { items: [...charges, { kind: 'PAYMENT', account_id: members[i % 3], amount: 700 }] },
            })
          : saldo.request('POST', `/orgs/${org.slug}/accounts/${members[i % 3]}/payments`, {
              key: org.key,
              body: { amount: 300 },
            }),
      ),
    );
    const after = await saldo.request('GET', at, { key: org.key });
    expect(after.body).toEqual(before.body);
    expect(before.body).toMatchObject({ debit: 2000, credit: 0, beforeTransactionId: pointId });
  });

  it('books one entry for duplicate Idempotency-Keys in flight, and refuses the same key with another body', async () => {
    const org = await saldo.organization('duplicates');
    const { account } = await createCustomerWithAccount(saldo, org);
    const key = randomUUID();
    const same = await Promise.all(
      Array.from({ length: 20 }, () =>
        saldo.request('POST', `/orgs/${org.slug}/accounts/${account.account_id}/payments`, {
          key: org.key,
          body: { amount: 700 },
          headers: { 'idempotency-key': key },
        }),
      ),
    );
    expect(same.map((answer) => answer.status)).toEqual(Array(20).fill(201));
    expect(new Set(same.map((answer) => answer.body.id)).size).toBe(1);
    expect(same.filter((answer) => answer.headers.get('idempotency-replayed') === 'true')).toHaveLength(19);

    const otherKey = randomUUID();
    const mixed = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        saldo.request('POST', `/orgs/${org.slug}/accounts/${account.account_id}/payments`, {
          key: org.key,
          body: { amount: 100 + (i % 2) },
          headers: { 'idempotency-key': otherKey },
        }),
      ),
    );
    const booked = mixed.filter((answer) => answer.status === 201);
    expect(new Set(booked.map((answer) => answer.body.amount)).size).toBe(1);
    expect(mixed.filter((answer) => answer.status !== 201).map((answer) => [answer.status, answer.body.code])).toEqual(
      Array(mixed.length - booked.length).fill([422, 'idempotency_key_reused']),
    );
    const entries = await saldo.request('GET', `/orgs/${org.slug}/accounts/${account.account_id}/entries`, {
      key: org.key,
    });
    expect(entries.body.data).toHaveLength(2);
    await expectSerialState(saldo, org.id);
  });

  it('posts no double fee when dunning runs race each other and payments', async () => {
    const org = await saldo.organization('dunning-race');
    const policy = await saldo.request('PUT', `/orgs/${org.slug}/dunning-policy`, {
      key: org.key,
      body: {
        levels: [
          { name: 'Reminder', days_past_due: 5, fee: 500 },
          { name: 'Warning', days_past_due: 20, fee: 1500 },
        ],
        debt_collection_after_days: null,
      },
    });
    expect(policy.status).toBe(200);
    const accounts: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { account } = await createCustomerWithAccount(saldo, org);
      const charge = await saldo.request('POST', `/orgs/${org.slug}/accounts/${account.account_id}/entries`, {
        key: org.key,
        body: { type: 'CHARGE', amount: 10_000, due_date: '2026-02-01' },
      });
      expect(charge.status).toBe(201);
      accounts.push(account.account_id);
    }
    // Half the accounts pay their charge in full while three runs as of the same day go.
    const runs = Array.from({ length: 3 }, () =>
      saldo.request('POST', `/orgs/${org.slug}/dunning-runs`, { key: org.key, body: { as_of: '2026-03-01' } }),
    );
    const payments = accounts
      .filter((_, i) => i % 2 === 0)
      .map((account) =>
        saldo.request('POST', `/orgs/${org.slug}/accounts/${account}/payments`, {
          key: org.key,
          body: { amount: 10_000 },
        }),
      );
    const answers = await Promise.all([...runs, ...payments]);
    expect(answers.map((answer) => answer.status)).toEqual([
      ...Array(runs.length).fill(201),
      ...Array(payments.length).fill(201),
    ]);

    const entries = await modelEntries(saldo, org.id);
    for (const [i, account] of accounts.entries()) {
      const row = await saldo.store.db
        .selectFrom('accounts')
        .select(['id'])
        .where('uuid', '=', account)
        .executeTakeFirstOrThrow();
      const mine = entries.filter((entry) => entry.accountId === BigInt(row.id));
      const fees = mine.filter((entry) => entry.kind === 'FEE');
      // As of 2026-03-01 the charge is 28 days overdue: both levels are passed, each fee once.
      const payment = mine.find((entry) => entry.kind === 'PAYMENT');
      if (payment === undefined) {
        expect(fees.map((fee) => fee.amount)).toEqual([500n, 1500n]);
      } else {
        // Serial: either the run saw the account before the payment (fees booked before it) or after (none).
        expect([0, 2], `account ${i}`).toContain(fees.length);
        for (const fee of fees) expect(fee.sequence).toBeLessThan(payment.sequence);
      }
    }
    const feeRows = await saldo.store.db
      .selectFrom('dunning_fees')
      .selectAll()
      .where('organization_id', '=', org.id)
      .execute();
    expect(feeRows.length).toBe(entries.filter((entry) => entry.kind === 'FEE').length);
    await expectSerialState(saldo, org.id);
  });
});
