// Proves that concurrent writes end in exactly the state a serial order gives: payments, charges,
// reversals and allocations racing on one account and across a family's accounts, duplicate
// Idempotency-Keys in flight, and dunning runs racing payments — each checked against a small
// reference model that replays the ledger in commit order, on SQLite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { createCustomerWithAccount } from '../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../support/harness.ts';
import { checkLedger } from './ledger-check.ts';
import { LONG } from './process-client.ts';

const ROUNDS = LONG ? 5 : 1;
const PER_ACCOUNT = LONG ? 120 : 40;

interface ModelEntry {
  id: bigint;
  accountId: bigint;
  sequence: bigint;
  type: 'CHARGE' | 'CREDIT';
  amount: bigint;
  dueDate: string;
  reversalOf: bigint | null;
  installment: boolean;
  open: bigint;
}

/**
 * The reference model: replays the entries one at a time in ledger (commit) order with the
 * ledger's rules — a new entry is open for its amount, a reversal zeroes its original and gives
 * back what the original's allocations took, then credits (oldest first) settle charges (oldest
 * due date first, ties by booking order). Returns each entry's open amount.
 */
function serialModel(entries: ModelEntry[]): Map<bigint, bigint> {
  const open = new Map<bigint, bigint>();
  const allocations: Array<{ credit: bigint; charge: bigint; amount: bigint; live: boolean }> = [];
  const ordered = [...entries].sort((a, b) => (a.sequence < b.sequence ? -1 : 1));
  for (const entry of ordered) {
    if (entry.reversalOf === null) {
      open.set(entry.id, entry.amount);
    } else {
      open.set(entry.id, 0n);
      open.set(entry.reversalOf, 0n);
      for (const allocation of allocations) {
        if (!allocation.live || (allocation.credit !== entry.reversalOf && allocation.charge !== entry.reversalOf)) continue;
        allocation.live = false;
        const other = allocation.credit === entry.reversalOf ? allocation.charge : allocation.credit;
        open.set(other, open.get(other)! + allocation.amount);
      }
    }
    const mine = ordered.filter((candidate) => candidate.accountId === entry.accountId && candidate.sequence <= entry.sequence);
    const credits = mine.filter((candidate) => candidate.type === 'CREDIT' && open.get(candidate.id)! > 0n);
    const charges = mine
      .filter((candidate) => candidate.type === 'CHARGE' && open.get(candidate.id)! > 0n)
      .sort((a, b) => (a.dueDate === b.dueDate ? (a.sequence < b.sequence ? -1 : 1) : a.dueDate < b.dueDate ? -1 : 1));
    let i = 0;
    let j = 0;
    while (i < credits.length && j < charges.length) {
      const credit = credits[i]!;
      const charge = charges[j]!;
      const amount = open.get(credit.id)! < open.get(charge.id)! ? open.get(credit.id)! : open.get(charge.id)!;
      allocations.push({ credit: credit.id, charge: charge.id, amount, live: true });
      open.set(credit.id, open.get(credit.id)! - amount);
      open.set(charge.id, open.get(charge.id)! - amount);
      if (open.get(credit.id) === 0n) i++;
      if (open.get(charge.id) === 0n) j++;
    }
  }
  return open;
}

async function modelEntries(saldo: TestSaldo, organizationId: string): Promise<Array<ModelEntry & { storedOpen: bigint; publicId: string; kind: string }>> {
  const rows = await saldo.store.db
    .selectFrom('entries')
    .select(['id', 'public_id', 'account_id', 'sequence', 'type', 'kind', 'amount_minor', 'open_minor', 'due_date', 'reversal_of', 'installment_of_plan_id'])
    .where('organization_id', '=', organizationId)
    .execute();
  return rows.map((row) => ({
    id: BigInt(row.id),
    publicId: row.public_id,
    kind: row.kind,
    accountId: BigInt(row.account_id),
    sequence: BigInt(row.sequence),
    type: row.type as 'CHARGE' | 'CREDIT',
    amount: BigInt(row.amount_minor),
    dueDate: row.due_date,
    reversalOf: row.reversal_of === null ? null : BigInt(row.reversal_of),
    installment: row.installment_of_plan_id !== null,
    open: BigInt(row.open_minor),
    storedOpen: BigInt(row.open_minor),
  }));
}

/** Every stored open amount equals the serial model's, and every figure its recomputation. */
async function expectSerialState(saldo: TestSaldo, organizationId: string): Promise<number> {
  const entries = await modelEntries(saldo, organizationId);
  const model = serialModel(entries);
  const differences = entries.filter((entry) => model.get(entry.id) !== entry.storedOpen).map((entry) => `${entry.publicId}: ${entry.storedOpen} ≠ model ${model.get(entry.id)}`);
  expect(differences).toEqual([]);
  const ledger = await checkLedger(saldo.store.db, organizationId);
  expect(ledger.problems).toEqual([]);
  return entries.length;
}

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
        const charge = await saldo.request('POST', `${path}/entries`, { key: org.key, body: { type: 'CHARGE', amount: 1000 + i, due_date: `2026-02-${10 + i}` } });
        seeded.push(charge.body.id);
      }
      const work = Array.from({ length: PER_ACCOUNT }, (_, i) => {
        const choice = i % 4;
        if (choice === 0) return saldo.request('POST', `${path}/payments`, { key: org.key, body: { amount: 1 + random(3000) } });
        if (choice === 1) return saldo.request('POST', `${path}/entries`, { key: org.key, body: { type: 'CHARGE', amount: 1 + random(3000), due_date: `2026-0${1 + random(6)}-1${random(10)}` } });
        if (choice === 2) return saldo.request('POST', `${path}/entries`, { key: org.key, body: { type: 'CREDIT', amount: 1 + random(500) } });
        return saldo.request('POST', `/orgs/${org.slug}/entries/${seeded[random(seeded.length)]}/reversal`, { key: org.key, body: {} });
      });
      const answers = await Promise.all(work);
      // Reversals of one entry race each other: one wins, the others are 409.
      expect(answers.filter((answer) => answer.status !== 201 && answer.status !== 409).map((answer) => answer.text)).toEqual([]);
      const reversals = answers.filter((answer) => answer.status === 201 && answer.body.kind === 'REVERSAL');
      expect(new Set(reversals.map((answer) => answer.body.reversal_of)).size).toBe(reversals.length);
      await expectSerialState(saldo, org.id);
    }
  });

  it('ends concurrent payments across a family in the serial state, and the family balance adds up', async () => {
    const org = await saldo.organization('family-race');
    const family = await saldo.request('POST', `/orgs/${org.slug}/families`, { key: org.key, body: { name: 'Household', currency: 'EUR' } });
    expect(family.status).toBe(201);
    const members: string[] = [];
    for (let i = 0; i < 4; i++) {
      const member = await createCustomerWithAccount(saldo, org);
      const joined = await saldo.request('PUT', `/orgs/${org.slug}/families/${family.body.id}/members/${member.customer.id}`, { key: org.key });
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
        return saldo.request('POST', `/orgs/${org.slug}/accounts/${account}/payments`, { key: org.key, body: { amount } });
      }
      charged += amount;
      return saldo.request('POST', `/orgs/${org.slug}/accounts/${account}/entries`, { key: org.key, body: { type: 'CHARGE', amount, due_date: `2026-0${1 + random(6)}-0${1 + random(9)}` } });
    });
    const answers = await Promise.all(work);
    expect(answers.filter((answer) => answer.status !== 201).map((answer) => answer.text)).toEqual([]);
    await expectSerialState(saldo, org.id);
    const balance = await saldo.request('GET', `/v1/families/${family.body.id}/balance`, { key: org.key });
    expect(balance.status).toBe(200);
    expect(balance.body).toMatchObject({ debit: charged, credit: credited, balance: credited - charged, totalToPay: Math.max(0, charged - credited) });
  });

  it('books one entry for duplicate Idempotency-Keys in flight, and refuses the same key with another body', async () => {
    const org = await saldo.organization('duplicates');
    const { account } = await createCustomerWithAccount(saldo, org);
    const key = randomUUID();
    const same = await Promise.all(
      Array.from({ length: 20 }, () =>
        saldo.request('POST', `/orgs/${org.slug}/accounts/${account.account_id}/payments`, { key: org.key, body: { amount: 700 }, headers: { 'idempotency-key': key } }),
      ),
    );
    expect(same.map((answer) => answer.status)).toEqual(Array(20).fill(201));
    expect(new Set(same.map((answer) => answer.body.id)).size).toBe(1);
    expect(same.filter((answer) => answer.headers.get('idempotency-replayed') === 'true')).toHaveLength(19);

    const otherKey = randomUUID();
    const mixed = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        saldo.request('POST', `/orgs/${org.slug}/accounts/${account.account_id}/payments`, { key: org.key, body: { amount: 100 + (i % 2) }, headers: { 'idempotency-key': otherKey } }),
      ),
    );
    const booked = mixed.filter((answer) => answer.status === 201);
    expect(new Set(booked.map((answer) => answer.body.amount)).size).toBe(1);
    expect(mixed.filter((answer) => answer.status !== 201).map((answer) => [answer.status, answer.body.code])).toEqual(
      Array(mixed.length - booked.length).fill([422, 'idempotency_key_reused']),
    );
    const entries = await saldo.request('GET', `/orgs/${org.slug}/accounts/${account.account_id}/entries`, { key: org.key });
    expect(entries.body.data).toHaveLength(2);
    await expectSerialState(saldo, org.id);
  });

  it('posts no double fee when dunning runs race each other and payments', async () => {
    const org = await saldo.organization('dunning-race');
    const policy = await saldo.request('PUT', `/orgs/${org.slug}/dunning-policy`, {
      key: org.key,
      body: { levels: [{ name: 'Reminder', days_past_due: 5, fee: 500 }, { name: 'Warning', days_past_due: 20, fee: 1500 }], debt_collection_after_days: null },
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
    const runs = Array.from({ length: 3 }, () => saldo.request('POST', `/orgs/${org.slug}/dunning-runs`, { key: org.key, body: { as_of: '2026-03-01' } }));
    const payments = accounts
      .filter((_, i) => i % 2 === 0)
      .map((account) => saldo.request('POST', `/orgs/${org.slug}/accounts/${account}/payments`, { key: org.key, body: { amount: 10_000 } }));
    const answers = await Promise.all([...runs, ...payments]);
    expect(answers.map((answer) => answer.status)).toEqual([...Array(runs.length).fill(201), ...Array(payments.length).fill(201)]);

    const entries = await modelEntries(saldo, org.id);
    for (const [i, account] of accounts.entries()) {
      const row = await saldo.store.db.selectFrom('accounts').select(['id']).where('uuid', '=', account).executeTakeFirstOrThrow();
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
    const feeRows = await saldo.store.db.selectFrom('dunning_fees').selectAll().where('organization_id', '=', org.id).execute();
    expect(feeRows.length).toBe(entries.filter((entry) => entry.kind === 'FEE').length);
    await expectSerialState(saldo, org.id);
  });
});
